import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('sef', {});
