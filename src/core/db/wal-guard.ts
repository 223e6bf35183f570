// Is the -wal file beside a database really that database's? SQLite cannot tell: a WAL file holds page
// images and checksums but nothing that names its database, so a -wal left beside another file (a copy
// put back over the original, a file restored from a backup while the old -wal stayed, two folders merged)
// is applied as if it belonged, pages of one database over another's. The file then reads as healthy
// (even PRAGMA quick_check passes) until a later query fails with SQLITE_CORRUPT.
//
// So every SEF Studio database has an identity (migration 006: database_identity, a random id and a count
// of commits), every transaction the app commits counts itself there (Connection.transaction), and a copy
// the app makes gets a new identity (copyDatabase in open.ts). A WAL the app wrote for this file therefore
// always rewrites that row, and carries this file's identity. At open, when a -wal with committed frames is
// present, checkWalBelongs compares three views:
//   - the WAL's frame headers, read directly (which pages it changes, how many commits it holds);
//   - the main file alone, read as immutable (SQLite ignores the WAL then);
//   - the two together, as SQLite would read them.
// Each test below can only fail for a WAL that was not written for this file as it stands, so a healthy
// file (after a crash, or open in another program right now) is never refused. The cost is nothing when
// there is no -wal (the usual case: SQLite removes it on a clean close) and a read of the WAL otherwise;
// `npm run bench -- durability` prints it.
import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import sqlite3 from 'sqlite3';
import { AppError } from '../errors';
import { closeRaw, openRaw } from './connection';

const WAL_MAGIC_LITTLE_ENDIAN = 0x377f0682;
const WAL_MAGIC_BIG_ENDIAN = 0x377f0683;
const WAL_VERSION = 3007000;
const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/** What the committed part of a WAL file holds, as SQLite would replay it. */
export interface WalSummary {
  pageSize: number;
  /** Commit frames: one per transaction. */
  commits: number;
  /** The pages the committed frames write. */
  pages: Set<number>;
}

const littleEndianMachine = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * SQLite's WAL checksum: pairs of 32-bit words, in the byte order the WAL's magic number says. Words in
 * the machine's own order are read through a Uint32Array (a crash can leave tens of megabytes to check).
 */
function checksum(data: Buffer, start: number, end: number, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s0, s1] = s;
  if (bigEndian !== littleEndianMachine && (data.byteOffset + start) % 4 === 0) {
    const words = new Uint32Array(data.buffer, data.byteOffset + start, (end - start) / 4);
    for (let i = 0; i < words.length; i += 2) {
      s0 = (s0 + words[i]! + s1) >>> 0;
      s1 = (s1 + words[i + 1]! + s0) >>> 0;
    }
    return [s0, s1];
  }
  for (let i = start; i < end; i += 8) {
    const a = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const b = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * Reads a WAL file the way SQLite recovers one: a header with a valid checksum, then frames while their
 * salts match the header and their checksums chain; only frames up to the last commit frame count.
 * Null when there is no file or nothing in it SQLite would apply.
 */
export async function readWalSummary(walPath: string): Promise<WalSummary | null> {
  let handle;
  try {
    handle = await open(walPath, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const header = Buffer.alloc(WAL_HEADER_BYTES);
    if ((await handle.read(header, 0, WAL_HEADER_BYTES, 0)).bytesRead < WAL_HEADER_BYTES) return null;
    const magic = header.readUInt32BE(0);
    if (magic !== WAL_MAGIC_LITTLE_ENDIAN && magic !== WAL_MAGIC_BIG_ENDIAN) return null;
    const bigEndian = magic === WAL_MAGIC_BIG_ENDIAN;
    const rawPageSize = header.readUInt32BE(8);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (header.readUInt32BE(4) !== WAL_VERSION || pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return null;
    let running = checksum(header, 0, 24, bigEndian, [0, 0]);
    if (running[0] !== header.readUInt32BE(24) || running[1] !== header.readUInt32BE(28)) return null;
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);

    const frameBytes = FRAME_HEADER_BYTES + pageSize;
    // Read many frames at a time: a WAL after a large import can hold tens of megabytes.
    const framesPerRead = Math.max(1, Math.floor((4 * 1024 * 1024) / frameBytes));
    const buffer = Buffer.alloc(framesPerRead * frameBytes);
    const summary: WalSummary = { pageSize, commits: 0, pages: new Set() };
    const pending = new Set<number>();
    let position = WAL_HEADER_BYTES;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      const frames = Math.floor(bytesRead / frameBytes);
      for (let f = 0; f < frames; f++) {
        const at = f * frameBytes;
        if (buffer.readUInt32BE(at + 8) !== salt1 || buffer.readUInt32BE(at + 12) !== salt2) return summary.commits ? summary : null;
        running = checksum(buffer, at, at + 8, bigEndian, running);
        running = checksum(buffer, at + FRAME_HEADER_BYTES, at + frameBytes, bigEndian, running);
        if (running[0] !== buffer.readUInt32BE(at + 16) || running[1] !== buffer.readUInt32BE(at + 20)) return summary.commits ? summary : null;
        pending.add(buffer.readUInt32BE(at));
        if (buffer.readUInt32BE(at + 4) !== 0) {
          summary.commits++;
          for (const page of pending) summary.pages.add(page);
          pending.clear();
        }
      }
      if (frames < framesPerRead) return summary.commits ? summary : null;
      position += frames * frameBytes;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

interface Identity {
  identity: string;
  commits: number;
}

interface View {
  identity: Identity | null;
  /** The root page of the identity table, where its one row lives. */
  identityPage: number | null;
}

function query<T>(db: sqlite3.Database, sql: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => db.get(sql, [], (err: Error | null, row: T) => (err ? reject(err) : resolve(row))));
}

async function readView(db: sqlite3.Database): Promise<View> {
  const table = await query<{ rootpage: number }>(db, "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'database_identity'");
  const identity = table ? ((await query<Identity>(db, 'SELECT identity, commits FROM database_identity WHERE id = 1')) ?? null) : null;
  return { identity, identityPage: table?.rootpage ?? null };
}

function mismatch(path: string): AppError {
  const wal = `${basename(path)}-wal`;
  return new AppError(
    'database_wal_foreign',
    `${wal}, beside ${path}, holds changes that were not written for this file (it belongs to another database or an older copy, or another program is changing this one). SEF Studio has not opened the file, because applying them would damage it. If another program has the file open, close it and try again. Otherwise move ${wal} and ${basename(path)}-shm out of the folder and open the file again; keep them until you know the file holds what you expect.`,
  );
}

/**
 * Refuses a database whose -wal file was not written for it, with a message that says what to do.
 * Resolves when there is no -wal, nothing committed in it, or it belongs. Changes nothing.
 */
export async function checkWalBelongs(path: string): Promise<void> {
  // The WAL is read while a read transaction holds SQLite's view of it, so a program writing to the file
  // right now cannot restart the WAL between the two readings.
  const walBytes = await stat(`${path}-wal`).then((s) => s.size, () => 0);
  if (walBytes <= WAL_HEADER_BYTES) return;
  let together: sqlite3.Database | null = null;
  try {
    together = await openRaw(path, sqlite3.OPEN_READONLY);
    await query(together, 'BEGIN');
    let combined: View;
    try {
      combined = await readView(together);
    } catch (err) {
      // Pages of another database over this one's can make the file unreadable as SQLite sees it.
      if (/^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: unknown }).code))) throw mismatch(path);
      throw err;
    }
    const wal = await readWalSummary(`${path}-wal`);
    if (!wal) return;
    const main = await readMainFileAlone(path);
    if (!main) return;
    if (!main.identity || main.identityPage === null) return;
    const ours =
      combined.identity !== null &&
      combined.identity.identity === main.identity.identity &&
      // Every transaction the app commits rewrites the identity row, so the WAL must write its page…
      wal.pages.has(main.identityPage) &&
      // …and count forward from where the file stands: no older than it, and no more commits ahead of it
      // than the WAL holds (an older copy of the file with a newer -wal fails this).
      combined.identity.commits >= main.identity.commits &&
      combined.identity.commits - wal.commits <= main.identity.commits;
    if (!ours) throw mismatch(path);
  } finally {
    if (together) {
      await query(together, 'COMMIT').catch(() => undefined);
      await closeRaw(together).catch(() => undefined);
    }
  }
}

/** The main file as it is on disk, ignoring the WAL; null when it cannot be read that way right now. */
async function readMainFileAlone(path: string): Promise<View | null> {
  let db: sqlite3.Database | null = null;
  try {
    db = await openRaw(`${pathToFileURL(resolve(path)).href}?immutable=1`, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI);
    return await readView(db);
  } catch {
    // A page being copied in by a checkpoint at this moment; the other readings still protect the file.
    return null;
  } finally {
    if (db) await closeRaw(db).catch(() => undefined);
  }
}
