// Native dialogs. The renderer asks for them through the bridge and gets back only the paths chosen.
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import { basename } from 'node:path';
import { networkLocationWarning } from '../../src/core/db/location';

export async function chooseFiles(
  win: BrowserWindow,
  options: { title: string; filters?: FileFilter[]; multiple?: boolean },
): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: options.title,
    filters: options.filters,
    properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  return result.canceled ? [] : result.filePaths;
}

export async function chooseSavePath(
  win: BrowserWindow,
  options: { title: string; defaultName: string; filters?: FileFilter[] },
): Promise<string | null> {
  const result = await dialog.showSaveDialog(win, {
    title: options.title,
    defaultPath: basename(options.defaultName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The council's own certificate authority: the PEM file IT gives out, whatever its ending. */
export async function chooseCertificateFile(win: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(win, {
    title: 'Choose your council’s certificate authority',
    filters: [
      { name: 'Certificate (PEM)', extensions: ['pem', 'crt', 'cer'] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['openFile'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const DATABASE_FILTERS: FileFilter[] = [
  { name: 'SEF Studio database', extensions: ['sqlite', 'sqlite3', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

/** Open an existing database, or (create) say where a new one should be made. Null when cancelled. */
export async function chooseDatabaseFile(win: BrowserWindow, create: boolean): Promise<string | null> {
  if (create) {
    const result = await dialog.showSaveDialog(win, {
      title: 'Make a new SEF Studio database',
      defaultPath: 'sef-studio.sqlite',
      filters: DATABASE_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  const result = await dialog.showOpenDialog(win, {
    title: 'Open a SEF Studio database',
    filters: DATABASE_FILTERS,
    properties: ['openFile'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showAbout(win: BrowserWindow, databasePath: string): Promise<void> {
  await dialog.showMessageBox(win, {
    type: 'info',
    title: 'About SEF Studio',
    message: `SEF Studio ${app.getVersion()}`,
    detail:
      'Prepare for inspection of children’s services: evidence, self-grades, improvement plans and Word self-evaluation packs, kept in one file on this computer.\n\n' +
      `Database: ${databasePath}\nElectron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
    buttons: ['Close'],
  });
}

export function showCannotOpen(win: BrowserWindow, path: string, message: string): void {
  void dialog.showMessageBox(win, { type: 'warning', title: 'The file was not opened', message: `${basename(path)} was not opened`, detail: message, buttons: ['Close'] });
}

/** Tells the person, once per opening, when the database is on a network share, and why that is a risk. */
export async function warnNetworkLocation(win: BrowserWindow, path: string, log: (message: string) => void): Promise<void> {
  const warning = await networkLocationWarning(path);
  if (!warning) return;
  log(warning);
  await dialog.showMessageBox(win, { type: 'warning', title: 'The database is on a network drive', message: 'The database is on a network drive', detail: warning });
}

/** Tells the person, once, that their database came from the roaming profile to this computer's disk, or why not. */
export async function showLegacyMove(win: BrowserWindow, description: string): Promise<void> {
  await dialog.showMessageBox(win, { type: 'info', title: 'Your database has a new place', message: 'Your database has a new place', detail: description, buttons: ['Close'] });
}
