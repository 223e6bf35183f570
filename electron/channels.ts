// IPC channel names shared by the main process and the preload. Operations travel on DISPATCH_CHANNEL
// (src/shared/bridge.ts); these carry what only a host can do (dialogs, the shell, the database file).
export { DISPATCH_CHANNEL } from '../src/shared/bridge';

export const CHANNELS = {
  startup: 'sef:startup',
  chooseDatabase: 'sef:choose-database',
  restoreBackup: 'sef:restore-backup',
  chooseFiles: 'sef:choose-files',
  chooseSavePath: 'sef:choose-save-path',
  openPath: 'sef:open-path',
  showInFolder: 'sef:show-in-folder',
  openExternal: 'sef:open-external',
  /** Main to renderer: a command from the native menu. */
  menuCommand: 'sef:menu-command',
} as const;
