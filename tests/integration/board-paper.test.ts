// The board paper's own words, against a real database: the pack's words, or else the council's
// defaults, or else generated words, field by field; changes recorded in the history and announced;
// refused input said plainly; the same through `sef board-paper`; and the checks before sending that the
// export dialog and `sef export` share.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { call } from '../../src/core/dispatch';
import { PUBLIC_INTEREST_TEST } from '../../src/shared/board-paper';
import type { PackDetail } from '../../src/shared/entities';
import type { ChangeEvent } from '../../src/shared/events';
import { docFromText } from '../../src/shared/richtext';
import { htmlSection, readBack } from '../unit/export-readback';
import { grant } from '../support/grants';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let dir: string;
let dbPath: string;
let cleanup: () => Promise<void>;
let detail: PackDetail;
const events: ChangeEvent[] = [];

beforeAll(async () => {
  ({ ctx, dir, path: dbPath, cleanup } = await tempContext());
  await populateDemo(ctx);
  ctx.onChange = (e) => events.push(e);
  const [pack] = await call(ctx, 'packs.list', {});
  detail = await call(ctx, 'packs.get', { packId: pack!.id });
}, 120_000);
afterAll(() => cleanup());

function cli() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('the board paper’s words', () => {
  it('come from the pack, else the defaults in Settings, else are generated, and say which', async () => {
    const view = await call(ctx, 'boardPaper.get', { packId: detail.pack.id });
    expect(view.sources.committee).toBe('pack');
    expect(view.fields.committee).toBe('Children\'s Improvement Board');
    expect(view.sources.contactOfficer).toBe('settings');
    expect(view.fields.contactOfficer).toContain('Helen Marsh');
    expect(view.sources.publicInterest).toBe('generated');
    expect(view.fields.publicInterest).toBe(PUBLIC_INTEREST_TEST);
    expect(view.generated.purpose.blocks.length).toBeGreaterThan(0);
  });

  it('are changed for one pack, recorded in the history and announced, and given back with null', async () => {
    events.length = 0;
    const purpose = docFromText('To ask the board to agree the self-evaluation.');
    let view = await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { purpose, keyDecision: true } });
    expect(view.sources.purpose).toBe('pack');
    expect(view.fields.keyDecision).toBe(true);
    expect(events.at(-1)).toMatchObject({ entities: ['boardPaper'], packIds: [detail.pack.id] });
    const history = await call(ctx, 'audit.list', { packId: detail.pack.id, limit: 5 });
    expect(history[0]!.action).toBe('Changed the board paper: key decision and purpose of the report');

    view = await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { purpose: null, keyDecision: null } });
    expect(view.sources.purpose).toBe('generated');
    expect(view.fields.keyDecision).toBe(false);

    // Saving what is already there changes nothing and announces nothing.
    events.length = 0;
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { committee: 'Children\'s Improvement Board' } });
    expect(events).toEqual([]);
  });

  it('take council-wide defaults from Settings, which every pack without words of its own prints', async () => {
    const wards = 'Calder Moss, Thornleigh and Northmoor Central';
    const defaults = await call(ctx, 'boardPaper.setDefaults', { fields: { wardsAffected: wards } });
    expect(defaults.wardsAffected).toBe(wards);
    const view = await call(ctx, 'boardPaper.get', { packId: detail.pack.id });
    expect(view.fields.wardsAffected).toBe(wards);
    expect(view.sources.wardsAffected).toBe('settings');
    await call(ctx, 'boardPaper.setDefaults', { fields: { wardsAffected: 'All wards' } });
  });

  it('refuse a paragraph that is not in Part 1 of Schedule 12A, saying what to choose', async () => {
    await expect(call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { exemptParagraph: 8 } })).rejects.toThrow(
      /Choose a paragraph from 1 to 7 of Part 1 of Schedule 12A/,
    );
  });

  it('can still be written after the pack is approved: the paper is written for its meeting', async () => {
    const lastYear = (await call(ctx, 'packs.list', {})).find((p) => p.status === 'approved')!;
    const view = await call(ctx, 'boardPaper.update', { packId: lastYear.id, fields: { committee: 'Scrutiny Committee' } });
    expect(view.fields.committee).toBe('Scrutiny Committee');
  });

  it('go into the exported paper', async () => {
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { consultation: docFromText('The children in care council read the draft.') } });
    const path = join(dir, 'words.docx');
    await call(ctx, 'export.word', { packId: detail.pack.id, file: grant(ctx, path, 'export-word'), options: { edition: 'board' } });
    const read = await readBack(await readFile(path));
    expect(htmlSection(read.html, '6. Consultation')).toContain('The children in care council read the draft.');
    expect(read.text).toMatch(/Lead member\s*Cllr Margaret Hale/);
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { consultation: null } });
  }, 60_000);
});

describe('sef board-paper', () => {
  it('prints every field and where it comes from', async () => {
    const c = cli();
    expect(await main(['board-paper', dbPath, '--latest'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('Meeting (committee, pack): Children\'s Improvement Board');
    expect(text).toContain('Date of meeting (meetingDate, pack): 8 December 2026');
    expect(text).toContain('Contact officer (contactOfficer, settings): Helen Marsh');
  });

  it('sets a field from text, reads dates the UK way, and clears it again', async () => {
    const c = cli();
    expect(await main(['board-paper', dbPath, '--latest', '--set', 'meetingDate', '--text', '15/12/2026'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Date of meeting (meetingDate, pack): 15 December 2026');
    expect(await main(['board-paper', dbPath, '--latest', '--set', 'meetingDate', '--text', '2026-12-08'], cli().io)).toBe(0);
    const cleared = cli();
    expect(await main(['board-paper', dbPath, '--latest', '--clear', 'leadMember'], cleared.io)).toBe(0);
    expect(cleared.out.join('\n')).toContain('Lead member (leadMember, generated): (none)');
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { leadMember: 'Cllr Margaret Hale, Lead Member for Children and Families' } });
  });

  it('sets the council’s defaults with --defaults', async () => {
    const c = cli();
    expect(await main(['board-paper', dbPath, '--defaults', '--set', 'legal', '--text', 'Legal Services have read this report.'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Legal implications (legal): Legal Services have read this report.');
  });

  it('explains a field that does not exist and a value a field does not take', async () => {
    const a = cli();
    expect(await main(['board-paper', dbPath, '--latest', '--set', 'chair', '--text', 'x'], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('There is no board paper field "chair". The fields are: committee, meetingDate');
    const b = cli();
    expect(await main(['board-paper', dbPath, '--latest', '--set', 'keyDecision', '--text', 'maybe'], b.io)).toBe(2);
    expect(b.err.join('\n')).toContain('Key decision (keyDecision) takes yes or no; not "maybe".');
  });
});

describe('before sending', () => {
  const check = (options: Record<string, unknown>, packId = detail.pack.id) => call(ctx, 'export.check', { packId, options });

  it('warns of sensitive evidence going into a document with no marking, or marked OFFICIAL without withholding', async () => {
    const none = await check({ edition: 'self_evaluation', marking: 'none' });
    expect(none.handling.map((f) => f.code)).toEqual(['sensitive_unmarked']);
    expect(none.handling[0]!.message).toMatch(/^\d+ evidence items marked OFFICIAL-SENSITIVE or personal data would go into a document with no protective marking\./);
    expect((await check({ edition: 'self_evaluation', marking: 'official' })).handling.map((f) => f.code)).toEqual(['sensitive_official']);
    expect((await check({ edition: 'self_evaluation', marking: 'official', withholdSensitive: true })).handling).toEqual([]);
    expect((await check({ edition: 'self_evaluation', marking: 'official_sensitive' })).handling).toEqual([]);
  });

  it('warns that an open paper marked OFFICIAL-SENSITIVE contradicts itself, and of an exempt paper that names no paragraph', async () => {
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { publication: 'open' } });
    const open = await check({ edition: 'board', marking: 'official_sensitive' });
    expect(open.handling.map((f) => f.code)).toEqual(['open_but_sensitive']);
    expect(open.handling[0]!.message).toContain('“Publication: Open” but is marked OFFICIAL-SENSITIVE');
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { publication: null, exemptParagraph: null } });
    const exempt = await check({ edition: 'board', marking: 'official_sensitive' });
    expect(exempt.handling.map((f) => f.code)).toEqual(['exempt_without_paragraph']);
    await call(ctx, 'boardPaper.update', { packId: detail.pack.id, fields: { exemptParagraph: 3 } });
    expect((await check({ edition: 'board', marking: 'official_sensitive' })).handling).toEqual([]);
    // The history names the schedule as the Act does.
    expect((await call(ctx, 'audit.list', { packId: detail.pack.id, limit: 1 }))[0]!.action).toBe('Changed the board paper: paragraph of Schedule 12A relied on');
  });

  it('lists things a reader may question: a Green action overdue as at the pack’s date, a review date before the evidence date, an approval with areas not agreed', async () => {
    const green = await call(ctx, 'actions.create', {
      packId: detail.pack.id,
      title: 'Publish the practice standards',
      dueDate: '2026-10-15',
      rag: 'green',
      status: 'in_progress',
    });
    const odd = await call(ctx, 'evidence.create', {
      title: 'Audit of audits',
      type: 'quality_assurance_report',
      sensitivity: 'official',
      effectiveDate: '2026-09-01',
      reviewDue: '2026-06-01',
    });
    await call(ctx, 'evidence.link', { evidenceId: odd.id, areaId: detail.areas[0]!.id, note: '' });
    const found = await check({ edition: 'self_evaluation' });
    expect(found.questions.map((f) => f.code)).toEqual(['green_overdue', 'review_before_evidence']);
    expect(found.questions[0]!.message).toBe(
      `Action ${green.reference} “Publish the practice standards” is rated Green (on track) but was overdue as at 20 November 2026: it was due on 15/10/2026.`,
    );
    expect(found.questions[1]!.message).toBe(`Evidence ${odd.reference} “Audit of audits” is due for review on 01/06/2026, before its own date (01/09/2026).`);

    // sef export prints the same, on standard error, and writes the document.
    const c = cli();
    expect(await main(['export', dbPath, '--latest', '--edition', 'self-evaluation', '--marking', 'none', '--out', join(dir, 'warned.docx')], c.io)).toBe(0);
    expect(c.err).toContainEqual(expect.stringMatching(/^Warning: \d+ evidence items marked OFFICIAL-SENSITIVE or personal data would go into a document with no protective marking/));
    expect(c.err).toContain(`A reader may question: ${found.questions[0]!.message}`);
    expect(c.out.join('\n')).toContain('Wrote ');

    await call(ctx, 'actions.delete', { actionId: green.id });
    await call(ctx, 'evidence.delete', { evidenceId: odd.id });

    const approvedPack = (await call(ctx, 'packs.list', {})).find((p) => p.status === 'approved')!;
    const approvedAreas = (await call(ctx, 'packs.get', { packId: approvedPack.id })).areas;
    const notAgreed = approvedAreas.filter((a) => a.status !== 'agreed');
    const approved = await check({ edition: 'self_evaluation' }, approvedPack.id);
    if (notAgreed.length) expect(approved.questions.map((f) => f.code)).toContain('approved_not_agreed');
    else expect(approved.questions.map((f) => f.code)).not.toContain('approved_not_agreed');
  }, 60_000);
});
