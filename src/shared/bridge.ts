// What a host exposes to the renderer as window.sef. Electron's preload implements it over IPC; the
// browser tests implement it over Playwright's exposed functions. The renderer cannot tell them apart.
import type { OpName, OpInput, OpOutput } from './api';
import type { AppErrorShape, Result } from './result';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SefBridge {
  dispatch<N extends OpName>(op: N, input: OpInput<N>): Promise<Result<OpOutput<N>>>;
  /** Native open dialog; resolves to the chosen paths, empty when cancelled. */
  chooseFiles(options: { title: string; filters?: FileFilter[]; multiple?: boolean }): Promise<string[]>;
  /** Native save dialog; resolves to the chosen path, or null when cancelled. */
  chooseSavePath(options: { title: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  /** The file-system path of a File dropped on the window (Electron only; null elsewhere). */
  pathForDroppedFile(file: object): string | null;
  /** Open a file the core wrote (an exported document, a saved attachment) in its default app. */
  openPath(path: string): Promise<void>;
  showInFolder(path: string): Promise<void>;
  /** Opens https links in the user's browser; anything else is refused by the host. */
  openExternal(url: string): Promise<void>;
  /** Menu commands from the native menu: "export-word", "new-pack", … */
  onMenuCommand(listener: (command: string) => void): () => void;
  /**
   * Whether the host opened its database. When it could not (damaged, newer, from another program, locked,
   * folder missing), every dispatch fails with the same error and the renderer should show a screen that
   * offers chooseDatabase() or restoreBackup() instead of the app.
   */
  startupState(): Promise<StartupState>;
  /**
   * Lets the person pick another database file (create: true asks where to make a new one) and opens it.
   * Resolves to the new state, or null when the dialog was cancelled (the current database stays open).
   */
  chooseDatabase(options?: { create?: boolean }): Promise<StartupState | null>;
  /**
   * Puts one of the backups listed in the failed startup state in place of the database (the unreadable
   * file is kept beside it, renamed) and opens it. Paths not in that list are refused.
   */
  restoreBackup(path: string): Promise<StartupState>;
}

/** What the host found when it opened (or tried to open) the database. */
export type StartupState =
  | { ok: true; path: string }
  | { ok: false; path: string; error: AppErrorShape; backups: string[] };

export const BRIDGE_KEY = 'sef';
/** The single IPC channel all operations travel on. */
export const DISPATCH_CHANNEL = 'sef:dispatch';
/**
 * Commands the native menu sends to the renderer through onMenuCommand. Opening another database (and a
 * recent file) is done by the host itself, which then reloads the page.
 */
export const MENU_COMMANDS = ['new-pack', 'backup', 'export-word'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
