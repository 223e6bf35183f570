// The demo council is loaded through the contract into a real database, and read back through the
// contract: two packs, a full evidence library with real attachments, an action plan in every state.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { populateDemo } from '../../src/core/demo/index';
import { populateLargePack } from '../../src/core/demo/large';
import { ADULT_EVIDENCE } from '../../src/core/demo/content/adults';
import { AREAS } from '../../src/core/demo/content/areas';
import { EVIDENCE } from '../../src/core/demo/content/evidence';
import { call } from '../../src/core/dispatch';
import { ACTION_STATUSES, EVIDENCE_TYPES, RAGS, SENSITIVITIES } from '../../src/shared/domain';
import type { AreaDetail, Evidence, EvidenceRow, Pack, PackDetail } from '../../src/shared/entities';
import { citedEvidenceIds, countWords, isDocEmpty, type RichDoc } from '../../src/shared/richtext';
import { expectKeptReviewDatesAgree } from '../support/review-dates';
import { tempContext } from '../support/tempdb';
import { grant } from '../support/grants';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;
let packs: Pack[];
let thisYear: PackDetail;
let lastYear: PackDetail;
let areaDetails: AreaDetail[];
let library: Evidence[];

beforeAll(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  await populateDemo(ctx);
  packs = await call(ctx, 'packs.list', {});
  thisYear = await call(ctx, 'packs.get', { packId: packs.find((p) => p.period === '2025–26')!.id });
  lastYear = await call(ctx, 'packs.get', { packId: packs.find((p) => p.status === 'approved')!.id });
  areaDetails = [];
  for (const area of thisYear.areas) areaDetails.push(await call(ctx, 'areas.get', { areaId: area.id }));
  library = (await call(ctx, 'evidence.list', { limit: 1000 })).items;
}, 120_000);

afterAll(async () => cleanup?.());

function blockTypes(docs: RichDoc[]): Set<string> {
  const found = new Set<string>();
  for (const doc of docs)
    for (const block of doc.blocks) {
      found.add(block.type);
      const lines = block.type === 'paragraph' || block.type === 'heading' ? [block.content] : block.items;
      for (const inline of lines.flat()) {
        if (inline.type === 'citation') found.add('citation');
        else if (inline.type === 'indicator') found.add('indicator citation');
        else {
          for (const mark of inline.marks ?? []) found.add(mark);
          if (inline.href) found.add('link');
        }
      }
    }
  return found;
}

describe('the demo council', () => {
  it('names a clearly fictional council and its director, marked OFFICIAL', async () => {
    const settings = await call(ctx, 'settings.get', {});
    expect(settings.organisationName).toBe('Northmoor Borough Council');
    expect(settings.displayName).toBe("Sam Okafor, Director of Children's Services");
    expect(settings.defaultMarking).toBe('official');
  });

  it('has a 2023 standard inspection graded requires improvement, with recommendations, and a later focused visit', async () => {
    const inspections = await call(ctx, 'inspections.list', {});
    const standard = inspections.find((i) => i.type === 'standard_inspection' && i.startDate.startsWith('2023'))!;
    expect(standard.startDate.startsWith('2023')).toBe(true);
    expect(standard.frameworkId).toBe('ilacs-2023');
    expect(Object.fromEntries(standard.grades.map((g) => [g.areaKey, g.grade]))).toMatchObject({
      'overall-effectiveness': 'requires-improvement',
      'children-in-care': 'good',
    });
    expect(standard.grades).toHaveLength(5);
    expect(standard.recommendations.length).toBeGreaterThanOrEqual(6);
    expect(standard.recommendations.length).toBeLessThanOrEqual(8);
    expect(new Set(standard.recommendations.map((r) => r.status)).size).toBeGreaterThanOrEqual(3);
    const visit = inspections.find((i) => i.type === 'focused_visit' && i.startDate.startsWith('2025'))!;
    expect(visit.startDate > standard.startDate).toBe(true);
    expect(visit.grades).toEqual([]);
    expect(visit.recommendations.every((r) => r.kind === 'area_for_improvement')).toBe(true);
  });

  it("has last year's approved pack and this year's draft started from it, moved onto ILACS from April 2026", () => {
    expect(packs).toHaveLength(3);
    expect(lastYear.pack).toMatchObject({ period: '2024–25', status: 'approved', frameworkId: 'ilacs-2023' });
    expect(lastYear.pack.approvedBy).toBe("Sam Okafor, Director of Children's Services");
    expect(thisYear.pack).toMatchObject({
      period: '2025–26',
      status: 'draft',
      asAt: '2026-11-20',
      frameworkId: 'ilacs-2026',
      previousPackId: lastYear.pack.id,
    });
    expect(thisYear.pack.baselineInspectionId).not.toBeNull();
    for (const detail of [thisYear, lastYear]) {
      expect(isDocEmpty(detail.pack.context)).toBe(false);
      expect(isDocEmpty(detail.pack.boardAsks)).toBe(false);
    }
  });

  it('grades every judgement this year, with a position, 3–5 strengths and 3–5 areas for development', () => {
    expect(thisYear.areas.map((a) => a.areaKey)).toEqual(['leaders', 'help-and-protection', 'children-in-care', 'care-leavers']);
    for (const area of thisYear.areas) {
      expect(area.graded).toBe(true);
      expect(area.grade, area.areaKey).not.toBeNull();
      expect(area.position, area.areaKey).not.toBeNull();
      expect(area.strengths.length).toBeGreaterThanOrEqual(3);
      expect(area.strengths.length).toBeLessThanOrEqual(5);
      expect(area.areasForDevelopment.length).toBeGreaterThanOrEqual(3);
      expect(area.areasForDevelopment.length).toBeLessThanOrEqual(5);
    }
    expect(new Set(thisYear.areas.map((a) => a.status)).size).toBeGreaterThan(1);
  });

  it('writes every section of every area in both packs', async () => {
    for (const area of areaDetails) {
      expect(area.narratives).toHaveLength(3);
      for (const n of area.narratives) expect(isDocEmpty(n.doc), `${area.area.areaKey}/${n.sectionId}`).toBe(false);
    }
    for (const area of lastYear.areas) {
      const detail = await call(ctx, 'areas.get', { areaId: area.id });
      for (const n of detail.narratives) expect(isDocEmpty(n.doc), `last year ${area.areaKey}/${n.sectionId}`).toBe(false);
    }
  });

  it("uses every kind of rich text in this year's narratives and cites evidence in every section", () => {
    const docs = areaDetails.flatMap((a) => a.narratives.map((n) => n.doc));
    expect([...blockTypes(docs)].sort()).toEqual(
      ['bold', 'bullet_list', 'citation', 'heading', 'indicator citation', 'italic', 'link', 'numbered_list', 'paragraph'].sort(),
    );
    for (const area of areaDetails)
      for (const n of area.narratives)
        expect(citedEvidenceIds(n.doc).length, `${area.area.areaKey}/${n.sectionId}`).toBeGreaterThan(0);
  });

  it('has citations that all resolve to evidence in the library, linked to the area that cites them', () => {
    const ids = new Set(library.map((e) => e.id));
    let citations = 0;
    for (const area of areaDetails) {
      const linked = new Set(area.evidence.map((e) => e.id));
      for (const n of area.narratives)
        for (const id of citedEvidenceIds(n.doc)) {
          citations++;
          expect(ids.has(id), id).toBe(true);
          expect(linked.has(id), `${area.area.areaKey} cites ${id} without linking it`).toBe(true);
        }
    }
    for (const doc of [thisYear.pack.context, lastYear.pack.context])
      for (const id of citedEvidenceIds(doc)) expect(ids.has(id)).toBe(true);
    expect(citations).toBeGreaterThan(50);
  });

  it('has a library of 45+ evidence items of every type, owner, date and sensitivity', () => {
    expect(library.length).toBeGreaterThanOrEqual(45);
    expect(library.length).toBe(EVIDENCE.length + ADULT_EVIDENCE.length);
    expect(new Set(library.map((e) => e.type))).toEqual(new Set(EVIDENCE_TYPES));
    expect(new Set(library.map((e) => e.sensitivity))).toEqual(new Set(SENSITIVITIES));
    expect(new Set(library.map((e) => e.owner)).size).toBeGreaterThanOrEqual(10);
    const freshness = (f: string) => library.filter((e) => e.freshness === f).length;
    expect(freshness('out_of_date')).toBeGreaterThanOrEqual(3);
    expect(freshness('due_soon')).toBeGreaterThanOrEqual(3);
    expect(freshness('in_date')).toBeGreaterThan(library.length / 2);
    expect(library.filter((e) => e.attachmentCount > 0).length).toBeGreaterThanOrEqual(library.length * 0.8);
    expect(library.every((e) => e.reference && e.description)).toBe(true);
  });

  it('stores real files: CSV, text, PNG and PDF attachments that open as what they say they are', async () => {
    const seen = new Map<string, Buffer>();
    for (const item of library.filter((e) => e.attachmentCount > 0)) {
      const { attachments } = await call(ctx, 'evidence.get', { evidenceId: item.id });
      for (const a of attachments) {
        const ext = a.fileName.split('.').pop()!;
        if (seen.has(ext)) continue;
        const out = join(dir, `out-${a.fileName}`);
        await call(ctx, 'evidence.saveAttachment', { attachmentId: a.id, file: grant(ctx, out, 'save-attachment') });
        seen.set(ext, await readFile(out));
      }
    }
    expect([...seen.keys()].sort()).toEqual(['csv', 'pdf', 'png', 'txt']);
    expect(seen.get('pdf')!.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(seen.get('pdf')!.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(seen.get('png')!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(seen.get('csv')!.toString('utf8')).toMatch(/^[^\r\n]+,[^\r\n]+\r\n/);
    expect(seen.get('txt')!.toString('utf8')).toMatch(/NORTHMOOR BOROUGH COUNCIL/);
  });

  it("links evidence to every area of this year's pack, each with a note on what it shows", () => {
    for (const area of areaDetails) {
      expect(area.evidence.length, area.area.areaKey).toBeGreaterThanOrEqual(5);
      for (const e of area.evidence) expect(e.note.length).toBeGreaterThan(10);
    }
    // Links to overall effectiveness were kept with the move onto ILACS from April 2026, not carried.
    const expected = EVIDENCE.reduce((n, e) => n + e.links.filter((l) => l.area !== 'overall-effectiveness').length, 0);
    expect(areaDetails.reduce((n, a) => n + a.evidence.length, 0)).toBe(expected);
  });

  it('has 20+ actions in every RAG state and status, some overdue, some due soon, with notes and links', async () => {
    const actions = await call(ctx, 'actions.list', { packId: thisYear.pack.id });
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(actions.map((a) => a.rag))).toEqual(new Set(RAGS));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(ACTION_STATUSES));
    expect(actions.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a) => a.dueSoon).length).toBeGreaterThanOrEqual(3);
    expect(actions.filter((a) => a.recommendationId).length).toBeGreaterThanOrEqual(8);
    // Two actions were tied to overall effectiveness: the move keeps them in the plan, no longer tied to an area.
    const untied = actions.filter((a) => !a.areaId);
    expect(untied.map((a) => a.reference)).toEqual(['A27', 'A28']);
    expect(actions.filter((a) => a.areaId).every((a) => thisYear.areas.some((area) => area.id === a.areaId))).toBe(true);
    expect(actions.filter((a) => a.notes.length > 0).length).toBeGreaterThanOrEqual(actions.length - 2);
    expect(new Set(actions.map((a) => a.title)).size).toBe(actions.length);
    const lastYearActions = await call(ctx, 'actions.list', { packId: lastYear.pack.id });
    expect(lastYearActions.length).toBeGreaterThanOrEqual(8);
  });

  it('gives a readiness summary with every RAG state, out-of-date evidence and no empty sections', async () => {
    const readiness = await call(ctx, 'readiness.get', { packId: thisYear.pack.id });
    for (const rag of RAGS) expect(readiness.actionsByRag[rag], rag).toBeGreaterThan(0);
    expect(readiness.totals.emptySections).toBe(0);
    expect(readiness.totals.graded).toBe(4);
    expect(readiness.totals.evidenceOutOfDate).toBeGreaterThan(0);
    expect(readiness.totals.overdueActions).toBeGreaterThan(0);
    const leaders = readiness.areas.find((a) => a.areaKey === 'leaders')!;
    expect(leaders.previousGrade).toBe('requires-improvement');
    expect(leaders.direction).toBe('improved');
  });

  it('matches the content it was written from', () => {
    for (const content of AREAS.filter((a) => a.key !== 'overall-effectiveness')) {
      const area = thisYear.areas.find((a) => a.areaKey === content.key)!;
      expect(area.grade).toBe(content.grade);
      expect(area.position).toBe(content.position);
    }
  });

  it('has a history of graded inspections across the 2009 regime, SIF and ILACS, compared with the latest before the as-at date', async () => {
    const history = await call(ctx, 'packs.gradeHistory', { packId: thisYear.pack.id });
    expect(history.inspections.map((i) => [i.startDate.slice(0, 4), i.frameworkShortTitle, i.comparison])).toEqual([
      ['2010', 'Safeguarding and looked after children 2009', false],
      ['2016', 'SIF 2013', false],
      ['2019', 'ILACS 2018', false],
      ['2023', 'ILACS 2023', true],
    ]);
    const inspections = await call(ctx, 'inspections.list', {});
    expect(new Set(inspections.map((i) => i.type))).toEqual(
      new Set(['safeguarding_lac_inspection', 'sif_inspection', 'standard_inspection', 'focused_visit', 'cqc_assessment']),
    );
    expect(inspections.every((i) => i.graded === i.grades.length > 0)).toBe(true);
  });

  it("keeps what this year's move onto ILACS from April 2026 could not carry, and can undo it", async () => {
    const [move] = await call(ctx, 'packs.frameworkMoves', { packId: thisYear.pack.id });
    expect(move).toMatchObject({ from: { id: 'ilacs-2023' }, to: { id: 'ilacs-2026' }, undoBlockedBy: null });
    expect(new Set(move!.notCarried.map((n) => n.areaTitle))).toEqual(new Set(['Overall effectiveness']));
    expect(new Set(move!.notCarried.map((n) => n.kind))).toEqual(
      new Set(['grade', 'narrative', 'strengths', 'areas_for_development', 'evidence_link', 'action']),
    );
  });

  it('has a focused visit with an area for priority action whose draft plan deadline is running', async () => {
    const readiness = await call(ctx, 'readiness.get', { packId: thisYear.pack.id });
    expect(readiness.deadlines).toEqual([
      expect.objectContaining({ kind: 'draft_action_plan', dueDate: '2026-12-04', state: 'running', inspectionTitle: 'Focused visit: care leavers, October 2026' }),
    ]);
  });

  it('has an adult social care self-assessment on CQC’s framework, 8 of 9 statements scored, compared with CQC’s assessment', async () => {
    const adults = packs.find((p) => p.frameworkId === 'cqc-la-2023')!;
    const readiness = await call(ctx, 'readiness.get', { packId: adults.id });
    expect(readiness.score).toEqual({ percent: 72, rating: 'Good', scored: 8, total: 9 });
    expect(readiness.baselineInspection).toMatchObject({ type: 'cqc_assessment', title: 'CQC assessment of adult social care, March 2025' });
    expect(readiness.areas.find((a) => a.areaKey === 'assessing-needs')).toMatchObject({ previousGradeText: '2 – Some shortfalls', direction: 'improved' });
    // Its report to scrutiny is the director of adult social services', not that of the children's director named in Settings.
    const paper = await call(ctx, 'boardPaper.get', { packId: adults.id });
    expect(paper.fields).toMatchObject({ reportOf: 'Olivia Grant, Director of Adult Social Services', committee: 'Health and Adult Social Care Scrutiny Committee' });
    expect(paper.sources).toMatchObject({ reportOf: 'pack', contactOfficer: 'pack' });
  });

  it('has the inspection-day kit under way and the annual engagement meetings with the version shared', async () => {
    const kit = await call(ctx, 'kit.get', {});
    expect(kit.ready).toBeGreaterThan(5);
    expect(kit.ready).toBeLessThan(kit.needed);
    expect(kit.selfEvaluation?.packId).toBe(lastYear.pack.id);
    const meetings = await call(ctx, 'engagement.list', {});
    expect(meetings.map((m) => [m.date, m.packId])).toEqual([
      ['2026-12-10', thisYear.pack.id],
      ['2025-07-03', lastYear.pack.id],
    ]);
    expect(meetings[1]).toMatchObject({ packVersion: lastYear.pack.version, packChangedSince: false });
  });

  it('refuses to load into a database that already has packs', async () => {
    await expect(populateDemo(ctx)).rejects.toThrow(/empty database/);
  });
});

describe('the large-pack generator for benchmarks', () => {
  async function generate(evidenceThroughContract: boolean) {
    const t = await tempContext();
    try {
      const made = await populateLargePack(t.ctx, { evidence: 40, actions: 16, narrativeWords: 3000 }, { evidenceThroughContract });
      const detail = await call(t.ctx, 'packs.get', { packId: made.packId });
      let words = 0;
      for (const area of detail.areas)
        for (const n of (await call(t.ctx, 'areas.get', { areaId: area.id })).narratives) words += countWords(n.doc);
      const evidence = (await call(t.ctx, 'evidence.list', { packId: made.packId, limit: 1000 })).items;
      const actions = await call(t.ctx, 'actions.list', { packId: made.packId });
      const history = await call(t.ctx, 'audit.list', { entity: 'evidence', limit: 500 });
      // What the search index and the kept review dates give (filled once at the end in one transaction).
      const found = (await call(t.ctx, 'evidence.list', { text: 'children', limit: 1000 })).items.map((e) => e.reference);
      await expectKeptReviewDatesAgree(t.ctx.db, evidenceThroughContract ? 'through the contract' : 'in one transaction');
      return { made, words, evidence, actions, history, found };
    } finally {
      await t.cleanup();
    }
  }

  it('makes exactly the sizes asked for', async () => {
    const { made, words, evidence, actions } = await generate(false);
    expect(evidence).toHaveLength(40);
    expect(made.evidenceIds).toHaveLength(40);
    expect(evidence.reduce((n, e) => n + e.linkedAreas.length, 0)).toBe(made.links);
    expect(actions).toHaveLength(16);
    expect(new Set(actions.map((a) => a.rag))).toEqual(new Set(RAGS));
    expect(words).toBe(3000);
  });

  it('writes the same evidence, references and history in one transaction as through the contract', async () => {
    const bulk = await generate(false);
    const viaContract = await generate(true);
    const shape = (rows: EvidenceRow[]) =>
      rows.map(({ id: _id, createdAt: _c, updatedAt: _u, linkedAreas, ...rest }) => ({
        ...rest,
        linkedAreas: linkedAreas.map((a) => a.title),
      }));
    expect(shape(bulk.evidence)).toEqual(shape(viaContract.evidence));
    expect(bulk.evidence[0]!.reference).toBe('E001');
    expect(bulk.found.length).toBeGreaterThan(0);
    expect(bulk.found).toEqual(viaContract.found);
    // The same entries, ignoring the order of entries written at the same moment and the generated area ids.
    const entries = (h: typeof bulk.history) =>
      h.map((e) => JSON.stringify([e.action, e.actor, e.after]).replace(/"areaId":"[^"]+"/g, '"areaId":"-"')).sort();
    expect(entries(bulk.history)).toEqual(entries(viaContract.history));
  });
});
