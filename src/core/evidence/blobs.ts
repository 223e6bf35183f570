// Attached files are stored once per content (SHA-256), however many attachments point at them, so the
// database is the whole pack and a file attached twice takes its space once.
import type { Queryable, ReadQueries } from '../db/port';

export async function storeBlob(tx: Queryable, sha256: string, data: Buffer): Promise<void> {
  await tx.run('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING', [sha256, data.length, data]);
}

export async function blobData(q: ReadQueries, sha256: string): Promise<Buffer | undefined> {
  const row = await q.get<{ data: Buffer }>('SELECT data FROM blobs WHERE sha256 = ?', [sha256]);
  return row?.data;
}

/**
 * Deletes those of the given blobs that nothing uses any more: no attachment, and not the logo. Only
 * the blobs a change let go of are considered, so a blob another feature is about to use is never
 * swept up. The logo setting is matched raw or JSON-encoded, however settings stores it.
 */
export async function dropUnusedBlobs(tx: Queryable, hashes: string[]): Promise<void> {
  if (!hashes.length) return;
  await tx.run(
    `DELETE FROM blobs
     WHERE ${tx.dialect.inJsonList('sha256')}
       AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256)
       AND NOT EXISTS (SELECT 1 FROM settings s
                       WHERE s.key = 'logoSha256' AND (s.value = blobs.sha256 OR s.value = '"' || blobs.sha256 || '"'))`,
    [JSON.stringify(hashes)],
  );
}
