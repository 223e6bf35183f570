// Every record people edit at the same time carries a version, on both engines (a contract test): a save
// made against a version someone else has since moved on is refused, saying who saved it, with the record
// as it now is, and nothing is written; a save against the current version, a save that changes nothing
// and a save that names no version (the command line) go ahead.
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

/** One kind of record: how to read its version and how to save a change to it. */
interface Kind {
  what: RegExp;
  read(): Promise<{ version: number; shown: string }>;
  save(text: string, baseVersion?: number): Promise<unknown>;
}

const KINDS: Record<string, () => Promise<Kind>> = {
  action: async () => {
    const { id } = await call(ctx, 'actions.create', { packId, title: 'Weekly timeliness review' });
    return {
      what: /saved the action A\d+ at \d\d:\d\d while you were editing/,
      read: async () => {
        const action = (await call(ctx, 'actions.list', { packId })).find((a) => a.id === id)!;
        return { version: action.version, shown: action.owner };
      },
      save: (owner, baseVersion) => dispatch(ctx, 'actions.update', { actionId: id, owner, baseVersion }),
    };
  },
  'evidence item': async () => {
    const { id } = await call(ctx, 'evidence.create', { title: 'Case-file audit, March', type: 'case_file_audit' });
    return {
      what: /saved the evidence item E\d+ at \d\d:\d\d while you were editing/,
      read: async () => {
        const item = (await call(ctx, 'evidence.get', { evidenceId: id })).evidence;
        return { version: item.version, shown: item.owner };
      },
      save: (owner, baseVersion) => dispatch(ctx, 'evidence.update', { evidenceId: id, owner, baseVersion }),
    };
  },
  'pack’s details': async () => ({
    what: /saved the pack’s details at \d\d:\d\d while you were editing/,
    read: async () => {
      const { pack } = await call(ctx, 'packs.get', { packId });
      return { version: pack.detailsVersion, shown: pack.title };
    },
    save: (title, baseVersion) => dispatch(ctx, 'packs.update', { packId, title, baseVersion }),
  }),
  area: async () => ({
    what: /saved “The experiences and progress of children who need help and protection” at \d\d:\d\d while you were editing/,
    read: async () => {
      const { area } = await call(ctx, 'areas.get', { areaId });
      return { version: area.version, shown: area.strengths.join() };
    },
    save: (strength, baseVersion) => dispatch(ctx, 'areas.update', { areaId, strengths: [strength], baseVersion }),
  }),
};

describe.each(Object.keys(KINDS))('a stale save of an %s', (kind) => {
  it('is refused with who saved it and the record as it now is, and nothing is written', async () => {
    const record = await KINDS[kind]!();
    const read = await record.read();
    await as('Dana Director');
    expect(await record.save('Dana’s', read.version)).toMatchObject({ ok: true });
    const theirs = await record.read();
    expect(theirs.version).toBe(read.version + 1);

    await as('Alex Author');
    const stale = await record.save('Alex’s', read.version);
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(new RegExp(`^Dana Director ${record.what.source}`)), conflict: { by: 'Dana Director' } },
    });
    expect(JSON.stringify(stale)).toContain('Dana’s');
    expect(await record.read()).toEqual(theirs);

    // Saved again against the version it now has, the change goes through.
    expect(await record.save('Both', theirs.version)).toMatchObject({ ok: true });
    expect(await record.read()).toEqual({ version: theirs.version + 1, shown: 'Both' });
  });

  it('goes ahead when it changes nothing, or names no version', async () => {
    const record = await KINDS[kind]!();
    const first = await record.read();
    await record.save('Changed', first.version);
    // The same value again from a stale editor (an autosave repeating itself) is not a conflict, and no new version.
    expect(await record.save('Changed', first.version)).toMatchObject({ ok: true });
    expect((await record.read()).version).toBe(first.version + 1);
    // The command line and scripts name no version: last save wins, as before.
    expect(await record.save('From a script')).toMatchObject({ ok: true });
    expect(await record.read()).toEqual({ version: first.version + 2, shown: 'From a script' });
  });
});
