// What a host exposes to the renderer as window.sef. Electron's preload implements it over IPC; the
// browser tests implement it over Playwright's exposed functions. The renderer cannot tell them apart.
import type { OpName, OpInput, OpOutput } from './api';
import type { Result } from './result';

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
}

export const BRIDGE_KEY = 'sef';
/** The single IPC channel all operations travel on. */
export const DISPATCH_CHANNEL = 'sef:dispatch';
