// The IPC channels and the web-contents hardening, with Electron replaced by a stand-in that records what
// the shell registers: a request is refused unless it comes from our window's main frame showing our page,
// and only then is its payload looked at.
import { EventEmitter } from 'node:events';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  opened: [] as string[],
  external: [] as string[],
  /** What the next native open dialog answers: the paths chosen, or none (cancelled). */
  openDialog: [] as string[],
}));

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => electron.handlers.set(channel, fn) },
  shell: {
    openPath: async (path: string) => {
      electron.opened.push(path);
      return '';
    },
    openExternal: async (url: string) => void electron.external.push(url),
    showItemInFolder: () => undefined,
  },
  dialog: { showOpenDialog: async () => ({ canceled: electron.openDialog.length === 0, filePaths: electron.openDialog }) },
  app: {},
}));

const { registerIpc } = await import('../../electron/main/ipc');
const { hardenSession, hardenWebContents } = await import('../../electron/main/security');
const { DatabaseHost } = await import('../../electron/main/database');
const { tempDir } = await import('../support/tempdb');
const { CHANNELS, DISPATCH_CHANNEL } = await import('../../electron/channels');
const { PrivateCopies } = await import('../../src/core/files/private-copies');
const { UnloadGuard, LEAVE } = await import('../../electron/main/unload-guard');
const { DraftsStore, draftsChannels } = await import('../../electron/main/drafts-store');

const mainFrame = { processId: 4, routingId: 1, parent: null, url: 'app://sef-studio/index.html' };
const webContents = { mainFrame };
const win = { webContents, isDestroyed: () => false };
const ours = { sender: webContents, senderFrame: mainFrame };

let cleanup: () => Promise<void>;
let database: InstanceType<typeof DatabaseHost>;
let drafts: InstanceType<typeof DraftsStore>;
let userData: string;
const teamRequests: unknown[] = [];
const authorityPaths: string[] = [];
const AUTHORITY_ID = 'a'.repeat(32);
let workedLocally = 0;
/** The questions the unload guard asked, and Leave as the answer, so that the unload goes ahead. */
const questions: string[] = [];
const unloadGuard = new UnloadGuard((question) => {
  questions.push(question.message);
  return LEAVE;
});

beforeAll(async () => {
  const t = await tempDir();
  database = new DatabaseHost(join(t.dir, 'pack.sqlite'), {
    appVersion: '0.0.0-test',
    privateCopies: new PrivateCopies(join(t.dir, 'private-copies')),
  });
  await database.open(join(t.dir, 'pack.sqlite'));
  userData = join(t.dir, 'user-data');
  drafts = new DraftsStore({ userData });
  cleanup = async () => {
    await database.close();
    await t.cleanup();
  };
  registerIpc({
    window: () => win as never,
    tellUnsavedText: (payload) => unloadGuard.tell(payload),
    drafts: draftsChannels(drafts, () => database.draftsIdentity()),
    database,
    devServerUrl: null,
    log: () => undefined,
    chooseDatabase: async () => null,
    restoreBackup: async () => database.state,
    startupSettled: async () => database.state,
    workOnLocalFile: async () => {
      workedLocally++;
      return database.state;
    },
    team: {
      choices: async () => ({ last: null, canRememberPassword: false, passwordKept: false, certificateAuthority: null }),
      chooseCertificateAuthority: async (path) => {
        authorityPaths.push(path);
        return { ok: true, authority: { id: AUTHORITY_ID, name: 'northmoor-ca.pem' } };
      },
      connect: async (request) => {
        teamRequests.push(request);
        return { ok: false, error: { code: 'offline', message: 'Not reachable in this test.' } };
      },
    },
  });
});
afterAll(() => cleanup());

function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`No handler for ${channel}`);
  return handler(event, ...args);
}

describe('IPC from the renderer', () => {
  it('registers the dispatch channel and every host channel', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      [
        DISPATCH_CHANNEL, CHANNELS.startup, CHANNELS.chooseDatabase, CHANNELS.restoreBackup, CHANNELS.chooseFiles,
        CHANNELS.chooseSaveFile, CHANNELS.grantDroppedFile, CHANNELS.openFile, CHANNELS.showFileInFolder, CHANNELS.openExternal,
        CHANNELS.teamConnectionChoices, CHANNELS.connectTeam, CHANNELS.chooseCertificateAuthority, CHANNELS.startupSettled,
        CHANNELS.workOnLocalFile, CHANNELS.unsavedText, CHANNELS.keepDrafts, CHANNELS.recoveredDrafts,
      ].sort(),
    );
  });

  it('dispatches operations from our page to the core', async () => {
    expect(await invoke(DISPATCH_CHANNEL, ours, 'no.such.operation', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await invoke(CHANNELS.startup, ours)).toEqual(database.state);
  });

  it('answers when start-up is settled, and works on the local file when asked, taking no details for either', async () => {
    expect(await invoke(CHANNELS.startupSettled, ours)).toEqual(database.state);
    await expect(invoke(CHANNELS.workOnLocalFile, ours, { path: '/tmp/other.sqlite' })).rejects.toThrow(/takes no details/);
    await expect(invoke(CHANNELS.startupSettled, ours, 'now')).rejects.toThrow(/takes no details/);
    expect(workedLocally).toBe(0);
    expect(await invoke(CHANNELS.workOnLocalFile, ours)).toEqual(database.state);
    expect(workedLocally).toBe(1);
  });

  it('takes the page’s count of unsaved text for the question on closing, and refuses anything else', async () => {
    const contents = new EventEmitter();
    unloadGuard.watch(contents as never);
    await invoke(CHANNELS.unsavedText, ours, { narratives: 2, fields: 1 });
    for (const payload of [undefined, { narratives: -1, fields: 0 }, { narratives: 1.5, fields: 0 }, { narratives: 1, fields: 0, path: '/etc' }, '2'])
      await expect(invoke(CHANNELS.unsavedText, ours, payload), JSON.stringify(payload)).rejects.toThrow();
    contents.emit('will-prevent-unload', { preventDefault: () => undefined });
    expect(questions).toEqual(['You have text that is not saved yet in 2 narratives and 1 pack details field.']);
  });

  it('keeps the page’s unsaved texts in a file picked by the open database’s identity, and gives them back', async () => {
    const draft = { key: 'narrative:a1/s1', doc: { type: 'doc', content: [] }, baseVersion: 3, place: 'Area 1 – question 1' };
    expect(await invoke(CHANNELS.recoveredDrafts, ours)).toEqual([]);
    await invoke(CHANNELS.keepDrafts, ours, [draft]);
    await drafts.flush();
    const identity = await database.draftsIdentity();
    expect(identity).toMatch(/^file:[0-9a-f]{32}$/);
    expect(await readdir(join(userData, 'drafts'))).toEqual([basename(drafts.fileFor(identity!))]);
    expect(await invoke(CHANNELS.recoveredDrafts, ours)).toEqual([draft]);
    // A path, a missing field or a bad version is refused before anything is kept.
    for (const payload of [undefined, draft, [{ ...draft, path: '/etc/passwd' }], [{ ...draft, baseVersion: -1 }], [{ ...draft, key: '' }]])
      await expect(invoke(CHANNELS.keepDrafts, ours, payload), JSON.stringify(payload)).rejects.toThrow();
    await expect(invoke(CHANNELS.recoveredDrafts, ours, { identity: 'other' })).rejects.toThrow(/takes no details/);
    await invoke(CHANNELS.keepDrafts, ours, []);
    await drafts.flush();
    expect(await readdir(join(userData, 'drafts'))).toEqual([]);
    expect(await invoke(CHANNELS.recoveredDrafts, ours)).toEqual([]);
  });

  it.each([
    ['another site in our window', { sender: webContents, senderFrame: { ...mainFrame, url: 'https://example.com/' } }],
    ['a sub-frame of our page', { sender: webContents, senderFrame: { ...mainFrame, routingId: 9, parent: mainFrame } }],
    ['a frame that has gone', { sender: webContents, senderFrame: null }],
    ['another web contents', { sender: {}, senderFrame: mainFrame }],
    ['a file: page', { sender: webContents, senderFrame: { ...mainFrame, url: 'file:///tmp/evil.html' } }],
  ])('refuses %s before looking at the payload', async (_name, event) => {
    const payload = { get op() { throw new Error('payload was read'); } };
    for (const channel of electron.handlers.keys())
      await expect(invoke(channel, event, payload), channel).rejects.toThrow(/refused a request/);
  });

  it('opens https links, and only documents the core wrote to be opened', async () => {
    await invoke(CHANNELS.openExternal, ours, 'https://www.gov.uk/');
    await expect(invoke(CHANNELS.openExternal, ours, 'http://example.com/')).rejects.toThrow(/Only https links/);
    await expect(invoke(CHANNELS.openExternal, ours, 'file:///etc/passwd')).rejects.toThrow(/Only https links/);
    const paper = database.files.open('/tmp/Board paper.docx', true);
    await invoke(CHANNELS.openFile, ours, paper.opener);
    // A path, or an opener for a file written only to be kept (a backup), is not something to open.
    await expect(invoke(CHANNELS.openFile, ours, '/tmp/Board paper.docx')).rejects.toThrow(/only opens documents it wrote/);
    const backup = database.files.open('/tmp/copy.sqlite', false);
    await expect(invoke(CHANNELS.openFile, ours, backup.opener)).rejects.toThrow(/only opens documents it wrote/);
    const program = database.files.open('C:\\Windows\\System32\\cmd.exe', true);
    await expect(invoke(CHANNELS.openFile, ours, program.opener)).rejects.toThrow(/is a program/);
    await expect(invoke(CHANNELS.showFileInFolder, ours, '/etc/passwd')).rejects.toThrow(/only shows files it wrote/);
    expect(electron.external).toEqual(['https://www.gov.uk/']);
    expect(electron.opened).toEqual(['/tmp/Board paper.docx']);
  });

  it('checks what a dialog is asked for: a known purpose, read for open and write for save, sane filters', async () => {
    await expect(invoke(CHANNELS.chooseFiles, ours, { title: 'x', purpose: 'attach-evidence', filters: [{ name: 'x', extensions: ['../*'] }] })).rejects.toThrow();
    await expect(invoke(CHANNELS.chooseFiles, ours, { title: 'x' })).rejects.toThrow();
    await expect(invoke(CHANNELS.chooseFiles, ours, { title: 'x', purpose: 'read-anything' })).rejects.toThrow();
    await expect(invoke(CHANNELS.chooseFiles, ours, { title: 'x', purpose: 'export-word' })).rejects.toThrow(/files to read/);
    await expect(invoke(CHANNELS.chooseSaveFile, ours, { title: 'x', purpose: 'attach-evidence', defaultName: 'a' })).rejects.toThrow(/file to write/);
  });

  it('checks a team connection request field by field, and never repeats the password', async () => {
    const good = { host: 'sef.council.gov.uk', port: 5432, database: 'sef', login: 'dana', password: 'hunter2-secret', remember: true };
    const refusals: [string, unknown, string][] = [
      ['no server', { ...good, host: '' }, 'host'],
      ['a connection string as the server', { ...good, host: 'postgresql://dana:hunter2-secret@sef/sef' }, 'host'],
      ['a port out of range', { ...good, port: 70000 }, 'port'],
      ['a port as text', { ...good, port: '5432' }, 'port'],
      ['no login', { ...good, login: ' ' }, 'login'],
      ['no password', { ...good, password: '' }, 'password'],
      ['an unknown field', { ...good, sslmode: 'disable' }, 'request'],
      // The certificate authority is named by the id the host gave, never by a path.
      ['a path as the certificate authority', { ...good, certificateAuthority: '/etc/ssl/private/ca.pem' }, 'certificateAuthority'],
    ];
    for (const [name, payload, field] of refusals) {
      const answer = (await invoke(CHANNELS.connectTeam, ours, payload)) as { ok: boolean; error: { code: string; message: string; fields: Record<string, string> } };
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(Object.keys(answer.error.fields), name).toContain(field);
      expect(JSON.stringify(answer), name).not.toContain('hunter2');
    }
    for (const payload of [null, 'postgresql://dana@sef/sef', [good]])
      expect(await invoke(CHANNELS.connectTeam, ours, payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(teamRequests).toEqual([]);

    // A well-formed request reaches the host as it was sent, trimmed.
    expect(await invoke(CHANNELS.connectTeam, ours, { ...good, login: ' dana ' })).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(teamRequests).toEqual([good]);
    expect(await invoke(CHANNELS.teamConnectionChoices, ours)).toEqual({ last: null, canRememberPassword: false, passwordKept: false, certificateAuthority: null });
    expect(await invoke(CHANNELS.connectTeam, ours, { ...good, certificateAuthority: AUTHORITY_ID })).toMatchObject({ ok: false });
    expect(teamRequests.at(-1)).toEqual({ ...good, certificateAuthority: AUTHORITY_ID });
  });

  it('shows the native dialog for a certificate authority: the path stays in the main process, and the page sends nothing', async () => {
    // The page may not suggest a file: the dialog alone chooses it.
    await expect(invoke(CHANNELS.chooseCertificateAuthority, ours, { path: '/etc/ssl/private/server.key' })).rejects.toThrow(/takes no details/);
    await expect(invoke(CHANNELS.chooseCertificateAuthority, ours, '/etc/passwd')).rejects.toThrow(/takes no details/);
    expect(await invoke(CHANNELS.chooseCertificateAuthority, ours)).toBeNull();
    electron.openDialog = ['/home/dana/Downloads/northmoor-ca.pem'];
    const chosen = await invoke(CHANNELS.chooseCertificateAuthority, ours);
    electron.openDialog = [];
    expect(chosen).toEqual({ ok: true, authority: { id: AUTHORITY_ID, name: 'northmoor-ca.pem' } });
    expect(authorityPaths).toEqual(['/home/dana/Downloads/northmoor-ca.pem']);
  });

  it('grants a dropped file for attaching to evidence only, once', async () => {
    const dropped = (await invoke(CHANNELS.grantDroppedFile, ours, '/tmp/dropped audit.pdf')) as { grant: string; name: string };
    expect(dropped.name).toBe('dropped audit.pdf');
    expect(() => database.files.take(dropped.grant, 'set-logo')).toThrow(/Choose the file again/);
    expect(() => database.files.take(dropped.grant, 'attach-evidence')).toThrow(/Choose the file again/);
    const again = (await invoke(CHANNELS.grantDroppedFile, ours, '/tmp/dropped audit.pdf')) as { grant: string };
    expect(database.files.take(again.grant, 'attach-evidence')).toBe('/tmp/dropped audit.pdf');
  });
});

describe('every web contents is locked down', () => {
  class FakeContents extends EventEmitter {
    openHandler?: (details: { url: string }) => { action: string };
    setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
      this.openHandler = fn;
    }
  }
  const contents = new FakeContents();
  hardenWebContents(contents as never, () => undefined);
  const event = () => ({ prevented: false, isMainFrame: false, url: 'https://example.com/', preventDefault() { this.prevented = true; } });

  it('prevents navigation, redirects, sub-frame navigation and <webview>', () => {
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview', 'will-frame-navigate']) {
      const e = event();
      contents.emit(name, e, 'https://example.com/');
      expect(e.prevented, name).toBe(true);
    }
  });

  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
  });
});

describe('the session gives nothing away', () => {
  function fakeSession() {
    const calls: Record<string, unknown[]> = {};
    let beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    const record = (name: string) => (...args: unknown[]) => void (calls[name] = args);
    const session = {
      setPermissionRequestHandler: record('permissionRequest'),
      setPermissionCheckHandler: record('permissionCheck'),
      setDevicePermissionHandler: record('devicePermission'),
      on: record('on'),
      setSpellCheckerDictionaryDownloadURL: record('dictionaryUrl'),
      setSpellCheckerEnabled: record('spellCheck'),
      setSpellCheckerLanguages: record('languages'),
      webRequest: { onBeforeRequest: (_filter: unknown, fn: typeof beforeRequest) => void (beforeRequest = fn) },
    };
    const request = (url: string) => new Promise<boolean>((done) => beforeRequest!({ url }, (r) => done(r.cancel)));
    return { session, calls, request };
  }

  it('points dictionary downloads at this machine, turns spell-checking off on Linux and cancels every network request', async () => {
    const linux = fakeSession();
    hardenSession(linux.session as never, () => undefined, { platform: 'linux', devServerUrl: null });
    expect(linux.calls.dictionaryUrl).toEqual(['http://127.0.0.1:9/']);
    expect(linux.calls.spellCheck).toEqual([false]);
    expect(await linux.request('https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic')).toBe(true);

    const windows = fakeSession();
    hardenSession(windows.session as never, () => undefined, { platform: 'win32', devServerUrl: null });
    expect(windows.calls.spellCheck).toEqual([true]);
    expect(windows.calls.languages).toEqual([['en-GB']]);
    expect(await windows.request('https://www.gov.uk/')).toBe(true);
  });
});
