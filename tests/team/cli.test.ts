// The team commands as IT uses them, in-process: init, add-member (password from the environment), push a
// local file into an empty team database and pull it back out, losslessly; and --url for check and dump.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { openDatabaseReadOnly } from '../../src/core/db/open';
import { dumpDatabase } from '../../src/core/interchange';
import { freshTeamDatabase } from '../support/postgres-databases';
import { memberUrl, PASSWORD } from '../support/team-logins';
import { tempDir } from '../support/tempdb';

async function sef(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

let team: Awaited<ReturnType<typeof freshTeamDatabase>>;
let dir: string;
let cleanupDir: () => Promise<void>;
beforeEach(async () => {
  team = await freshTeamDatabase();
  ({ dir, cleanup: cleanupDir } = await tempDir());
  process.env.SEF_MEMBER_PASSWORD = PASSWORD;
});
afterEach(async () => {
  delete process.env.SEF_MEMBER_PASSWORD;
  await team.drop();
  await cleanupDir();
});

describe('sef team', () => {
  it('sets up, adds a member, moves a local file in and pulls an identical copy out', async () => {
    const init = await sef('team', 'init', '--url', team.adminUrl);
    expect(init).toMatchObject({ code: 0, out: expect.stringMatching(/up to schema version \d+/) });
    const added = await sef('team', 'add-member', 'pat.jones', '--role', 'quality-lead', '--name', 'Pat Jones', '--url', team.adminUrl);
    expect(added).toMatchObject({ code: 0, out: expect.stringMatching(/^Added pat\.jones as quality lead\./) });
    expect(added.out + added.err).not.toContain(PASSWORD);

    const local = join(dir, 'demo.sqlite');
    expect((await sef('demo', '--out', local)).code).toBe(0);
    const pushed = await sef('team', 'push', local, '--url', team.adminUrl);
    expect(pushed).toMatchObject({ code: 0, out: expect.stringMatching(/^Moved .* into the team database: \d+ packs/) });

    const pat = memberUrl(team.adminUrl, 'pat.jones');
    const checked = await sef('check', '--url', pat);
    expect(checked).toMatchObject({ code: 0, out: expect.stringMatching(/Checks: ok/) });
    expect(checked.out).not.toContain(PASSWORD);

    const copy = join(dir, 'copy.sqlite');
    expect(await sef('team', 'pull', '--url', pat, '--out', copy)).toMatchObject({ code: 0 });
    const [before, after] = await Promise.all([local, copy].map(async (path) => {
      const db = await openDatabaseReadOnly(path);
      try {
        return await dumpDatabase(db, new Date('2026-11-23T10:00:00Z'));
      } finally {
        await db.close();
      }
    }));
    expect(after).toEqual(before);

    const json = join(dir, 'team.json');
    expect((await sef('dump', '--url', pat, '--out', json)).code).toBe(0);
    expect(JSON.parse(await readFile(json, 'utf8')).packs.length).toBe(before!.packs.length);
  });

  it('refuses an author’s areas for another role, a short password, and an unknown action', async () => {
    expect(await sef('team', 'add-member', 'dana', '--role', 'director', '--areas', 'leaders', '--url', team.adminUrl)).toMatchObject({
      code: 1,
      err: expect.stringMatching(/Only an author is given areas/),
    });
    process.env.SEF_MEMBER_PASSWORD = 'short';
    expect(await sef('team', 'add-member', 'dana', '--role', 'director', '--url', team.adminUrl)).toMatchObject({ code: 1, err: expect.stringMatching(/at least 12 characters/) });
    expect(await sef('team', 'frobnicate', '--url', team.adminUrl)).toMatchObject({ code: 2 });
  });
});
