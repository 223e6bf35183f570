// Review and sign-off, on both engines (a contract test): areas assigned to an author and a reviewer,
// "submit for review" telling the reviewer in the app, comments on a section or a paragraph answered and
// resolved, what is waiting for whom, and what is outstanding before approval.
import { userInfo } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import { setDisplayName } from '../support/minimal-pack';
import { databaseWithOnePack } from '../support/one-pack';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let packId: string;
let areaId: string;

const as = (name: string) => setDisplayName(ctx, name);

beforeEach(async () => {
  ({ ctx, cleanup, packId, areaId } = await databaseWithOnePack());
});
afterEach(async () => cleanup());

describe('review', () => {
  it('assigns an area, tells the reviewer when it is submitted, and shows whose move it is', async () => {
    await as('Dana Director');
    await call(ctx, 'assignments.set', { areaId, author: 'Alex Author', reviewer: 'Quinn Quality' });
    let row = (await call(ctx, 'review.overview', { packId })).find((r) => r.areaId === areaId)!;
    expect(row).toMatchObject({ author: 'Alex Author', reviewer: 'Quinn Quality', status: 'to_review', waitingFor: 'Alex Author' });

    await as('Alex Author');
    await call(ctx, 'areas.submitForReview', { areaId });
    row = (await call(ctx, 'review.overview', { packId })).find((r) => r.areaId === areaId)!;
    expect(row).toMatchObject({ status: 'in_review', waitingFor: 'Quinn Quality' });
    expect(await dispatch(ctx, 'areas.submitForReview', { areaId })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await as('Quinn Quality');
    const notices = await call(ctx, 'notices.list', {});
    expect(notices).toEqual([expect.objectContaining({ packId, areaId, text: expect.stringMatching(/^Alex Author submitted ".*" for your review\.$/), readAt: null })]);
  });

  it('comments on a section or a paragraph, answers and resolves them, and tells the author', async () => {
    await call(ctx, 'assignments.set', { areaId, author: 'Alex Author', reviewer: 'Quinn Quality' });
    await as('Quinn Quality');
    const question = await call(ctx, 'comments.add', { areaId, sectionId: 'how-we-know', paragraph: 1, text: 'Which audit shows this?' });
    expect(question).toMatchObject({ sectionId: 'how-we-know', paragraph: 1, parentId: null, author: 'Quinn Quality', resolvedAt: null });
    await as('Alex Author');
    expect((await call(ctx, 'notices.list', {}))[0]!.text).toMatch(/^Quinn Quality commented on/);
    await call(ctx, 'comments.add', { areaId, parentId: question.id, text: 'The March case-file audit (E014).' });
    expect((await call(ctx, 'review.overview', { packId })).find((r) => r.areaId === areaId)!.openComments).toBe(1);
    const resolved = await call(ctx, 'comments.resolve', { commentId: question.id });
    expect(resolved).toMatchObject({ resolvedBy: 'Alex Author' });
    expect((await call(ctx, 'comments.list', { areaId })).map((c) => c.text)).toEqual(['Which audit shows this?', 'The March case-file audit (E014).']);
    expect((await call(ctx, 'review.overview', { packId })).find((r) => r.areaId === areaId)!.openComments).toBe(0);
  });

  it('lists what is outstanding before approval: areas not agreed, empty sections, out-of-date evidence, unresolved comments', async () => {
    await call(ctx, 'comments.add', { areaId, text: 'Not yet.' });
    // Due for review before the pack's date (1 November 2026).
    const stale = await call(ctx, 'evidence.create', { title: 'Audit, last year', type: 'case_file_audit', reviewDue: '2026-06-01' });
    await call(ctx, 'evidence.link', { evidenceId: stale.id, areaId });
    const outstanding = await call(ctx, 'packs.outstanding', { packId });
    expect(outstanding.ready).toBe(false);
    expect(outstanding.unresolvedComments).toBe(1);
    expect(outstanding.evidenceOutOfDate).toBe(1);
    expect(outstanding.areasNotAgreed.map((a) => a.areaId)).toContain(areaId);
    expect(outstanding.emptySections.filter((s) => s.areaId === areaId)).toHaveLength(3);
    expect(outstanding.ruleBreaches).toEqual([]);
  });

  it('records the operating system’s login beside the display name on sign-off in a local file', async () => {
    await as('Dana Director');
    const approved = await call(ctx, 'packs.approve', { packId });
    const who = await ctx.db.identity(ctx.db);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Dana Director', approvedLogin: who.login });
    // In a team database the login is the one the server authenticated (tests/team/roles.test.ts).
    if (ctx.db.engine === 'sqlite') expect(who.login).toBe(userInfo().username);
    const [entry] = await call(ctx, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'Approved pack', actor: 'Dana Director', login: who.login });
  });

  it('records the operating system’s login beside the display name in a local file', async () => {
    await as('Dana Director');
    await call(ctx, 'packs.update', { packId, title: 'SEF 2026–27 (signed off)' });
    const [entry] = await call(ctx, 'audit.list', { limit: 1 });
    const who = await ctx.db.identity(ctx.db);
    expect(entry).toMatchObject({ actor: 'Dana Director', login: who.login });
    expect(who.login).not.toBe('');
  });
});
