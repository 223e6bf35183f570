// Every channel the renderer can call. Each handler first checks who is calling (our window's main frame,
// showing our own page) and only then looks at the payload; operations are validated by dispatch() and
// the host's own requests by the schemas here.
import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { StartupState } from '../../src/shared/bridge';
import { fail } from '../../src/shared/result';
import { CHANNELS, DISPATCH_CHANNEL } from '../channels';
import type { DatabaseHost } from './database';
import { chooseFiles, chooseSavePath } from './dialogs';
import { isOpenablePath, isSafeExternalUrl, isTrustedSenderUrl } from './policy';

export interface IpcDeps {
  window(): BrowserWindow | null;
  database: DatabaseHost;
  devServerUrl: string | null;
  /** Lets the person pick another database and opens it; null when cancelled. */
  chooseDatabase(create: boolean): Promise<StartupState | null>;
  restoreBackup(path: string): Promise<StartupState>;
  log(message: string): void;
}

const Filters = z
  .array(z.object({ name: z.string().max(200), extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).max(40) }).strict())
  .max(20)
  .optional();
const ChooseFilesOptions = z.object({ title: z.string().max(300), filters: Filters, multiple: z.boolean().optional() }).strict();
const ChooseSavePathOptions = z.object({ title: z.string().max(300), defaultName: z.string().max(255), filters: Filters }).strict();
const PathArg = z.string().min(1).max(4096);
const UrlArg = z.string().min(1).max(8192);
const ChooseDatabaseOptions = z.object({ create: z.boolean().optional() }).strict();

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
      return fail('internal', `Something went wrong in SEF Studio: ${err instanceof Error ? err.message : String(err)}.`);
    }
  });

  guarded(CHANNELS.startup, async () => deps.database.state);
  guarded(CHANNELS.chooseDatabase, async (_win, options: unknown) => {
    const { create } = ChooseDatabaseOptions.parse(options ?? {});
    return deps.chooseDatabase(create ?? false);
  });
  guarded(CHANNELS.restoreBackup, async (_win, path: unknown) => deps.restoreBackup(PathArg.parse(path)));

  guarded(CHANNELS.chooseFiles, async (win, options: unknown) => chooseFiles(win, ChooseFilesOptions.parse(options)));
  guarded(CHANNELS.chooseSavePath, async (win, options: unknown) => chooseSavePath(win, ChooseSavePathOptions.parse(options)));

  guarded(CHANNELS.openPath, async (_win, path: unknown) => {
    const target = PathArg.parse(path);
    if (!isOpenablePath(target)) throw new Error(`SEF Studio will not open ${target}: it is a program, not a document.`);
    const problem = await shell.openPath(target);
    if (problem) throw new Error(`${target} could not be opened: ${problem}`);
  });
  guarded(CHANNELS.showInFolder, async (_win, path: unknown) => {
    shell.showItemInFolder(PathArg.parse(path));
  });
  guarded(CHANNELS.openExternal, async (_win, url: unknown) => {
    const target = UrlArg.parse(url);
    if (!isSafeExternalUrl(target)) throw new Error('Only https links can be opened from SEF Studio.');
    await shell.openExternal(target);
  });
}
