// Readiness counts a pack's evidence in SQL (src/core/packs/readiness.ts), per area and, each item once,
// for the whole pack, as at the pack's date and as at today. This checks those counts against the
// straightforward count: every link taken one by one and judged by the shared evidenceFreshness() rule,
// on the edges where SQL and the rule could part: an item reviewed exactly on the date, exactly at the end
// of the "due soon" window and the day after it, the day before, one with no review date, one linked to two
// areas, one linked to nothing and one linked only to another pack. A contract test: both engines.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call } from '../../src/core/dispatch';
import { REVIEW_DUE_SOON_DAYS } from '../../src/shared/domain';
import { addDays } from '../../src/shared/dates';
import { evidenceFreshness } from '../../src/shared/rules';
import { databaseWithOnePack } from '../support/one-pack';
import { expectKeptReviewDatesAgree } from '../support/review-dates';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let packId: string;

beforeEach(async () => {
  ({ ctx, cleanup, packId } = await databaseWithOnePack());
});
afterEach(async () => cleanup());

interface Counts {
  evidence: number;
  outOfDate: number;
  dueSoon: number;
}

/** The straightforward count: each item once, judged by the shared rule on the given date. */
function countOf(reviewDates: (string | null)[], onDate: string): Counts {
  const freshness = reviewDates.map((d) => evidenceFreshness(d, onDate));
  return {
    evidence: reviewDates.length,
    outOfDate: freshness.filter((f) => f === 'out_of_date').length,
    dueSoon: freshness.filter((f) => f === 'due_soon').length,
  };
}

describe('readiness evidence counts', () => {
  it('agree with counting every link one by one, on the edges of out of date and due soon', async () => {
    const { areas, pack } = await call(ctx, 'packs.get', { packId });
    const [first, second, third] = areas;
    const asAt = pack.asAt;
    const { today } = await call(ctx, 'readiness.get', { packId });
    expect(asAt < today, 'the pack is judged as at a date before today').toBe(true);

    const edgesOf = (date: string) => [
      date,
      addDays(date, -1),
      addDays(date, REVIEW_DUE_SOON_DAYS),
      addDays(date, REVIEW_DUE_SOON_DAYS + 1),
    ];
    const reviewDates = [...edgesOf(asAt), ...edgesOf(today), null];
    // Each review date once on the first area, every second one also on the second area, one on the third.
    const linked = new Map<string, (string | null)[]>([[first!.id, []], [second!.id, []], [third!.id, []]]);
    const pushTo = (areaId: string, reviewDue: string | null) => linked.get(areaId)!.push(reviewDue);
    for (const [n, reviewDue] of reviewDates.entries()) {
      const item = await call(ctx, 'evidence.create', { title: `Audit ${n}`, type: 'case_file_audit', reviewDue });
      await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: first!.id });
      pushTo(first!.id, reviewDue);
      if (n % 2 === 0) {
        await call(ctx, 'evidence.link', { evidenceId: item.id, areaId: second!.id });
        pushTo(second!.id, reviewDue);
      }
    }
    const onlyThird = await call(ctx, 'evidence.create', { title: 'Survey', type: 'staff_survey', reviewDue: addDays(asAt, -10) });
    await call(ctx, 'evidence.link', { evidenceId: onlyThird.id, areaId: third!.id });
    pushTo(third!.id, addDays(asAt, -10));
    // Neither of these is the pack's evidence.
    await call(ctx, 'evidence.create', { title: 'Unlinked', type: 'other', reviewDue: asAt });
    const other = await call(ctx, 'packs.create', { title: 'Another', frameworkId: 'ilacs-2023', period: '2025–26', asAt });
    const otherArea = (await call(ctx, 'packs.get', { packId: other.id })).areas[0]!;
    const elsewhere = await call(ctx, 'evidence.create', { title: 'Elsewhere', type: 'other', reviewDue: asAt });
    await call(ctx, 'evidence.link', { evidenceId: elsewhere.id, areaId: otherArea.id });

    const readiness = await call(ctx, 'readiness.get', { packId });
    for (const area of readiness.areas) {
      const expected = countOf(linked.get(area.areaId) ?? [], asAt);
      expect({ area: area.title, evidence: area.evidenceCount, outOfDate: area.evidenceOutOfDate, dueSoon: area.evidenceDueSoon })
        .toEqual({ area: area.title, ...expected });
    }
    const packItems = [...reviewDates, addDays(asAt, -10)];
    const atAsAt = countOf(packItems, asAt);
    expect(atAsAt.dueSoon, 'the edges make due-soon items as at the pack date').toBeGreaterThan(1);
    expect(readiness.totals).toMatchObject({ evidence: atAsAt.evidence, evidenceOutOfDate: atAsAt.outOfDate, evidenceDueSoon: atAsAt.dueSoon });
    const atToday = countOf(packItems, today);
    expect(readiness.todayTotals).toMatchObject({ evidenceOutOfDate: atToday.outOfDate, evidenceDueSoon: atToday.dueSoon });
  });

  it('read review dates that follow every change to links, review dates, items, areas and packs', async () => {
    const { areas } = await call(ctx, 'packs.get', { packId });
    const [first, second, third] = areas;
    const item = (title: string, reviewDue: string | null) => call(ctx, 'evidence.create', { title, type: 'other', reviewDue });
    const link = (evidenceId: string, areaId: string) => call(ctx, 'evidence.link', { evidenceId, areaId });
    const twice = await item('Linked to two areas', '2026-12-01');
    const once = await item('Linked to one area', null);
    const later = await item('Linked later', '2026-01-01');
    const doomed = await item('Deleted', '2026-06-01');
    await link(twice.id, first!.id);
    await link(twice.id, second!.id);
    await link(once.id, third!.id);
    await link(doomed.id, first!.id);
    await expectKeptReviewDatesAgree(ctx.db, 'after linking');
    expect((await call(ctx, 'readiness.get', { packId })).totals.evidence).toBe(3);

    // A pack made from this one copies its links; then each kind of change, checked as it lands.
    const copy = await call(ctx, 'packs.createFromPrevious', { previousPackId: packId, title: 'SEF 2027–28', period: '2027–28', asAt: '2027-11-01' });
    await expectKeptReviewDatesAgree(ctx.db, 'after copying the pack');
    expect((await call(ctx, 'readiness.get', { packId: copy.id })).totals.evidence).toBe(3);
    await call(ctx, 'evidence.update', { evidenceId: twice.id, baseVersion: twice.version, reviewDue: '2026-10-01' });
    await expectKeptReviewDatesAgree(ctx.db, 'after changing a review date');
    await call(ctx, 'evidence.update', { evidenceId: once.id, baseVersion: once.version, reviewDue: '2027-03-01' });
    await expectKeptReviewDatesAgree(ctx.db, 'after giving an item a review date');
    await call(ctx, 'evidence.unlink', { evidenceId: twice.id, areaId: first!.id });
    await expectKeptReviewDatesAgree(ctx.db, 'after unlinking one of two areas');
    expect((await call(ctx, 'readiness.get', { packId })).totals.evidence, 'still linked to the second area').toBe(3);
    await call(ctx, 'evidence.unlink', { evidenceId: once.id, areaId: third!.id });
    await expectKeptReviewDatesAgree(ctx.db, 'after unlinking its only area');
    expect((await call(ctx, 'readiness.get', { packId })).totals.evidence).toBe(2);
    await link(later.id, third!.id);
    await call(ctx, 'evidence.delete', { evidenceId: doomed.id });
    await expectKeptReviewDatesAgree(ctx.db, 'after deleting an item linked in both packs');
    await call(ctx, 'packs.delete', { packId: copy.id });
    await expectKeptReviewDatesAgree(ctx.db, 'after deleting a pack');
    const readiness = await call(ctx, 'readiness.get', { packId });
    expect(readiness.totals).toMatchObject({ evidence: 2, evidenceOutOfDate: 2 });
  });
});
