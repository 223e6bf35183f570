// IPC channel names shared by the main process and the preload. Operations travel on DISPATCH_CHANNEL
// (src/shared/bridge.ts); these carry what only a host can do (dialogs, the shell, the database file).
export { DISPATCH_CHANNEL } from '../src/shared/bridge';

export const CHANNELS = {
  startup: 'sef:startup',
  chooseDatabase: 'sef:choose-database',
  restoreBackup: 'sef:restore-backup',
  chooseFiles: 'sef:choose-files',
  chooseSaveFile: 'sef:choose-save-file',
  grantDroppedFile: 'sef:grant-dropped-file',
  openFile: 'sef:open-file',
  showFileInFolder: 'sef:show-file-in-folder',
  openExternal: 'sef:open-external',
  teamConnectionChoices: 'sef:team-connection-choices',
  connectTeam: 'sef:connect-team',
  chooseCertificateAuthority: 'sef:choose-certificate-authority',
  startupSettled: 'sef:startup-settled',
  workOnLocalFile: 'sef:work-on-local-file',
  unsavedText: 'sef:unsaved-text',
  keepDrafts: 'sef:keep-drafts',
  recoveredDrafts: 'sef:recovered-drafts',
  /** Main to renderer: a command from the native menu. */
  menuCommand: 'sef:menu-command',
  /** Main to renderer: what the core changed (a ChangeEvent). */
  changed: 'sef:changed',
  /** Main to renderer: the team database stopped or started answering (a ConnectionStatus). */
  connectionStatus: 'sef:connection-status',
} as const;
