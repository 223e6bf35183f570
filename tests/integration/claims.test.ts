// Claims checked against their evidence, in readiness, as at the pack's date, each flag pointing at its
// paragraph: a "What do you know" paragraph with nothing cited, an area whose cited evidence is all out of
// date, and a figure in the text that is not the figure of the indicator the sentence cites.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import type { Inline, RichDoc } from '../../src/shared/richtext';
import { setDisplayName } from '../support/minimal-pack';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let packId: string;
let areaId: string;
let fresh: string;
let stale: string;

const t = (text: string): Inline => ({ type: 'text', text });
const cite = (evidenceId: string): Inline => ({ type: 'citation', evidenceId });
const figure = (period?: string): Inline => (period ? { type: 'indicator', indicatorId: 're-referrals-within-12-months', period } : { type: 'indicator', indicatorId: 're-referrals-within-12-months' });
const doc = (...blocks: RichDoc['blocks']): RichDoc => ({ type: 'doc', blocks });
const p = (...content: Inline[]) => ({ type: 'paragraph' as const, content });

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
  await setDisplayName(ctx, 'Priya Shah');
  const pack = await call(ctx, 'packs.create', { title: 'SEF', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-11-01' });
  packId = pack.id;
  areaId = (await call(ctx, 'packs.get', { packId })).areas.find((a) => a.areaKey === 'help-and-protection')!.id;
  fresh = (await call(ctx, 'evidence.create', { title: 'Audit, October', type: 'case_file_audit', reviewDue: '2027-04-30' })).id;
  stale = (await call(ctx, 'evidence.create', { title: 'Audit, last year', type: 'case_file_audit', reviewDue: '2026-06-30' })).id;
  await call(ctx, 'indicators.setValues', {
    values: [
      { indicatorId: 're-referrals-within-12-months', comparator: 'council', periodKind: 'quarter', periodEnd: '2026-06-30', value: 19.6, source: 'LAIT', extractedOn: '2026-07-20' },
      { indicatorId: 're-referrals-within-12-months', comparator: 'council', periodKind: 'quarter', periodEnd: '2026-09-30', value: 21.4, source: 'LAIT', extractedOn: '2026-10-20' },
      { indicatorId: 're-referrals-within-12-months', comparator: 'england', periodKind: 'quarter', periodEnd: '2026-09-30', value: 22.1, source: 'LAIT', extractedOn: '2026-10-20' },
      // After the pack's date: the pack cannot know it.
      { indicatorId: 're-referrals-within-12-months', comparator: 'council', periodKind: 'as_at', periodEnd: '2026-11-15', value: 18, source: 'Daily report', extractedOn: '2026-11-16' },
    ],
  });
});
afterEach(async () => cleanup());

async function flags(sections: Record<string, RichDoc>) {
  for (const [sectionId, d] of Object.entries(sections)) await call(ctx, 'narratives.save', { areaId, sectionId, doc: d });
  return (await call(ctx, 'readiness.get', { packId })).flags.filter((f) => f.areaId === areaId);
}

describe('claims checked against their evidence', () => {
  it('flags each "What do you know" paragraph and list item that cites nothing, and only those', async () => {
    const found = await flags({
      'what-we-know': doc(
        { type: 'heading', level: 2, content: [t('Where we are')] },
        p(t('Practice is good and getting better across the front door and assessment teams.')),
        p(t('Since the inspection:')),
        { type: 'bullet_list', items: [[t('Audits rated good rose to 62% '), cite(fresh), t('.')], [t('Caseloads fell.')]] },
        p(t('Re-referrals were '), figure(), t(' in the quarter.')),
        p(t('   ')),
      ),
      'how-we-know': doc(p(t('We audit monthly and listen to families.'))),
    });
    expect(found.map((f) => [f.kind, f.sectionId, f.blockIndex, f.itemIndex, f.excerpt])).toEqual([
      ['uncited', 'what-we-know', 1, null, 'Practice is good and getting better across the front door and assessment…'],
      ['uncited', 'what-we-know', 3, 1, 'Caseloads fell.'],
    ]);
    expect(found[0]).toMatchObject({
      areaTitle: 'The experiences and progress of children who need help and protection',
      sectionTitle: 'What do you know about the quality and impact of social work practice in your local authority?',
      message: 'This paragraph says what you know but cites no evidence or indicator. Cite what shows it, or say how you know it in the next section.',
    });
  });

  it('flags an area whose cited evidence is all out of date at the pack’s date, at the first paragraph citing it', async () => {
    const found = await flags({ 'what-we-know': doc(p(t('Audits show improvement '), cite(stale), t('.'))), 'how-we-know': doc(p(t('Audited again '), cite(stale))) });
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'evidence_out_of_date',
        sectionId: 'what-we-know',
        blockIndex: 0,
        message: expect.stringMatching(/^Every piece of evidence this area cites is past its review date at 1 November 2026 \(E002\)\. Refresh it/),
      }),
    ]);
    // One current item among them is enough.
    expect(await flags({ 'how-we-know': doc(p(t('Audited again '), cite(fresh))) })).toEqual([]);
  });

  it('flags a figure written beside a citation that is not the cited figure, and accepts a rounded one, a comparator’s, or a figure further off', async () => {
    const found = await flags({
      'what-we-know': doc(
        p(t('Re-referrals fell to 18% '), figure(), t('. Audits confirm it '), cite(fresh), t('.')),
        p(t('Re-referrals were 21% '), figure(), t(', against England’s 22.1% and 19.6% the quarter before.')),
        p(t('In the first quarter 19.6 per cent of referrals were re-referrals '), figure('quarter:2026-06-30'), t('.')),
        p(t('By mid-November the rate was 18% '), figure('as_at:2026-11-15'), t('.')),
        p(t('Re-referrals have fallen from 29% in 2023 to '), figure(), t('.')),
        p(t('The latest figure, '), figure(), t(' (19%), is still above our target.')),
      ),
    });
    expect(found.map((f) => [f.kind, f.blockIndex, f.message])).toEqual([
      ['figure_contradicts', 0, 'The text says 18%, but the cited figure for Re-referrals within 12 months of a previous referral is 21.4% (Q2 2026–27). Correct the text or the citation.'],
      ['figure_missing', 3, 'This cites Re-referrals within 12 months of a previous referral, which has no figure at 15 November 2026. Import the figure, or cite another period.'],
      ['figure_contradicts', 5, 'The text says 19%, but the cited figure for Re-referrals within 12 months of a previous referral is 21.4% (Q2 2026–27). Correct the text or the citation.'],
    ]);
  });
});
