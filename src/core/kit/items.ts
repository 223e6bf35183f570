// Reading and changing the inspection-day kit. SEF Studio's own items come from defaults.ts and are stored
// only once someone changes them; the council's own items are stored from the start. The self-evaluation
// item's status follows the packs: it is ready once a self-evaluation has been approved.
import { KIT_SECTION_LABELS, KIT_SECTIONS, type KitSection, type KitStatus } from '../../shared/domain';
import type { Kit, KitItem } from '../../shared/api/kit';
import type { Queryable, ReadQueries } from '../db/port';
import { KIT_DEFAULTS, KIT_GUIDANCE, SELF_EVALUATION_KEY } from './defaults';

interface KitDbRow {
  key: string;
  section: KitSection;
  title: string;
  due: string;
  owner: string;
  status: KitStatus;
  note: string;
  sort_order: number;
  updated_at: string;
  updated_by: string;
}

export const OWN_PREFIX = 'own-';

export function isOwnItem(key: string): boolean {
  return key.startsWith(OWN_PREFIX);
}

function rowToItem(row: KitDbRow): KitItem {
  return {
    key: row.key,
    section: row.section,
    title: row.title,
    due: row.due,
    owner: row.owner,
    status: row.status,
    note: row.note,
    own: isOwnItem(row.key),
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Every item, SEF Studio's in their order and then the council's own in the order they were added. */
export async function kitItems(q: ReadQueries): Promise<KitItem[]> {
  const stored = new Map((await q.all<KitDbRow>('SELECT * FROM kit_items ORDER BY sort_order, key')).map((r) => [r.key, r]));
  const defaults = KIT_DEFAULTS.map((d): KitItem => {
    const row = stored.get(d.key);
    return row
      ? rowToItem(row)
      : { ...d, owner: '', status: 'not_started', note: '', own: false, updatedAt: null, updatedBy: null };
  });
  const own = [...stored.values()].filter((r) => isOwnItem(r.key)).map(rowToItem);
  return [...defaults, ...own];
}

export async function latestApprovedPack(q: ReadQueries): Promise<Kit['selfEvaluation']> {
  const row = await q.get<{ id: string; title: string; approved_at: string | null; approved_by: string | null; version: number }>(
    `SELECT id, title, approved_at, approved_by, version FROM packs WHERE status = 'approved'
     ORDER BY as_at DESC, approved_at DESC, id LIMIT 1`,
  );
  return row ? { packId: row.id, title: row.title, approvedAt: row.approved_at, approvedBy: row.approved_by, version: row.version } : null;
}

/** The kit with the self-evaluation item's status worked out from the packs. */
export async function readKit(q: ReadQueries): Promise<Kit> {
  const selfEvaluation = await latestApprovedPack(q);
  const items = (await kitItems(q)).map((item) =>
    item.key === SELF_EVALUATION_KEY ? { ...item, status: (selfEvaluation ? 'ready' : 'not_started') as KitStatus } : item,
  );
  const needed = items.filter((i) => i.status !== 'not_needed');
  return {
    sections: KIT_SECTIONS.map((section) => ({
      section,
      title: KIT_SECTION_LABELS[section],
      items: items.filter((i) => i.section === section),
    })),
    selfEvaluation,
    ready: needed.filter((i) => i.status === 'ready').length,
    needed: needed.length,
    guidance: KIT_GUIDANCE,
  };
}

export async function kitItem(q: ReadQueries, key: string): Promise<KitItem | undefined> {
  return (await readKit(q)).sections.flatMap((s) => s.items).find((i) => i.key === key);
}

/** Writes an item's whole row (SEF Studio's items are stored the first time they change). */
export async function storeItem(q: Queryable, item: KitItem, order: number, at: string, by: string): Promise<void> {
  await q.run(
    `INSERT INTO kit_items (key, section, title, due, owner, status, note, sort_order, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET title = excluded.title, due = excluded.due, owner = excluded.owner,
       status = excluded.status, note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [item.key, item.section, item.title, item.due, item.owner, item.status, item.note, order, at, by],
  );
}

/** Where an item sits: SEF Studio's by their place in the defaults, the council's own after them all. */
export async function orderOf(q: ReadQueries, key: string): Promise<number> {
  const index = KIT_DEFAULTS.findIndex((d) => d.key === key);
  if (index >= 0) return index;
  const row = await q.get<{ last: number | null }>('SELECT max(sort_order) AS last FROM kit_items');
  return Math.max(KIT_DEFAULTS.length, (row?.last ?? 0) + 1);
}
