import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import { safeFileName } from '../../src/core/files/names';
import { evidenceForArea } from '../../src/core/evidence/queries';
import { sqliteDialect } from '../../src/core/db/connection';
import type { EvidenceQuery, OpInput } from '../../src/shared/api';
import { MAX_ATTACHMENT_BYTES } from '../../src/shared/domain';
import { evidenceFreshness } from '../../src/shared/rules';
import { auditRows, insertMinimalPack, setDisplayName, setPackStatus } from '../support/minimal-pack';
import { countingContext } from '../support/query-counter';
import { tempContext } from '../support/tempdb';
import { grant } from '../support/grants';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  await setDisplayName(ctx, 'Priya Shah');
});
afterEach(async () => cleanup());

function add(fields: Partial<OpInput<'evidence.create'>> = {}) {
  return call(ctx, 'evidence.create', { title: 'Untitled', type: 'case_file_audit', ...fields });
}

async function list(query: EvidenceQuery = {}) {
  return call(ctx, 'evidence.list', query);
}

async function titles(query: EvidenceQuery = {}) {
  return (await list(query)).items.map((i) => i.title);
}

async function fileWith(name: string, data: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function blobCount(): Promise<number> {
  return (await ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM blobs'))!.n;
}

describe('searching the evidence library', () => {
  beforeEach(async () => {
    await add({ title: 'Monthly case-file audit: neglect', owner: 'Quality team', source: 'Audit tool' });
    await add({
      title: 'Care leavers survey',
      type: 'feedback',
      description: 'What young people told us about pathway plans',
    });
    await add({ title: 'Supervision audit', type: 'supervision_audit', owner: 'Principal social worker' });
    await add({ title: 'Café conversations with parents', type: 'feedback' });
  });

  it('finds words by prefix in the reference, title, description, owner and source', async () => {
    expect(await titles({ text: 'audi' })).toEqual(['Monthly case-file audit: neglect', 'Supervision audit']);
    expect(await titles({ text: 'pathway' })).toEqual(['Care leavers survey']);
    expect(await titles({ text: 'principal' })).toEqual(['Supervision audit']);
    expect(await titles({ text: 'tool' })).toEqual(['Monthly case-file audit: neglect']);
    expect(await titles({ text: 'E002' })).toEqual(['Care leavers survey']);
    // Every word must match.
    expect(await titles({ text: 'audit neglect' })).toEqual(['Monthly case-file audit: neglect']);
  });

  it('finds accented words without the accent, and plain words when typed with one', async () => {
    expect(await titles({ text: 'cafe' })).toEqual(['Café conversations with parents']);
    expect(await titles({ text: 'CAFÉ' })).toEqual(['Café conversations with parents']);
    await add({ title: 'Cafe\u0301 decomposed' }); // é as e plus a combining accent, as some systems paste it
    expect(await titles({ text: 'café' })).toHaveLength(2);
  });

  it('finds an item by its new words after a change, and not at all once deleted', async () => {
    const [survey] = (await list({ text: 'survey' })).items;
    await call(ctx, 'evidence.update', { evidenceId: survey!.id, title: 'Care leavers questionnaire' });
    expect(await titles({ text: 'survey' })).toEqual([]);
    expect(await titles({ text: 'questionnaire' })).toEqual(['Care leavers questionnaire']);
    await call(ctx, 'evidence.delete', { evidenceId: survey!.id });
    expect(await titles({ text: 'questionnaire' })).toEqual([]);
    expect(await titles({ text: 'pathway' })).toEqual([]);
  });

  it('treats hostile search text as plain words and never fails', async () => {
    const hostile = [
      '"unbalanced',
      'AND OR (',
      'NEAR(',
      '*',
      '"',
      'title:audit',
      '-audit',
      "'; DROP TABLE evidence; --",
      '^',
      '🎉',
      '(((',
      'a"b"c',
    ];
    for (const text of hostile) {
      const result = await dispatch(ctx, 'evidence.list', { text });
      expect(result, text).toMatchObject({ ok: true });
    }
    expect(await titles({ text: '"supervision' })).toEqual(['Supervision audit']);
    expect(await titles({ text: 'title:audit' })).toEqual([]); // "title" is a word to find, not a column filter
    expect((await list({ text: '(((' })).total).toBe(4); // nothing searchable left: no text filter
    expect(sqliteDialect.searchParameter('AND OR (')).toBe('"AND"* "OR"*');
    expect(sqliteDialect.searchParameter('"x')).toBe('"x"*');
    expect(sqliteDialect.searchParameter('  ')).toBeNull();
    expect((await ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM evidence'))!.n).toBe(4);
  });
});

describe('filtering, sorting and paging the evidence library', () => {
  it('filters by type, owner, sensitivity and linked area, and combines filters with search', async () => {
    const { packId, areaIds } = await insertMinimalPack(ctx);
    const a = await add({ title: 'Audit A', owner: 'Quality team' });
    await add({ title: 'Audit B', owner: 'Someone else', sensitivity: 'official_sensitive' });
    await add({ title: 'Survey C', type: 'staff_survey', owner: 'quality team' });
    await call(ctx, 'evidence.link', { evidenceId: a.id, areaId: areaIds[1] });

    expect(await titles({ type: 'staff_survey' })).toEqual(['Survey C']);
    expect(await titles({ owner: 'Quality team' })).toEqual(['Audit A', 'Survey C']);
    expect(await titles({ sensitivity: 'official_sensitive' })).toEqual(['Audit B']);
    expect(await titles({ packId, areaId: areaIds[1] })).toEqual(['Audit A']);
    expect(await titles({ packId, areaId: areaIds[0] })).toEqual([]);
    expect(await titles({ text: 'audit', owner: 'quality team' })).toEqual(['Audit A']);
  });

  it('works out freshness from the review date against today, and filters on it the same way', async () => {
    // Today is 23 November 2026; "due soon" runs to 30 days ahead, 23 December 2026.
    const cases = [
      ['No review date', null, 'in_date'],
      ['Review was yesterday', '2026-11-22', 'out_of_date'],
      ['Review is today', '2026-11-23', 'due_soon'],
      ['Review in 30 days', '2026-12-23', 'due_soon'],
      ['Review in 31 days', '2026-12-24', 'in_date'],
    ] as const;
    for (const [title, reviewDue] of cases) await add({ title, reviewDue });
    const all = await list();
    expect(all.items.map((i) => [i.title, i.reviewDue, i.freshness])).toEqual(cases);
    for (const freshness of ['in_date', 'due_soon', 'out_of_date'] as const) {
      const expected = cases.filter((c) => evidenceFreshness(c[1], '2026-11-23') === freshness).map((c) => c[0]);
      expect(await titles({ freshness }), freshness).toEqual(expected);
    }
  });

  it('sorts by the offered columns in either direction, and refuses any other', async () => {
    await add({ title: 'banana', reviewDue: '2027-01-01' });
    await add({ title: 'Apple', reviewDue: null });
    await add({ title: 'cherry', reviewDue: '2026-12-01' });
    expect(await titles({ sort: 'title' })).toEqual(['Apple', 'banana', 'cherry']);
    expect(await titles({ sort: 'title', direction: 'desc' })).toEqual(['cherry', 'banana', 'Apple']);
    // Items with no review date come last either way.
    expect(await titles({ sort: 'reviewDue' })).toEqual(['cherry', 'banana', 'Apple']);
    expect(await titles({ sort: 'reviewDue', direction: 'desc' })).toEqual(['banana', 'cherry', 'Apple']);
    const refused = await dispatch(ctx, 'evidence.list', { sort: 'title; DROP TABLE evidence' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('pages with offset and limit and reports the total of the whole search', async () => {
    for (let i = 1; i <= 25; i++) await add({ title: `Item ${i}` });
    const page3 = await list({ limit: 10, offset: 20 });
    expect(page3.total).toBe(25);
    expect(page3.items.map((i) => i.reference)).toEqual(['E021', 'E022', 'E023', 'E024', 'E025']);
    expect(await list({ limit: 10, offset: 40 })).toEqual({ items: [], total: 25 });
    expect(await list({ text: 'nothing-like-this' })).toEqual({ items: [], total: 0 });
  });

  it('shows the areas of the chosen pack each item supports, and how many files it has', async () => {
    const first = await insertMinimalPack(ctx, { areaTitles: ['Leaders', 'Care leavers'] });
    const second = await insertMinimalPack(ctx, { areaTitles: ['Leaders next year'] });
    const item = await add({ title: 'Linked' });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: first.areaIds[1] });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: first.areaIds[0] });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: second.areaIds[0] });
    await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, await fileWith('a.txt', 'one'), 'attach-evidence') });
    await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, await fileWith('b.txt', 'two'), 'attach-evidence') });

    const [row] = (await list({ packId: first.packId })).items;
    expect(row!.linkedAreas).toEqual([
      { areaId: first.areaIds[0], title: 'Leaders' },
      { areaId: first.areaIds[1], title: 'Care leavers' },
    ]);
    expect(row!.attachmentCount).toBe(2);
    expect((await list()).items[0]!.linkedAreas).toEqual([]);
  });

  it('fetches a page of a 10,000-item library in three queries (the pack’s date, the page, its links), and numbers on past E9999', async () => {
    const { packId, areaIds } = await insertMinimalPack(ctx);
    await ctx.db.transaction(async (tx) => {
      await tx.run(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
         INSERT INTO evidence (id, reference, title, type, owner, review_due, sensitivity, created_at, updated_at, updated_by)
         SELECT 'bulk-' || i, 'E' || CASE WHEN i < 10 THEN '00' || i WHEN i < 100 THEN '0' || i ELSE '' || i END, 'Bulk audit ' || i, 'case_file_audit', 'Team ' || (i % 7),
                CASE WHEN i % 3 = 0 THEN '2026-01-01' ELSE NULL END, 'official', 't', 't', 'Test' FROM n`,
      );
      await tx.run(
        `INSERT INTO evidence_links (evidence_id, area_id, note, created_at)
         SELECT id, ?, '', 't' FROM evidence WHERE rowid % 2 = 0`,
        [areaIds[0]!],
      );
    });
    const counter = countingContext(ctx);
    const page = await call(counter.ctx, 'evidence.list', { packId, text: 'bulk audit', limit: 200, offset: 9900 });
    expect(counter.count()).toBe(3);
    expect(page.total).toBe(10_000);
    expect(page.items).toHaveLength(100);
    expect(page.items.at(-1)!.reference).toBe('E10000');
    expect(page.items.filter((i) => i.linkedAreas.length === 1)).toHaveLength(50);
    expect((await call(ctx, 'evidence.list', { freshness: 'out_of_date', limit: 1 })).total).toBe(3333);
    expect((await add({ title: 'After the bulk' })).reference).toBe('E10001');
  });
});

describe('evidence items', () => {
  it('numbers new items E001, E002… after the highest in use, leaving gaps unfilled and growing past E999', async () => {
    const first = await add();
    expect(first.reference).toBe('E001');
    expect((await add()).reference).toBe('E002');
    await call(ctx, 'evidence.delete', { evidenceId: first.id });
    expect((await add()).reference).toBe('E003');
    await ctx.db.run(
      "INSERT INTO evidence (id, reference, title, type, sensitivity, created_at, updated_at, updated_by) VALUES ('x', 'E999', 'x', 'other', 'official', 't', 't', 't')",
    );
    await ctx.db.run(
      "INSERT INTO evidence (id, reference, title, type, sensitivity, created_at, updated_at, updated_by) VALUES ('y', 'E12-old', 'y', 'other', 'official', 't', 't', 't')",
    );
    expect((await add()).reference).toBe('E1000');
    expect((await list({ sort: 'reference' })).items.map((i) => i.reference)).toEqual([
      'E002',
      'E003',
      'E999',
      'E1000',
      'E12-old',
    ]);
  });

  it('creates an item with defaults and records who added it', async () => {
    const item = await add({ title: 'Scorecard', type: 'performance_data', effectiveDate: '2026-10-31' });
    expect(item).toMatchObject({
      title: 'Scorecard',
      type: 'performance_data',
      description: '',
      owner: '',
      sensitivity: 'official',
      effectiveDate: '2026-10-31',
      reviewDue: null,
      freshness: 'in_date',
      attachmentCount: 0,
      updatedBy: 'Priya Shah',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    expect(await auditRows(ctx, item.id)).toEqual([
      expect.objectContaining({
        actor: 'Priya Shah',
        entity: 'evidence',
        action: 'Added evidence',
        before: null,
        after: expect.objectContaining({ reference: 'E001', title: 'Scorecard' }),
      }),
    ]);
  });

  it('returns the new item exactly as it is then read back, with defaults or with every field given', async () => {
    // The created item comes from the INSERT itself (RETURNING), not a second read: it must still be the
    // stored row, defaults such as the version included, and judged fresh or not as at today.
    const inspection = await call(ctx, 'inspections.create', { type: 'standard_inspection', title: 'ILACS 2024', startDate: '2024-03-04' });
    const bare = await add();
    const full = await add({
      title: 'Audit of return interviews',
      type: 'supervision_audit',
      description: 'Twenty children missing from home',
      owner: 'Head of Service',
      effectiveDate: '2026-01-31',
      reviewDue: '2026-12-01',
      source: 'QA team',
      sensitivity: 'official_sensitive',
      inspectionId: inspection.id,
    });
    expect(full).toMatchObject({ version: 1, freshness: 'due_soon', freshnessToday: 'due_soon', inspectionId: inspection.id });
    for (const item of [bare, full]) expect(item).toEqual((await call(ctx, 'evidence.get', { evidenceId: item.id })).evidence);
  });

  it('changes only the fields sent, records each change with before and after, and ignores no-change saves', async () => {
    const item = await add({
      title: 'Audit',
      owner: 'Quality team',
      description: 'Ten cases',
      sensitivity: 'official_sensitive',
    });
    const updated = await call(ctx, 'evidence.update', { evidenceId: item.id, reviewDue: '2026-12-01' });
    expect(updated).toMatchObject({
      title: 'Audit',
      owner: 'Quality team',
      description: 'Ten cases',
      sensitivity: 'official_sensitive',
      reviewDue: '2026-12-01',
      freshness: 'due_soon',
    });
    await call(ctx, 'evidence.update', { evidenceId: item.id, title: 'Audit', owner: 'Quality team' });
    await call(ctx, 'evidence.update', { evidenceId: item.id, title: 'Neglect audit', owner: 'QA' });
    expect((await auditRows(ctx, item.id)).slice(1)).toEqual([
      expect.objectContaining({
        action: 'Changed review date',
        before: { reviewDue: null },
        after: { reviewDue: '2026-12-01' },
      }),
      expect.objectContaining({
        action: 'Changed title and owner',
        before: { title: 'Audit', owner: 'Quality team' },
        after: { title: 'Neglect audit', owner: 'QA' },
      }),
    ]);
  });

  it('gets an item with its files and its links, all or for one pack', async () => {
    const first = await insertMinimalPack(ctx);
    const second = await insertMinimalPack(ctx);
    const item = await add({ title: 'Audit' });
    await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, await fileWith('audit.pdf', '%PDF-1.7'), 'attach-evidence') });
    await call(ctx, 'evidence.link', {
      evidenceId: item.id,
      areaId: first.areaIds[0],
      note: 'Shows management oversight',
    });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: second.areaIds[2] });
    const all = await call(ctx, 'evidence.get', { evidenceId: item.id });
    expect(all.evidence.attachmentCount).toBe(1);
    expect(all.attachments.map((a) => [a.fileName, a.mediaType, a.size])).toEqual([
      ['audit.pdf', 'application/pdf', 8],
    ]);
    expect(all.links.map((l) => [l.areaId, l.note])).toEqual([
      [first.areaIds[0], 'Shows management oversight'],
      [second.areaIds[2], ''],
    ]);
    const one = await call(ctx, 'evidence.get', { evidenceId: item.id, packId: second.packId });
    expect(one.links.map((l) => l.areaId)).toEqual([second.areaIds[2]]);
    expect(await dispatch(ctx, 'evidence.get', { evidenceId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('deletes an item with its files and links, keeping stored files that another item or the logo uses', async () => {
    const { areaIds } = await insertMinimalPack(ctx);
    const shared = await fileWith('shared.pdf', 'shared bytes');
    const logo = await fileWith('logo.png', 'logo bytes');
    const own = await fileWith('own.txt', 'only mine');
    const doomed = await add({ title: 'Doomed' });
    const keeper = await add({ title: 'Keeper' });
    for (const path of [shared, logo, own]) await call(ctx, 'evidence.attachFile', { evidenceId: doomed.id, file: grant(ctx, path, 'attach-evidence') });
    await call(ctx, 'evidence.attachFile', { evidenceId: keeper.id, file: grant(ctx, shared, 'attach-evidence') });
    await call(ctx, 'evidence.link', { evidenceId: doomed.id, areaId: areaIds[0] });
    await ctx.db.run("INSERT INTO settings (key, value) VALUES ('logoSha256', ?)", [
      JSON.stringify(sha256(Buffer.from('logo bytes'))),
    ]);
    expect(await blobCount()).toBe(3);

    await call(ctx, 'evidence.delete', { evidenceId: doomed.id });
    expect(await blobCount()).toBe(2);
    const left = await ctx.db.all<{ sha256: string }>('SELECT sha256 FROM blobs ORDER BY sha256');
    expect(left.map((b) => b.sha256).sort()).toEqual(
      [sha256(Buffer.from('shared bytes')), sha256(Buffer.from('logo bytes'))].sort(),
    );
    expect(await ctx.db.get('SELECT * FROM evidence_links')).toBeUndefined();
    expect(await ctx.db.get('SELECT * FROM attachments WHERE evidence_id = ?', [doomed.id])).toBeUndefined();
    expect((await auditRows(ctx, doomed.id)).at(-1)).toMatchObject({
      action: 'Deleted evidence',
      before: { title: 'Doomed', attachments: ['shared.pdf', 'logo.png', 'own.txt'], linkedAreas: [areaIds[0]] },
      after: null,
    });
  });

  it('refuses to delete an item that supports an approved pack', async () => {
    const { packId, areaIds } = await insertMinimalPack(ctx, { title: 'Self-evaluation 2026' });
    const item = await add({ title: 'Cited' });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: areaIds[0] });
    await setPackStatus(ctx, packId, 'approved');
    const result = await dispatch(ctx, 'evidence.delete', { evidenceId: item.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: expect.stringContaining('Self-evaluation 2026') },
    });
    expect((await call(ctx, 'evidence.get', { evidenceId: item.id })).links).toHaveLength(1);
  });
});

describe('attached files', () => {
  it('stores a file once by its content however many times it is attached', async () => {
    const a = await add();
    const b = await add();
    const data = randomBytes(4096);
    const path = await fileWith('Board report.PDF', data);
    const first = await call(ctx, 'evidence.attachFile', { evidenceId: a.id, file: grant(ctx, path, 'attach-evidence') });
    const second = await call(ctx, 'evidence.attachFile', { evidenceId: b.id, file: grant(ctx, path, 'attach-evidence') });
    await call(ctx, 'evidence.attachFile', { evidenceId: a.id, file: grant(ctx, await fileWith('copy.pdf', data), 'attach-evidence') });
    expect(first).toMatchObject({
      fileName: 'Board report.PDF',
      mediaType: 'application/pdf',
      size: 4096,
      sha256: sha256(data),
      evidenceId: a.id,
    });
    expect(second.sha256).toBe(first.sha256);
    expect(await blobCount()).toBe(1);
    expect((await ctx.db.get<{ data: Buffer }>('SELECT data FROM blobs'))!.data.equals(data)).toBe(true);
    expect((await auditRows(ctx, a.id)).at(-1)).toMatchObject({
      action: 'Attached file',
      actor: 'Priya Shah',
      after: { fileName: 'copy.pdf', size: 4096, sha256: sha256(data) },
    });
  });

  it('guesses the media type from the extension, and falls back to plain bytes', async () => {
    const item = await add();
    const cases = {
      'a.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'b.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'c.csv': 'text/csv',
      'd.JPG': 'image/jpeg',
      'e.msg': 'application/vnd.ms-outlook',
      'f.eml': 'message/rfc822',
      'g.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'h.weird': 'application/octet-stream',
      'no-extension': 'application/octet-stream',
    };
    for (const [name, mediaType] of Object.entries(cases)) {
      const attachment = await call(ctx, 'evidence.attachFile', {
        evidenceId: item.id,
        file: grant(ctx, await fileWith(name, name), 'attach-evidence'),
      });
      expect(attachment.mediaType, name).toBe(mediaType);
    }
  });

  it('refuses a file over the size limit, naming the limit in MB, and stores nothing', async () => {
    const item = await add();
    const path = join(dir, 'huge.pdf');
    await writeFile(path, '');
    await truncate(path, MAX_ATTACHMENT_BYTES + 1); // sparse: no need to write 50 MB
    const result = await dispatch(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, path, 'attach-evidence') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringContaining('up to 50 MB') },
    });
    expect(await blobCount()).toBe(0);
    await truncate(path, MAX_ATTACHMENT_BYTES);
    expect(await dispatch(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, path, 'attach-evidence') })).toMatchObject({ ok: true });
  });

  it('refuses a missing file, a folder and an empty file with messages that say what to do', async () => {
    const item = await add();
    const missing = await dispatch(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, join(dir, 'gone.pdf'), 'attach-evidence') });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('choose it again') },
    });
    await mkdir(join(dir, 'folder'));
    const folder = await dispatch(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, join(dir, 'folder'), 'attach-evidence') });
    expect(folder).toMatchObject({ ok: false, error: { message: expect.stringContaining('is a folder') } });
    const empty = await dispatch(ctx, 'evidence.attachFile', {
      evidenceId: item.id,
      file: grant(ctx, await fileWith('empty.txt', ''), 'attach-evidence'),
    });
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('empty') },
    });
    const noItem = await dispatch(ctx, 'evidence.attachFile', {
      evidenceId: 'nope',
      file: grant(ctx, await fileWith('x.txt', 'x'), 'attach-evidence'),
    });
    expect(noItem).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await blobCount()).toBe(0);
    expect(await ctx.db.get('SELECT * FROM attachments')).toBeUndefined();
  });

  it('keeps odd file names as people wrote them, without folders or control characters', async () => {
    const item = await add();
    const names = ['📊 Audit résumé.pdf', 'تقرير التدقيق.docx', 'דוח ביקורת.xlsx', 'line\nbreak\t.txt'];
    const stored: string[] = [];
    for (const name of names)
      stored.push(
        (await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, await fileWith(name, name), 'attach-evidence') })).fileName,
      );
    expect(stored).toEqual(['📊 Audit résumé.pdf', 'تقرير التدقيق.docx', 'דוח ביקורת.xlsx', 'linebreak.txt']);
    await mkdir(join(dir, 'sub'));
    const viaDots = await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, `${dir}/sub/../${names[0]}`, 'attach-evidence') });
    expect(viaDots.fileName).toBe('📊 Audit résumé.pdf');

    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\sam\\Desktop\\Report.docx')).toBe('Report.docx');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe'); // a right-to-left override cannot disguise the extension
    expect(safeFileName('a\u0000b\u007F.txt')).toBe('ab.txt');
    expect(safeFileName('..')).toBe('attachment');
    expect(safeFileName('dir/')).toBe('attachment');
    const long = safeFileName(`${'😀'.repeat(300)}.pdf`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(long.endsWith('😀.pdf')).toBe(true);
  });

  it('saves a file back out byte for byte, over an existing file, leaving no temporary files', async () => {
    const item = await add();
    const data = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(200_000)]);
    const attachment = await call(ctx, 'evidence.attachFile', {
      evidenceId: item.id,
      file: grant(ctx, await fileWith('in.bin', data), 'attach-evidence'),
    });
    await mkdir(join(dir, 'out'));
    const target = join(dir, 'out', 'copy.bin');
    expect(await call(ctx, 'evidence.saveAttachment', { attachmentId: attachment.id, file: grant(ctx, target, 'save-attachment') })).toMatchObject({
      file: { location: target, name: 'copy.bin', canOpen: false },
    });
    expect((await readFile(target)).equals(data)).toBe(true);
    await writeFile(target, 'an older, different file');
    await call(ctx, 'evidence.saveAttachment', { attachmentId: attachment.id, file: grant(ctx, target, 'save-attachment') });
    expect((await readFile(target)).equals(data)).toBe(true);
    expect(await readdir(join(dir, 'out'))).toEqual(['copy.bin']);

    const intoFolder = await dispatch(ctx, 'evidence.saveAttachment', {
      attachmentId: attachment.id,
      file: grant(ctx, join(dir, 'out'), 'save-attachment'),
    });
    expect(intoFolder).toMatchObject({ ok: false, error: { message: expect.stringContaining('is a folder') } });
    const noFolder = await dispatch(ctx, 'evidence.saveAttachment', {
      attachmentId: attachment.id,
      file: grant(ctx, join(dir, 'missing', 'x.bin'), 'save-attachment'),
    });
    expect(noFolder).toMatchObject({
      ok: false,
      error: { code: 'io_error', message: expect.stringContaining('does not exist') },
    });
    expect(await readdir(join(dir, 'out'))).toEqual(['copy.bin']);
  });

  it('removes an attachment, and its stored file once no attachment or the logo uses it', async () => {
    const item = await add();
    const path = await fileWith('same.txt', 'same content');
    const first = await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, path, 'attach-evidence') });
    const second = await call(ctx, 'evidence.attachFile', { evidenceId: item.id, file: grant(ctx, path, 'attach-evidence') });
    await call(ctx, 'evidence.removeAttachment', { attachmentId: first.id });
    expect(await blobCount()).toBe(1);
    await call(ctx, 'evidence.removeAttachment', { attachmentId: second.id });
    expect(await blobCount()).toBe(0);
    expect((await call(ctx, 'evidence.get', { evidenceId: item.id })).attachments).toEqual([]);
    expect((await auditRows(ctx, item.id)).at(-1)).toMatchObject({
      action: 'Removed file',
      before: { fileName: 'same.txt' },
    });

    const logo = await call(ctx, 'evidence.attachFile', {
      evidenceId: item.id,
      file: grant(ctx, await fileWith('logo.png', 'png'), 'attach-evidence'),
    });
    await ctx.db.run("INSERT INTO settings (key, value) VALUES ('logoSha256', ?)", [JSON.stringify(logo.sha256)]);
    await call(ctx, 'evidence.removeAttachment', { attachmentId: logo.id });
    expect(await blobCount()).toBe(1);
    expect(await dispatch(ctx, 'evidence.removeAttachment', { attachmentId: logo.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('links between evidence and areas', () => {
  it('links an item to an area with a note, changes the note, and unlinks, recording each', async () => {
    const { packId, areaIds } = await insertMinimalPack(ctx);
    const item = await add({ title: 'Audit' });
    const link = await call(ctx, 'evidence.link', {
      evidenceId: item.id,
      areaId: areaIds[1],
      note: 'Thresholds applied well',
    });
    expect(link).toEqual({
      evidenceId: item.id,
      areaId: areaIds[1],
      note: 'Thresholds applied well',
      createdAt: '2026-11-23T10:00:00.000Z',
    });
    await call(ctx, 'evidence.link', {
      evidenceId: item.id,
      areaId: areaIds[1],
      note: 'Thresholds applied consistently',
    });
    await call(ctx, 'evidence.link', {
      evidenceId: item.id,
      areaId: areaIds[1],
      note: 'Thresholds applied consistently',
    });
    expect((await call(ctx, 'evidence.get', { evidenceId: item.id })).links).toEqual([
      { ...link, note: 'Thresholds applied consistently' },
    ]);
    await call(ctx, 'evidence.unlink', { evidenceId: item.id, areaId: areaIds[1] });
    expect((await call(ctx, 'evidence.get', { evidenceId: item.id })).links).toEqual([]);
    expect((await auditRows(ctx, item.id)).slice(1).map((r) => [r.action, r.packId])).toEqual([
      ['Linked evidence to area', packId],
      ['Changed evidence note', packId],
      ['Unlinked evidence from area', packId],
    ]);
    expect(await dispatch(ctx, 'evidence.unlink', { evidenceId: item.id, areaId: areaIds[1] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses to link to a missing area, a missing item, or an area of an approved pack', async () => {
    const { packId, areaIds } = await insertMinimalPack(ctx);
    const item = await add();
    expect(await dispatch(ctx, 'evidence.link', { evidenceId: item.id, areaId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await dispatch(ctx, 'evidence.link', { evidenceId: 'nope', areaId: areaIds[0] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: areaIds[0] });
    await setPackStatus(ctx, packId, 'approved');
    const link = await dispatch(ctx, 'evidence.link', { evidenceId: item.id, areaId: areaIds[1] });
    expect(link).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: expect.stringContaining('approved') },
    });
    const unlink = await dispatch(ctx, 'evidence.unlink', { evidenceId: item.id, areaId: areaIds[0] });
    expect(unlink).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect((await call(ctx, 'evidence.get', { evidenceId: item.id })).links.map((l) => l.areaId)).toEqual([areaIds[0]]);
  });

  it("lists an area's evidence with each item's note, for the area view", async () => {
    const { areaIds } = await insertMinimalPack(ctx);
    const a = await add({ title: 'First', reviewDue: '2026-01-01' });
    const b = await add({ title: 'Second' });
    await add({ title: 'Not linked' });
    await call(ctx, 'evidence.link', { evidenceId: b.id, areaId: areaIds[0], note: 'Why B' });
    await call(ctx, 'evidence.link', { evidenceId: a.id, areaId: areaIds[0], note: 'Why A' });
    const evidence = await ctx.db.read((q) => evidenceForArea(q, ctx, areaIds[0]!));
    expect(evidence.map((e) => [e.reference, e.note, e.freshness])).toEqual([
      ['E001', 'Why A', 'out_of_date'],
      ['E002', 'Why B', 'in_date'],
    ]);
  });
});
