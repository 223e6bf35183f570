// Two people at once against a real PostgreSQL: a stale save is refused with the other person's text and
// name; each sees the other's changes without reloading (LISTEN/NOTIFY), with who made them; a client
// killed in the middle of a transaction loses nothing it was told was saved and holds nothing up.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, dispatch } from '../../src/core/dispatch';
import type { ChangeEvent } from '../../src/shared/events';
import type { RichDoc } from '../../src/shared/richtext';
import { memberUrl, teamFixture, type TeamFixture } from '../support/team';

const doc = (text: string): RichDoc => ({ type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let team: TeamFixture;
let area: string;
beforeEach(async () => {
  team = await teamFixture();
  await team.add('dana', 'director', { name: 'Dana Director' });
  await team.add('alex', 'author', { name: 'Alex Author', areas: ['help-and-protection'] });
  area = team.areas['help-and-protection']!;
});
afterEach(async () => team.cleanup());

/** Resolves once an event passes the test, or fails after a while (no timing is asserted). */
function eventually(events: ChangeEvent[], test: (e: ChangeEvent) => boolean, what: string): Promise<ChangeEvent> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const found = events.find(test);
      if (found) resolve(found);
      else if (Date.now() - started > 20_000) reject(new Error(`No change event ${what} arrived`));
      else setTimeout(look, 25);
    };
    look();
  });
}

describe('two people editing the same narrative', () => {
  it('refuses the stale save with the other person’s text and name, and writes nothing', async () => {
    const [alex, dana] = [await team.as('alex'), await team.as('dana')];
    const read = (await call(alex, 'areas.get', { areaId: area })).narratives[0]!;
    await call(dana, 'narratives.save', { areaId: area, sectionId: read.sectionId, doc: doc('Dana’s words.'), baseVersion: read.version });
    const stale = await dispatch(alex, 'narratives.save', { areaId: area, sectionId: read.sectionId, doc: doc('Alex’s words.'), baseVersion: read.version });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Dana Director saved “.*” at \d\d:\d\d while you were editing/),
        conflict: { by: 'Dana Director', current: { doc: doc('Dana’s words.'), version: read.version + 1 } },
      },
    });
    const now = (await call(dana, 'areas.get', { areaId: area })).narratives[0]!;
    expect(now.doc).toEqual(doc('Dana’s words.'));
    // Merged, against the version it now has, the save goes through.
    const merged = await call(alex, 'narratives.save', { areaId: area, sectionId: read.sectionId, doc: doc('Both.'), baseVersion: now.version });
    expect(merged).toMatchObject({ version: now.version + 1, updatedBy: 'Alex Author' });
  });

  it('shows each person the other’s changes as they are made, with who made them', async () => {
    const [alex, dana] = [await team.as('alex'), await team.as('dana')];
    const heardByAlex: ChangeEvent[] = [];
    const heardByDana: ChangeEvent[] = [];
    const stopAlex = await alex.db.listen((e) => heardByAlex.push(e));
    const stopDana = await dana.db.listen((e) => heardByDana.push(e));
    await call(dana, 'narratives.save', { areaId: area, sectionId: 'what-we-know', doc: doc('From Dana.') });
    const event = await eventually(heardByAlex, (e) => e.entities.includes('narrative'), 'for Dana’s save');
    expect(event).toMatchObject({ origin: 'remote', actor: 'Dana Director', packIds: [team.packId] });
    // Nobody hears their own change as someone else's.
    await call(alex, 'narratives.save', { areaId: area, sectionId: 'what-we-know', doc: doc('From Alex.') });
    await eventually(heardByDana, (e) => e.actor === 'Alex Author', 'for Alex’s save');
    expect(heardByAlex.filter((e) => e.actor === 'Alex Author')).toEqual([]);
    // A change that is refused is never announced.
    await dispatch(alex, 'narratives.save', { areaId: team.areas['children-in-care']!, sectionId: 'what-we-know', doc: doc('No.') });
    await call(dana, 'packs.update', { packId: team.packId, title: 'After the refusal' });
    await eventually(heardByAlex, (e) => e.entities.includes('pack') && !e.entities.includes('narrative'), 'for the title');
    expect(heardByDana.filter((e) => e.actor === 'Alex Author')).toHaveLength(1);
    await stopAlex();
    await stopDana();
  });
});

describe('two people changing the same action or evidence item', () => {
  it('refuses the stale save with the other person’s values and name', async () => {
    const [alex, dana] = [await team.as('alex'), await team.as('dana')];
    const action = await call(dana, 'actions.create', { packId: team.packId, title: 'Weekly timeliness review', areaId: area });
    const item = await call(alex, 'evidence.create', { title: 'Case-file audit, March', type: 'case_file_audit' });

    await call(dana, 'actions.update', { actionId: action.id, owner: 'Head of service', baseVersion: action.version });
    expect(await dispatch(alex, 'actions.update', { actionId: action.id, rag: 'red', baseVersion: action.version })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Dana Director saved the action A\d+ at \d\d:\d\d while you were editing/),
        conflict: { by: 'Dana Director', current: { owner: 'Head of service', rag: 'green', version: action.version + 1 } },
      },
    });

    await call(alex, 'evidence.update', { evidenceId: item.id, owner: 'Quality lead', baseVersion: item.version });
    expect(await dispatch(dana, 'evidence.update', { evidenceId: item.id, title: 'Audit', baseVersion: item.version })).toMatchObject({
      ok: false,
      error: { code: 'conflict', conflict: { by: 'Alex Author', current: { owner: 'Quality lead', title: 'Case-file audit, March' } } },
    });
    const now = (await call(dana, 'evidence.get', { evidenceId: item.id })).evidence;
    expect(now).toMatchObject({ title: 'Case-file audit, March', version: item.version + 1 });
  });
});

describe('who is signed in, and who else is here', () => {
  it('tells each app its login and role, and lists the team', async () => {
    const alex = await team.as('alex');
    const session = await call(alex, 'session.get', {});
    expect(session).toMatchObject({ engine: 'postgres', login: 'alex', name: 'Alex Author', role: 'author' });
    expect(session.where).not.toContain(new URL(team.adminUrl).password);
    expect(await call(alex, 'members.list', {})).toEqual([
      { login: 'alex', name: 'Alex Author', role: 'author' },
      { login: 'dana', name: 'Dana Director', role: 'director' },
    ]);
  });

  it('shows who has the pack open and where, tells the others of a move, and forgets someone who leaves', async () => {
    const [alex, dana] = [await team.as('alex'), await team.as('dana')];
    const heardByDana: ChangeEvent[] = [];
    const stop = await dana.db.listen((e) => heardByDana.push(e));
    await call(dana, 'presence.here', { packId: team.packId, areaId: null });
    await call(alex, 'presence.here', { packId: team.packId, areaId: area });
    await eventually(heardByDana, (e) => e.entities.includes('presence') && e.packIds.includes(team.packId), 'for Alex arriving');
    expect(await call(dana, 'presence.list', { packId: team.packId })).toEqual([
      { login: 'alex', name: 'Alex Author', areaId: area, areaTitle: expect.stringMatching(/help and protection/) },
    ]);
    // Nobody is shown to themselves.
    expect(await call(alex, 'presence.list', { packId: team.packId })).toEqual([expect.objectContaining({ login: 'dana', areaId: null })]);
    // Nobody can say where someone else is: the database keeps each row to its own login.
    await expect(alex.db.run("UPDATE presence SET area_id = NULL WHERE login = 'dana'")).resolves.toMatchObject({ changes: 0 });
    await expect(alex.db.run("INSERT INTO presence (login, pack_id) VALUES ('dana', 'elsewhere')")).rejects.toMatchObject({ code: 'forbidden' });

    await alex.db.close();
    expect(await call(dana, 'presence.list', { packId: team.packId })).toEqual([]);
    await stop();
  });
});

describe('a client killed in the middle of a transaction', () => {
  it('loses nothing it was told was saved, and holds nothing up', async () => {
    const script = fileURLToPath(new URL('../support/kill-mid-transaction.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, memberUrl(team.adminUrl, 'dana'), area, '5'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acknowledged: number[] = [];
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        for (const match of output.matchAll(/acknowledged (\d+)\n/g)) if (!acknowledged.includes(Number(match[1]))) acknowledged.push(Number(match[1]));
        if (output.includes('in transaction\n')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`The client stopped early (exit ${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(acknowledged).toEqual([1, 2, 3, 4, 5]);

    const alex = await team.as('alex');
    const narratives = (await call(alex, 'areas.get', { areaId: area })).narratives;
    const texts = narratives.map((n) => JSON.stringify(n.doc));
    for (const last of ['Save 3', 'Save 4', 'Save 5']) expect(texts.some((t) => t.includes(last))).toBe(true);
    expect(texts.some((t) => t.includes('never'))).toBe(false);
    // The dead client's locks went with it: the same rows can be written at once.
    const saved = await call(alex, 'narratives.save', { areaId: area, sectionId: 'what-we-know', doc: doc('After the crash.') });
    expect(saved.doc).toEqual(doc('After the crash.'));
    const history = await call(team.admin, 'audit.list', { packId: team.packId, entity: 'narrative', limit: 50 });
    expect(history.filter((h) => h.login === 'dana')).toHaveLength(5);
  });
});
