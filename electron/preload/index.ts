// The typed bridge, and nothing else: each method is one invoke on a fixed channel. ipcRenderer itself is
// never exposed. Sandboxed, so this is bundled to CommonJS and may only require 'electron'.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type SefBridge } from '../../src/shared/bridge';
import type { ChangeEvent } from '../../src/shared/events';
import type { ConnectionStatus } from '../../src/shared/team-connection';
import { CHANNELS, DISPATCH_CHANNEL } from '../channels';

function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
}

const bridge: SefBridge = {
  dispatch: (op, input) => ipcRenderer.invoke(DISPATCH_CHANNEL, op, input),
  chooseFiles: (options) => ipcRenderer.invoke(CHANNELS.chooseFiles, options),
  chooseSaveFile: (options) => ipcRenderer.invoke(CHANNELS.chooseSaveFile, options),
  grantDroppedFile: async (file) => {
    // Only a File the person really dropped has a path; one the page made itself has none.
    let path = '';
    try {
      path = webUtils.getPathForFile(file as File);
    } catch {
      return null;
    }
    return path ? ipcRenderer.invoke(CHANNELS.grantDroppedFile, path) : null;
  },
  openFile: (opener) => ipcRenderer.invoke(CHANNELS.openFile, opener),
  showFileInFolder: (opener) => ipcRenderer.invoke(CHANNELS.showFileInFolder, opener),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  onMenuCommand: (listener) => subscribe(CHANNELS.menuCommand, (v): v is string => typeof v === 'string', listener),
  onChange: (listener) =>
    subscribe(CHANNELS.changed, (v): v is ChangeEvent => typeof v === 'object' && v !== null && 'entities' in v, listener),
  startupState: () => ipcRenderer.invoke(CHANNELS.startup),
  chooseDatabase: (options) => ipcRenderer.invoke(CHANNELS.chooseDatabase, options ?? {}),
  restoreBackup: (name) => ipcRenderer.invoke(CHANNELS.restoreBackup, name),
  teamConnectionChoices: () => ipcRenderer.invoke(CHANNELS.teamConnectionChoices),
  connectTeamDatabase: (request) => ipcRenderer.invoke(CHANNELS.connectTeam, request),
  chooseCertificateAuthority: () => ipcRenderer.invoke(CHANNELS.chooseCertificateAuthority),
  startupSettled: () => ipcRenderer.invoke(CHANNELS.startupSettled),
  workOnLocalFile: () => ipcRenderer.invoke(CHANNELS.workOnLocalFile),
  tellUnsavedText: (unsaved) => ipcRenderer.invoke(CHANNELS.unsavedText, unsaved),
  keepDrafts: (drafts) => ipcRenderer.invoke(CHANNELS.keepDrafts, drafts),
  recoveredDrafts: () => ipcRenderer.invoke(CHANNELS.recoveredDrafts),
  onConnectionStatus: (listener) =>
    subscribe(
      CHANNELS.connectionStatus,
      (v): v is ConnectionStatus => typeof v === 'object' && v !== null && typeof (v as ConnectionStatus).online === 'boolean',
      listener,
    ),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
