// Every channel the renderer can call. Each handler first checks who is calling (our window's main frame,
// showing our own page) and only then looks at the payload; operations are validated by dispatch() and
// the host's own requests by the schemas here.
import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { StartupState, TeamConnectOutcome } from '../../src/shared/bridge';
import type { CertificateAuthorityOutcome, TeamConnectionChoices, TeamConnectRequest } from '../../src/shared/team-connection';
import { FILE_PURPOSE_NAMES, type ChosenFile } from '../../src/shared/files';
import { CHANNELS, DISPATCH_CHANNEL } from '../channels';
import type { DatabaseHost } from './database';
import type { DraftsChannels } from './drafts-store';
import { parseConnectRequest } from './team-connections';
import { chooseCertificateFile, chooseFiles, chooseSavePath } from './dialogs';
import { basename } from 'node:path';
import { isOpenablePath, isSafeExternalUrl, isTrustedSenderUrl } from './policy';
import { accessFor } from '../../src/core/files/grants';
import { failureOf } from '../../src/core/dispatch';

export interface IpcDeps {
  window(): BrowserWindow | null;
  database: DatabaseHost;
  devServerUrl: string | null;
  /** Lets the person pick another database and opens it; null when cancelled. */
  chooseDatabase(create: boolean): Promise<StartupState | null>;
  restoreBackup(name: string): Promise<StartupState>;
  /** The state once start-up is no longer connecting to the team database (at once when it is not). */
  startupSettled(): Promise<StartupState>;
  /** "Work on a local file instead" from the start-up screen, while it may still be connecting. */
  workOnLocalFile(): Promise<StartupState>;
  /** The connect dialog's starting point, and connecting (see TeamConnections). */
  team: {
    choices(): Promise<TeamConnectionChoices>;
    connect(request: TeamConnectRequest): Promise<TeamConnectOutcome>;
    /** Checks the file chosen in the native dialog as the council's certificate authority, and holds it. */
    chooseCertificateAuthority(path: string): Promise<CertificateAuthorityOutcome>;
  };
  /** The page's count of text not saved yet (checked by the receiver), for the question on closing. */
  tellUnsavedText(payload: unknown): void;
  /** Where the renderer's unsaved texts are kept on disk, per database (the file is picked here, by identity). */
  /** The page's unsaved texts kept against a crash (drafts-store.ts). */
  drafts: DraftsChannels;
  log(message: string): void;
}

const Filters = z
  .array(z.object({ name: z.string().max(200), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).max(40) }).strict())
  .max(20)
  .optional();
const Purpose = z.enum(FILE_PURPOSE_NAMES);
const ChooseFilesOptions = z
  .object({ title: z.string().max(300), purpose: Purpose, filters: Filters, multiple: z.boolean().optional() })
  .strict();
const ChooseSaveFileOptions = z
  .object({ title: z.string().max(300), purpose: Purpose, defaultName: z.string().max(255), filters: Filters })
  .strict();
/** Only the preload sends a path, for a file the person dropped; see grantDroppedFile below. */
const DroppedPath = z.string().min(1).max(32_768);
const Opener = z.string().min(1).max(100);
const BackupName = z.string().min(1).max(1024);
const UrlArg = z.string().min(1).max(8192);
const ChooseDatabaseOptions = z.object({ create: z.boolean().optional() }).strict();
/** Channels that take nothing: anything sent is refused, not ignored. */
const Nothing = z.undefined({ message: 'This request takes no details.' });

export class RefusedSender extends Error {
  constructor(channel: string) {
    super(`SEF Studio refused a request on ${channel} from a page that is not its own.`);
    this.name = 'RefusedSender';
  }
}

/** The caller must be our window's main frame and show our page (app://, or the dev server in development). */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null, devServerUrl: string | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender !== win.webContents) return false;
  const main = win.webContents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isTrustedSenderUrl(frame.url, devServerUrl);
}

export function registerIpc(deps: IpcDeps): void {
  const guarded = <A extends unknown[], R>(channel: string, handler: (win: BrowserWindow, ...args: A) => Promise<R>) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const win = deps.window();
      if (!isTrustedSender(event, win, deps.devServerUrl)) {
        deps.log(`Refused IPC on ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        throw new RefusedSender(channel);
      }
      return handler(win!, ...(args as A));
    });
  };

  guarded(DISPATCH_CHANNEL, async (_win, op: unknown, input: unknown) => {
    try {
      return await deps.database.dispatch(op, input);
    } catch (err) {
      return failureOf(err);
    }
  });

  guarded(CHANNELS.startup, async () => deps.database.state);
  guarded(CHANNELS.startupSettled, async (_win, payload: unknown) => {
    Nothing.parse(payload);
    return deps.startupSettled();
  });
  guarded(CHANNELS.workOnLocalFile, async (_win, payload: unknown) => {
    Nothing.parse(payload);
    return deps.workOnLocalFile();
  });
  guarded(CHANNELS.unsavedText, async (_win, payload: unknown) => deps.tellUnsavedText(payload));
  // The renderer sends texts only; which file they go in follows from the database the page was started on.
  guarded(CHANNELS.keepDrafts, async (_win, payload: unknown) => deps.drafts.keep(payload));
  guarded(CHANNELS.recoveredDrafts, async (_win, payload: unknown) => {
    Nothing.parse(payload);
    return deps.drafts.recovered();
  });
  guarded(CHANNELS.chooseDatabase, async (_win, options: unknown) => {
    const { create } = ChooseDatabaseOptions.parse(options ?? {});
    return deps.chooseDatabase(create ?? false);
  });
  guarded(CHANNELS.restoreBackup, async (_win, name: unknown) => deps.restoreBackup(BackupName.parse(name)));
  guarded(CHANNELS.teamConnectionChoices, async () => deps.team.choices());
  guarded(CHANNELS.connectTeam, async (_win, payload: unknown) => {
    const checked = parseConnectRequest(payload);
    return checked.ok ? deps.team.connect(checked.request) : checked;
  });
  // The path stays here: the renderer learns the file's name and an id to connect with.
  guarded(CHANNELS.chooseCertificateAuthority, async (win, payload: unknown) => {
    Nothing.parse(payload);
    const path = await chooseCertificateFile(win);
    return path ? deps.team.chooseCertificateAuthority(path) : null;
  });

  // Dialogs answer with grants, never paths: each chosen file is good once, for the purpose asked.
  const granted = (path: string, purpose: z.infer<typeof Purpose>): ChosenFile => ({
    grant: deps.database.files.grant(path, purpose),
    name: basename(path),
  });
  guarded(CHANNELS.chooseFiles, async (win, options: unknown) => {
    const { purpose, ...dialog } = ChooseFilesOptions.parse(options);
    if (accessFor(purpose) !== 'read') throw new Error('An open dialog chooses files to read.');
    return (await chooseFiles(win, dialog)).map((path) => granted(path, purpose));
  });
  guarded(CHANNELS.chooseSaveFile, async (win, options: unknown) => {
    const { purpose, ...dialog } = ChooseSaveFileOptions.parse(options);
    if (accessFor(purpose) !== 'write') throw new Error('A save dialog chooses a file to write.');
    const path = await chooseSavePath(win, dialog);
    return path ? granted(path, purpose) : null;
  });
  // A drop carries no dialog, so its path comes from the preload (webUtils.getPathForFile, which knows
  // only files the person really dropped). It can only ever be read, and only as an attachment.
  guarded(CHANNELS.grantDroppedFile, async (_win, path: unknown) => granted(DroppedPath.parse(path), 'attach-evidence'));

  guarded(CHANNELS.openFile, async (_win, opener: unknown) => {
    const target = deps.database.files.resolveOpener(Opener.parse(opener), 'open');
    if (!target) throw new Error('SEF Studio only opens documents it wrote for you to open.');
    if (!isOpenablePath(target)) throw new Error(`SEF Studio will not open ${basename(target)}: it is a program, not a document.`);
    const problem = await shell.openPath(target);
    if (problem) throw new Error(`${basename(target)} could not be opened: ${problem}`);
  });
  guarded(CHANNELS.showFileInFolder, async (_win, opener: unknown) => {
    const target = deps.database.files.resolveOpener(Opener.parse(opener), 'reveal');
    if (!target) throw new Error('SEF Studio only shows files it wrote.');
    shell.showItemInFolder(target);
  });
  guarded(CHANNELS.openExternal, async (_win, url: unknown) => {
    const target = UrlArg.parse(url);
    if (!isSafeExternalUrl(target)) throw new Error('Only https links can be opened from SEF Studio.');
    await shell.openExternal(target);
  });
}
