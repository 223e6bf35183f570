// What a host exposes to the renderer as window.sef. Electron's preload implements it over IPC; the
// browser tests implement it over Playwright's exposed functions. The renderer cannot tell them apart.
// The renderer never names a file path: dialogs and drops give it grants (shared/files.ts), and files
// the core wrote come back as openers.
import type { OpName, OpInput, OpOutput } from './api';
import type { ChangeEvent } from './events';
import type { ChosenFile, FilePurpose } from './files';
import type { AppErrorShape, Result } from './result';
import type { CertificateAuthorityOutcome, ConnectionStatus, TeamConnectionChoices, TeamConnectRequest } from './team-connection';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SefBridge {
  dispatch<N extends OpName>(op: N, input: OpInput<N>): Promise<Result<OpOutput<N>>>;
  /** Native open dialog; the files chosen, each granted for `purpose` once. Empty when cancelled. */
  chooseFiles(options: { title: string; purpose: FilePurpose; filters?: FileFilter[]; multiple?: boolean }): Promise<ChosenFile[]>;
  /** Native save dialog; the file chosen, granted for `purpose` once, or null when cancelled. */
  chooseSaveFile(options: { title: string; purpose: FilePurpose; defaultName: string; filters?: FileFilter[] }): Promise<ChosenFile | null>;
  /** A File dropped on the window, granted for attaching to evidence; null when it is not a file on disk. */
  grantDroppedFile(file: object): Promise<ChosenFile | null>;
  /** Open, in its default program, a file the core wrote to be opened (an export, a copy of an attachment). */
  openFile(opener: string): Promise<void>;
  /** Show a file the core wrote in the system's file manager. */
  showFileInFolder(opener: string): Promise<void>;
  /** Opens https links in the user's browser; anything else is refused by the host. */
  openExternal(url: string): Promise<void>;
  /** Menu commands from the native menu: "export-word", "new-pack", … */
  onMenuCommand(listener: (command: string) => void): () => void;
  /** What the core changed, after each committed change (this window's own and, in a team, others'). */
  onChange(listener: (event: ChangeEvent) => void): () => void;
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
   * file is kept beside it, renamed) and opens it. Names not in that list are refused.
   */
  restoreBackup(name: string): Promise<StartupState>;
  /** The connect dialog's starting point: the last team database used, and whether a password can be kept. */
  teamConnectionChoices(): Promise<TeamConnectionChoices>;
  /**
   * Connects to a team database and, when that works, makes it the database in use (the file is closed).
   * The renderer then starts afresh on it (reloads). When it fails, the database in use stays open and the
   * error says what to do (wrong password, server not reachable, not a team database, not a member).
   */
  connectTeamDatabase(request: TeamConnectRequest): Promise<TeamConnectOutcome>;
  /**
   * The native open dialog for the council's own certificate authority (a PEM file from IT). The host
   * checks the file and keeps it; the renderer gets its name and an id for connectTeamDatabase, or why
   * the file cannot be used, or null when the dialog was cancelled.
   */
  chooseCertificateAuthority(): Promise<CertificateAuthorityOutcome | null>;
  /** Told when the team database stops answering and when it answers again; never for a local file. */
  onConnectionStatus(listener: (status: ConnectionStatus) => void): () => void;
  /**
   * While startupState() says `connecting`: resolves when start-up is over, with the state then (on the
   * team database, or on the local file when the server could not be reached or the person chose it).
   * At once when the host is not connecting.
   */
  startupSettled(): Promise<StartupState>;
  /** "Work on a local file instead" while start-up is still connecting: opens the local file at once. */
  workOnLocalFile(): Promise<StartupState>;
  /**
   * Tells the host how much text closing the window now would lose, each time that changes: a desktop
   * window shows no question of its own when the page asks to stay, so the host asks it (Stay / Leave).
   */
  tellUnsavedText(unsaved: UnsavedText): Promise<void>;
  /**
   * The whole set of unsaved texts now, for the host to keep on disk for the database in use (the host
   * picks the file; an empty set removes it). Sent a little after each change; the host spaces its writes.
   */
  keepDrafts(drafts: KeptDraftText[]): Promise<void>;
  /** The texts kept for the database in use when SEF Studio last closed without saving them. */
  recoveredDrafts(): Promise<KeptDraftText[]>;
}

/**
 * One unsaved text as the host keeps it on disk for the database in use, so a crash does not lose it:
 * which text (DocSaver.key), what it says (the editor's document, checked again when restored), the
 * version it was based on (so a restore goes through the stale-version check) and where it was written.
 */
export interface KeptDraftText {
  key: string;
  doc: unknown;
  baseVersion: number | null;
  /** "Area X – question Y", for the recovered-drafts notice. */
  place: string;
  /** What the renderer needs to put it back where it was written (its screen, its save); the host keeps it as it is. */
  resume?: unknown;
}

/** Text not saved yet, by where it was written: narratives of areas, and other text fields (the pack's details). */
export interface UnsavedText {
  narratives: number;
  fields: number;
}

export type TeamConnectOutcome =
  | { ok: true; where: string; /** Whether the password was kept (encrypted) for next time. */ remembered: boolean }
  | { ok: false; error: AppErrorShape };

/** A copy of the database kept beside it, as the start-up screen lists it. */
export interface BackupChoice {
  /** The file's name in the database's folder; restoreBackup() takes it back. */
  name: string;
}

/**
 * What the host found when it opened (or tried to open) the database. `connecting`: start-up is still
 * reaching the team database named by `path` (the window shows at once, and says so); every operation
 * meanwhile gets `error`, and startupSettled() says when it is over.
 */
export type StartupState =
  | { ok: true; path: string }
  | { ok: false; path: string; error: AppErrorShape; backups: BackupChoice[]; connecting?: true };

export const BRIDGE_KEY = 'sef';
/** The single IPC channel all operations travel on. */
export const DISPATCH_CHANNEL = 'sef:dispatch';
/**
 * Commands the native menu sends to the renderer through onMenuCommand. Opening another database (and a
 * recent file) is done by the host itself, which then reloads the page.
 */
export const MENU_COMMANDS = ['new-pack', 'backup', 'export-word', 'connect-team'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number] | FormatCommand;

/**
 * The native Format menu, as data: each item sends its command, and the renderer runs the editor action
 * named by `action` (src/renderer/editor/actions.ts) on the narrative that has the caret. The accelerators
 * are the editor's own keys in Electron's notation; a unit test keeps the two lists agreeing.
 */
export const FORMAT_MENU_ITEMS = [
  { command: 'format-bold', action: 'bold', label: 'Bold', accelerator: 'CmdOrCtrl+B', section: 'marks' },
  { command: 'format-italic', action: 'italic', label: 'Italic', accelerator: 'CmdOrCtrl+I', section: 'marks' },
  { command: 'format-heading-1', action: 'heading1', label: 'Heading 1', accelerator: 'CmdOrCtrl+Alt+1', section: 'headings' },
  { command: 'format-heading-2', action: 'heading2', label: 'Heading 2', accelerator: 'CmdOrCtrl+Alt+2', section: 'headings' },
  { command: 'format-heading-3', action: 'heading3', label: 'Heading 3', accelerator: 'CmdOrCtrl+Alt+3', section: 'headings' },
  { command: 'format-bulleted-list', action: 'bulletList', label: 'Bulleted list', accelerator: 'CmdOrCtrl+Shift+8', section: 'lists' },
  { command: 'format-numbered-list', action: 'orderedList', label: 'Numbered list', accelerator: 'CmdOrCtrl+Shift+7', section: 'lists' },
  { command: 'format-link', action: 'link', label: 'Link…', accelerator: 'CmdOrCtrl+K', section: 'insert' },
  { command: 'format-clear', action: 'clearFormatting', label: 'Clear formatting', accelerator: 'CmdOrCtrl+\\', section: 'clear' },
] as const;
export type FormatMenuItem = (typeof FORMAT_MENU_ITEMS)[number];
export type FormatCommand = FormatMenuItem['command'];
