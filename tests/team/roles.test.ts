// The database is the guard: each person signs in with their own login, and what their role may do is
// enforced by PostgreSQL's grants and row-level security, so a modified client (here: plain SQL sent with
// the person's own login) can do no more than the app would let it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTeamDatabase } from '../../src/core/db/postgres';
import { call, dispatch } from '../../src/core/dispatch';
import type { RichDoc } from '../../src/shared/richtext';
import { teamFixture, type TeamFixture } from '../support/team';

const doc = (text: string): RichDoc => ({ type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let team: TeamFixture;
beforeEach(async () => {
  team = await teamFixture();
  await team.add('dana', 'director', { name: 'Dana Director' });
  await team.add('quinn', 'quality_lead', { name: 'Quinn Quality' });
  await team.add('alex', 'author', { name: 'Alex Author', areas: ['help-and-protection'] });
  await team.add('rita', 'reader', { name: 'Rita Reader' });
});
afterEach(async () => team.cleanup());

describe('signing in', () => {
  it('refuses an administrator login at run time, and a wrong password', async () => {
    await expect(openTeamDatabase(team.adminUrl)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/administrator's login/) });
    const wrong = new URL(team.adminUrl);
    wrong.username = 'alex';
    wrong.password = 'not the password';
    const refused = openTeamDatabase(wrong.toString());
    await expect(refused).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/did not accept that login and password/) });
    await expect(refused).rejects.not.toMatchObject({ message: expect.stringContaining('not the password') });
  });

  it('records the member and their role, and the authenticated login in the history', async () => {
    const alex = await team.as('alex');
    expect(await alex.db.identity(alex.db)).toEqual({ login: 'alex', name: 'Alex Author', role: 'author' });
    await call(alex, 'narratives.save', { areaId: team.areas['help-and-protection']!, sectionId: 'what-we-know', doc: doc('We know it.') });
    const [entry] = await call(team.admin, 'audit.list', { packId: team.packId, limit: 1 });
    expect(entry).toMatchObject({ actor: 'Alex Author', login: 'alex', action: expect.stringMatching(/^Changed narrative/) });
  });
});

describe('an author', () => {
  it('writes the areas assigned to them', async () => {
    const alex = await team.as('alex');
    const saved = await call(alex, 'narratives.save', { areaId: team.areas['help-and-protection']!, sectionId: 'what-we-know', doc: doc('Ours.') });
    expect(saved.doc).toEqual(doc('Ours.'));
    const area = await call(alex, 'areas.update', { areaId: team.areas['help-and-protection']!, strengths: ['Timely visits'] });
    expect(area.strengths).toEqual(['Timely visits']);
  });

  it('is refused outside their areas by the database itself, not by the app', async () => {
    const alex = await team.as('alex');
    const other = team.areas['children-in-care']!;
    // Through the app: the database's refusal comes back as a sentence.
    const result = await dispatch(alex, 'narratives.save', { areaId: other, sectionId: 'what-we-know', doc: doc('Not mine.') });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // As a modified client would: plain SQL with the author's own login.
    await expect(
      alex.db.run("INSERT INTO narratives (area_id, section_id, doc_json, updated_at, updated_by) VALUES (?, 'extra', '{}', 't', 'x')", [other]),
    ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/row-level security/) });
    expect((await alex.db.run("UPDATE narratives SET doc_json = '{}' WHERE area_id = ?", [other])).changes).toBe(0);
    expect((await alex.db.run("UPDATE pack_areas SET grade = 'good' WHERE id = ?", [team.areas['help-and-protection']!]).catch((e) => e)).code).toBe('forbidden');
    const [narrative] = (await call(team.admin, 'areas.get', { areaId: other })).narratives;
    expect(narrative!.doc.blocks).toEqual([]);
  });

  it('cannot mark their own area agreed', async () => {
    const alex = await team.as('alex');
    expect(await dispatch(alex, 'areas.update', { areaId: team.areas['help-and-protection']!, status: 'agreed' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('a reader', () => {
  it('reads and exports, and is refused every write', async () => {
    const rita = await team.as('rita');
    expect((await call(rita, 'packs.list', {})).map((p) => p.id)).toEqual([team.packId]);
    expect(await dispatch(rita, 'evidence.create', { title: 'Audit', type: 'other' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(rita, 'narratives.save', { areaId: team.areas['help-and-protection']!, sectionId: 'what-we-know', doc: doc('x') })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(rita.db.run("UPDATE packs SET title = 'Mine'")).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/permission denied/) });
  });
});

describe('the audit log', () => {
  const LOGIN_OF_ROLE = { director: 'dana', 'quality-lead': 'quinn', author: 'alex', reader: 'rita' } as const;
  const CHANGES = { UPDATE: "UPDATE audit_log SET actor = 'Someone else'", DELETE: 'DELETE FROM audit_log', TRUNCATE: 'TRUNCATE audit_log' };

  for (const [role, login] of Object.entries(LOGIN_OF_ROLE))
    for (const [change, sql] of Object.entries(CHANGES))
      it(`refuses ${change} from the ${role} role, in the database`, async () => {
        await call(team.admin, 'packs.update', { packId: team.packId, title: 'SEF 2026–27 (draft 2)' });
        const member = await team.as(login);
        await expect(member.db.run(sql)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/permission denied/) });
        const left = await team.admin.db.get<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
        expect(left!.n).toBeGreaterThan(0);
      });

  it('refuses even the owner, by the trigger', async () => {
    await expect(team.admin.db.run("UPDATE audit_log SET actor = 'x'")).rejects.toMatchObject({ message: expect.stringMatching(/append-only/) });
  });

  it('records the login and the display name the database holds, whatever a client sends', async () => {
    const dana = await team.as('dana');
    await dana.db.run(
      "INSERT INTO audit_log (at, actor, login, entity, entity_id, action) VALUES ('t', 'Quinn Quality', 'quinn', 'pack', 'p', 'Forged')",
    );
    const forged = await dana.db.get<{ login: string; actor: string }>("SELECT login, actor FROM audit_log WHERE action = 'Forged'");
    expect(forged).toEqual({ login: 'dana', actor: 'Dana Director' });
  });
});

describe('approval', () => {
  it('is the director’s: a quality lead does everything else, and the director’s login is recorded', async () => {
    const quinn = await team.as('quinn');
    await call(quinn, 'packs.submitForReview', { packId: team.packId });
    expect(await dispatch(quinn, 'packs.approve', { packId: team.packId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const dana = await team.as('dana');
    const approved = await call(dana, 'packs.approve', { packId: team.packId });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Dana Director', approvedLogin: 'dana' });
    expect(await dispatch(quinn, 'packs.update', { packId: team.packId, title: 'Changed' })).toMatchObject({ ok: false });
  });
});
