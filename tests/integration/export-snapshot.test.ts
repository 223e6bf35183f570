// The export reads the pack once, consistently: every statement inside one read transaction, so a save
// that arrives mid-export lands after it and never in half of the document; only the pack's own
// evidence is read; deadlines and freshness are judged as at the pack's date; and the written file
// carries no trace of the machine (paths, temporary names) or of names the person did not give.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import type { Database, ReadQueries } from '../../src/core/db/port';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import { loadSnapshot } from '../../src/core/export/snapshot';
import { addDays } from '../../src/shared/dates';
import type { PackDetail } from '../../src/shared/entities';
import { isActionOverdue } from '../../src/shared/rules';
import { htmlSection, readBack, unescapeXml } from '../unit/export-readback';
import { grant } from '../support/grants';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let dir: string;
let dbPath: string;
let cleanup: () => Promise<void>;
let detail: PackDetail;

beforeAll(async () => {
  ({ ctx, dir, path: dbPath, cleanup } = await tempContext());
  await populateDemo(ctx);
  // This year's children's services pack (the demo's adult social care pack is newer).
  const pack = (await call(ctx, 'packs.list', {})).find((p) => p.frameworkId.startsWith('ilacs'));
  detail = await call(ctx, 'packs.get', { packId: pack!.id });
}, 120_000);
afterAll(() => cleanup());

/** A context whose database records every statement and whether it ran inside a read snapshot. */
function recording(base: CoreContext) {
  const log = { reads: 0, inRead: 0, outside: [] as string[], transactions: 0, written: [] as string[] };
  const insideRead = (q: ReadQueries): ReadQueries => ({
    dialect: q.dialect,
    get: (sql, p) => (log.inRead++, q.get(sql, p)),
    all: (sql, p) => (log.inRead++, q.all(sql, p)),
  });
  const db: Database = {
    dialect: base.db.dialect,
    engine: base.db.engine,
    path: base.db.path,
    file: base.db.file,
    get: (sql, p) => (log.outside.push(sql), base.db.get(sql, p)),
    all: (sql, p) => (log.outside.push(sql), base.db.all(sql, p)),
    run: (sql, p) => (log.outside.push(sql), base.db.run(sql, p)),
    exec: (sql) => (log.outside.push(sql), base.db.exec(sql)),
    read: (fn) => (log.reads++, base.db.read((q) => fn(insideRead(q)))),
    transaction: (fn) =>
      (log.transactions++,
      base.db.transaction((tx) =>
        fn({ ...insideRead(tx), run: (sql, p) => (log.written.push(sql), tx.run(sql, p)), exec: (sql) => (log.written.push(sql), tx.exec(sql)) }),
      )),
    schemaVersion: () => base.db.schemaVersion(),
    identity: (q) => base.db.identity(q),
    announce: (tx, event) => base.db.announce(tx, event),
    listen: (listener) => base.db.listen(listener),
    check: () => base.db.check(),
    copyTo: (target) => base.db.copyTo(target),
    close: () => base.db.close(),
  };
  return { ctx: { ...base, db }, log };
}

describe('reading the pack for the export', () => {
  it('runs every statement of an export inside one read transaction, and writes only the chart pictures it drew', async () => {
    const { ctx: rec, log } = recording(ctx);
    await call(rec, 'export.word', {
      packId: detail.pack.id,
      file: grant(rec, join(dir, 'one-read.docx'), 'export-word'),
      options: { edition: 'self_evaluation' },
    });
    expect(log.reads).toBe(1);
    expect(log.outside).toEqual([]);
    expect(log.inRead).toBeGreaterThan(5);
    // Keeping the charts it drew (charts/store.ts), after the document is written: nothing of the pack.
    expect(log.transactions).toBe(1);
    expect(log.written.length).toBeGreaterThan(0);
    for (const sql of log.written) expect(sql).toMatch(/^\s*(INSERT INTO|UPDATE|DELETE FROM) chart_pictures\b/);
  });

  it('takes the whole pack before a change sent while it reads, or none of it', async () => {
    const [first, last] = [detail.areas[0]!, detail.areas.at(-1)!];
    const reading = loadSnapshot(ctx, detail.pack.id);
    // Sent while the snapshot is being read, in one change: the read finishes first, whole. (Read
    // call by call, as the export once was, the second area would already show the change.)
    const saving = Promise.all([
      call(ctx, 'areas.update', { areaId: first.id, strengths: ['Saved during the export'] }),
      call(ctx, 'areas.update', { areaId: last.id, strengths: ['Saved during the export'] }),
    ]);
    const [snapshot] = await Promise.all([reading, saving]);
    for (const area of snapshot.detail.areas) expect(area.strengths).not.toContain('Saved during the export');
    const after = await loadSnapshot(ctx, detail.pack.id);
    expect(after.detail.areas.find((a) => a.id === last.id)!.strengths).toEqual(['Saved during the export']);
    await call(ctx, 'areas.update', { areaId: first.id, strengths: first.strengths });
    await call(ctx, 'areas.update', { areaId: last.id, strengths: last.strengths });
  });

  it('reads only the pack’s own evidence, not the whole library', async () => {
    const unrelated = await call(ctx, 'evidence.create', {
      title: 'A library item no pack links to or cites',
      type: 'other',
      sensitivity: 'official',
    });
    const snapshot = await loadSnapshot(ctx, detail.pack.id);
    expect(snapshot.evidence.map((e) => e.id)).not.toContain(unrelated.id);
    const library = await call(ctx, 'evidence.list', { packId: detail.pack.id, limit: 20_000 });
    const linked = library.items.filter((e) => e.linkedAreas.length);
    for (const e of linked) expect(snapshot.evidence.map((x) => x.id)).toContain(e.id);
    await call(ctx, 'evidence.delete', { evidenceId: unrelated.id });
  });

  it('judges overdue actions and out-of-date evidence as at the pack’s date, not today', async () => {
    // An action that fell due after the pack's date and before the test clock's 23 November.
    await call(ctx, 'actions.create', { packId: detail.pack.id, title: 'Due after the pack’s date', dueDate: addDays(detail.pack.asAt, 1), status: 'in_progress' });
    const snapshot = await loadSnapshot(ctx, detail.pack.id);
    expect(snapshot.judgedAt).toBe(detail.pack.asAt);
    const today = await call(ctx, 'actions.list', { packId: detail.pack.id });
    const dueBetween = today.filter((a) => a.overdueToday && !isActionOverdue(a.status, a.dueDate, detail.pack.asAt));
    expect(dueBetween.length).toBeGreaterThan(0);
    for (const a of dueBetween) expect(snapshot.actions.find((x) => x.id === a.id)!.overdue).toBe(false);
    expect(snapshot.readiness.today).toBe(detail.pack.asAt);
  });
});

describe('what the written file says about where it came from', () => {
  it('names the author from settings, and holds no path, folder or temporary name of this machine', async () => {
    const path = join(dir, 'provenance.docx');
    await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, path, 'export-word'), options: { edition: 'board' } });
    const read = await readBack(await readFile(path));
    const settings = await call(ctx, 'settings.get', {});
    const core = unescapeXml(read.parts['docProps/core.xml']!);
    expect(core).toContain(`<dc:creator>${settings.displayName}</dc:creator>`);
    const everything = unescapeXml(Object.values(read.parts).join('\n'));
    for (const trace of [dir, dbPath, basename(dbPath), basename(path), '.tmp', process.env.HOME ?? '/root', process.cwd()])
      expect(everything, trace).not.toContain(trace);
  });

  it('says whose it is on the cover only when a name is known', async () => {
    const settings = await call(ctx, 'settings.get', {});
    await call(ctx, 'settings.update', { displayName: '' });
    try {
      const path = join(dir, 'nobody.docx');
      await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, path, 'export-word'), options: { edition: 'self_evaluation' } });
      const read = await readBack(await readFile(path));
      expect(read.text.slice(0, read.text.indexOf('Contents'))).not.toContain('Prepared by');
      expect(unescapeXml(read.parts['docProps/core.xml']!)).not.toMatch(/Un-named|Unknown user/);
      expect(htmlSection(read.html, 'Summary of self-grades')).not.toBe('');
    } finally {
      await call(ctx, 'settings.update', { displayName: settings.displayName });
    }
  });
});
