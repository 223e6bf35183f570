// The typed bridge, and nothing else: each method is one invoke on a fixed channel. ipcRenderer itself is
// never exposed. Sandboxed, so this is bundled to CommonJS and may only require 'electron'.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type SefBridge } from '../../src/shared/bridge';
import { CHANNELS, DISPATCH_CHANNEL } from '../channels';

const bridge: SefBridge = {
  dispatch: (op, input) => ipcRenderer.invoke(DISPATCH_CHANNEL, op, input),
  chooseFiles: (options) => ipcRenderer.invoke(CHANNELS.chooseFiles, options),
  chooseSavePath: (options) => ipcRenderer.invoke(CHANNELS.chooseSavePath, options),
  pathForDroppedFile: (file) => {
    try {
      return webUtils.getPathForFile(file as File) || null;
    } catch {
      return null;
    }
  },
  openPath: (path) => ipcRenderer.invoke(CHANNELS.openPath, path),
  showInFolder: (path) => ipcRenderer.invoke(CHANNELS.showInFolder, path),
  openExternal: (url) => ipcRenderer.invoke(CHANNELS.openExternal, url),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, wrapped);
    return () => void ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped);
  },
  startupState: () => ipcRenderer.invoke(CHANNELS.startup),
  chooseDatabase: (options) => ipcRenderer.invoke(CHANNELS.chooseDatabase, options ?? {}),
  restoreBackup: (path) => ipcRenderer.invoke(CHANNELS.restoreBackup, path),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
