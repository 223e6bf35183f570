// Checks shared by every service that changes a pack: it exists, and it is not approved (an approved
// pack is read-only until a director reopens it).
import type { ReadQueries } from './db/port';
import { AppError, notFound } from './errors';

export async function assertPackEditable(q: ReadQueries, packId: string): Promise<void> {
  const row = await q.get<{ status: string }>('SELECT status FROM packs WHERE id = ?', [packId]);
  if (!row) throw notFound('That pack');
  if (row.status === 'approved')
    throw new AppError(
      'read_only',
      'This pack is approved and read-only. Reopen it from the pack overview to make changes; the reopening is recorded.',
    );
}

/** The pack an area belongs to, after checking the pack can be changed. */
export async function editablePackOfArea(q: ReadQueries, areaId: string): Promise<string> {
  const row = await q.get<{ pack_id: string }>('SELECT pack_id FROM pack_areas WHERE id = ?', [areaId]);
  if (!row) throw notFound('That area');
  await assertPackEditable(q, row.pack_id);
  return row.pack_id;
}
