// The main process's file of unsaved texts per database (electron/main/drafts-store.ts), on a real
// temporary folder.
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftsStore, draftsChannels, MAX_DRAFTS_BYTES, type KeptDraft } from '../../electron/main/drafts-store';

const draft = (key: string, text = 'Early help is reaching more families.'): KeptDraft => ({
  key,
  doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  baseVersion: 3,
  place: 'Help and protection – How well are children helped?',
});

async function storeInTemp() {
  const userData = await mkdtemp(join(tmpdir(), 'sef-drafts-'));
  const logged: string[] = [];
  const store = new DraftsStore({ userData, gapMs: 10_000, log: (m) => logged.push(m) });
  return { userData, store, logged };
}

describe('DraftsStore', () => {
  it('keeps drafts per database and reads them back after a restart', async () => {
    const { userData, store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1')]);
    store.keep('team:db.council.gov.uk/sef', [draft('pack:p1/context')]);
    await store.flush();
    const reopened = new DraftsStore({ userData });
    expect((await reopened.load('sqlite:abc')).map((d) => d.key)).toEqual(['narrative:a/1']);
    expect((await reopened.load('team:db.council.gov.uk/sef')).map((d) => d.key)).toEqual(['pack:p1/context']);
    expect(await reopened.load('sqlite:other')).toEqual([]);
  });

  it('writes only the last set of a burst, and leaves no temporary file', async () => {
    const { userData, store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1', 'first')]);
    store.keep('sqlite:abc', [draft('narrative:a/1', 'second')]);
    expect(await readdir(join(userData, 'drafts')).catch(() => [])).toEqual([]);
    await store.flush();
    const files = await readdir(join(userData, 'drafts'));
    expect(files).toHaveLength(1);
    expect(await readFile(join(userData, 'drafts', files[0]!), 'utf8')).toContain('second');
  });

  it('removes the file once nothing is left unsaved', async () => {
    const { userData, store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1')]);
    await store.flush();
    store.keep('sqlite:abc', []);
    await store.flush();
    expect(await readdir(join(userData, 'drafts'))).toEqual([]);
  });

  it('moves a corrupt file aside with a logged message instead of failing', async () => {
    const { userData, store, logged } = await storeInTemp();
    await mkdir(join(userData, 'drafts'), { recursive: true });
    await writeFile(store.fileFor('sqlite:abc'), '{"version":1,"drafts":[{"key":');
    expect(await store.load('sqlite:abc')).toEqual([]);
    expect(logged.join('\n')).toMatch(/could not be read; moved aside/);
    const files = await readdir(join(userData, 'drafts'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.unreadable-\d+$/);
  });

  it('keeps a set over the size cap without its largest texts, rather than leaving the older file', async () => {
    const { store, logged } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1', 'small, older')]);
    await store.flush();
    const huge = { ...draft('narrative:a/2', 'x'.repeat(MAX_DRAFTS_BYTES)), place: 'Leadership – How well do leaders know their services?' };
    store.keep('sqlite:abc', [draft('narrative:a/1', 'small, newer'), huge, draft('narrative:a/3', 'another')]);
    await store.flush();
    expect(logged.join('\n')).toMatch(/over \d+ bytes; kept without the largest: Leadership – How well do leaders know their services\?/);
    const kept = await store.load('sqlite:abc');
    expect(kept.map((d) => d.key)).toEqual(['narrative:a/1', 'narrative:a/3']);
    expect(JSON.stringify(kept)).toContain('small, newer');
  });

  it('writes the first set after a quiet spell at once, and spaces the ones that follow by the gap', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'sef-drafts-'));
    const store = new DraftsStore({ userData, gapMs: 60_000 });
    const onDisk = async () => JSON.stringify(await new DraftsStore({ userData }).load('sqlite:abc'));
    store.keep('sqlite:abc', [draft('narrative:a/1', 'first words')]);
    // Written without waiting for the minute's gap: nothing else would write it.
    await expect.poll(onDisk).toContain('first words');
    store.keep('sqlite:abc', [draft('narrative:a/1', 'more words')]);
    store.keep('sqlite:abc', [draft('narrative:a/1', 'latest words')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await onDisk()).toContain('first words');
    await store.flush();
    expect(await onDisk()).toContain('latest words');
  });

  it('reads back a set still waiting to be written (a page loaded again at once after a crash)', async () => {
    const { store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1', 'first')]);
    await store.flush();
    store.keep('sqlite:abc', [draft('narrative:a/1', 'last words before the crash')]);
    expect(JSON.stringify(await store.load('sqlite:abc'))).toContain('last words before the crash');
  });

  it('forgets a database’s texts already on disk', async () => {
    const { userData, store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1')]);
    await store.flush();
    expect(await readdir(join(userData, 'drafts'))).toHaveLength(1);
    await store.forget('sqlite:abc');
    expect(await readdir(join(userData, 'drafts'))).toEqual([]);
  });

  it('forgets a database’s texts, a set still waiting included', async () => {
    const { userData, store } = await storeInTemp();
    store.keep('sqlite:abc', [draft('narrative:a/1')]);
    await store.flush();
    store.keep('sqlite:abc', [draft('narrative:a/1', 'waiting')]);
    await store.forget('sqlite:abc');
    await store.flush();
    expect(await readdir(join(userData, 'drafts'))).toEqual([]);
  });
});

describe('draftsChannels', () => {
  /** The channels as ipc.ts has them, over a database that can be switched under the page. */
  async function channelsInTemp() {
    const { store } = await storeInTemp();
    let open: string | null = 'file:first';
    const channels = draftsChannels(store, async () => open);
    const keptFor = async (identity: string) => {
      await store.flush();
      return (await store.load(identity)).map((d) => d.key);
    };
    return { store, channels, switchTo: (identity: string) => (open = identity), keptFor };
  }

  it('keeps a set that arrives after another database was opened in the file of the page’s database', async () => {
    const { channels, switchTo, keptFor } = await channelsInTemp();
    await channels.recovered();
    await channels.keep([draft('narrative:a/1')]);
    switchTo('file:second');
    // The page's last set, sent just before its database changed under it, lands after the switch.
    await channels.keep([draft('narrative:a/1'), draft('narrative:a/2')]);
    expect(await keptFor('file:first')).toEqual(['narrative:a/1', 'narrative:a/2']);
    expect(await keptFor('file:second')).toEqual([]);
    // The new page asks for its own texts, and from then on its sets are the second database's.
    expect(await channels.recovered()).toEqual([]);
    await channels.keep([draft('narrative:b/1')]);
    expect(await keptFor('file:second')).toEqual(['narrative:b/1']);
    expect(await keptFor('file:first')).toEqual(['narrative:a/1', 'narrative:a/2']);
  });

  it('after "Leave without saving" forgets the page’s texts once the page has gone, the set still on its way too', async () => {
    const { channels, switchTo, keptFor } = await channelsInTemp();
    await channels.recovered();
    await channels.keep([draft('narrative:a/1')]);
    expect(await keptFor('file:first')).toEqual(['narrative:a/1']);
    channels.left();
    switchTo('file:second');
    await channels.keep([draft('narrative:a/1', 'still on its way')]);
    // The new page opens on the second database.
    expect(await channels.recovered()).toEqual([]);
    expect(await keptFor('file:first')).toEqual([]);
    expect(await keptFor('file:second')).toEqual([]);
  });

  it('keeps the texts, and what the page sends next, when the switch they were left for did not happen', async () => {
    const { channels, keptFor } = await channelsInTemp();
    await channels.recovered();
    await channels.keep([draft('narrative:a/1')]);
    channels.left();
    // A wrong password, say: the page stays, and the person goes on typing.
    channels.stayed();
    await channels.keep([draft('narrative:a/1'), draft('narrative:a/2')]);
    expect(await keptFor('file:first')).toEqual(['narrative:a/1', 'narrative:a/2']);
    // Even a reload later (a crash of the page) offers them back.
    expect((await channels.recovered()).map((d) => d.key)).toEqual(['narrative:a/1', 'narrative:a/2']);
  });

  it('on quitting writes the texts still waiting, and removes those the person chose to leave', async () => {
    const kept = await channelsInTemp();
    await kept.channels.recovered();
    await kept.channels.keep([draft('narrative:a/1')]);
    await kept.channels.quitting();
    expect(await kept.keptFor('file:first')).toEqual(['narrative:a/1']);
    const leaving = await channelsInTemp();
    await leaving.channels.recovered();
    await leaving.channels.keep([draft('narrative:a/1')]);
    expect(await leaving.keptFor('file:first')).toEqual(['narrative:a/1']);
    leaving.channels.left();
    await leaving.channels.quitting();
    expect(await leaving.keptFor('file:first')).toEqual([]);
  });

  it('keeps nothing for a page that has not asked for its recovered texts (no database was open for it)', async () => {
    const { channels, keptFor } = await channelsInTemp();
    await channels.keep([draft('narrative:a/1')]);
    expect(await keptFor('file:first')).toEqual([]);
  });
});
