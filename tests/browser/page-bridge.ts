// Runs in the page before the app's own scripts (page.addInitScript): installs window.sef as a SefBridge
// whose every method calls functions the test host exposed with page.exposeFunction. Self-contained on
// purpose: Playwright sends this function's source text to the page, so it may not use imports.
import type { SefBridge } from '../../src/shared/bridge';

/** Exposed by the fixture; each returns a promise in the page. */
export const DISPATCH_BINDING = '__sefTestDispatch';
export const HOST_BINDING = '__sefTestHost';
export const CSP_BINDING = '__sefTestCspViolation';
/** In-page helpers the fixture drives through page.evaluate. */
export const PAGE_HOOKS = '__sefTestHooks';

export interface PageHooks {
  menuCommand(command: string): number;
  /** Delivers a change event to the page's onChange listeners, as the Electron host does. */
  changed(event: unknown): number;
  /** Delivers a team database's connection status to the page's onConnectionStatus listeners. */
  connectionStatus(status: unknown): number;
}

export function installPageBridge(names: { dispatch: string; host: string; csp: string; hooks: string; bridgeKey: string }): void {
  type Fn = (...args: unknown[]) => Promise<unknown>;
  const w = window as unknown as Record<string, unknown>;
  const binding = (name: string): Fn => {
    const fn = w[name];
    if (typeof fn !== 'function') throw new Error(`The test host did not expose ${name}.`);
    return fn as Fn;
  };
  const host = (method: string, ...args: unknown[]) => binding(names.host)(method, args);
  const listeners = new Set<(command: string) => void>();
  const changeListeners = new Set<(event: never) => void>();
  const statusListeners = new Set<(status: never) => void>();

  const bridge: SefBridge = {
    dispatch: (op, input) => binding(names.dispatch)(op, input) as never,
    chooseFiles: (options) => host('chooseFiles', options) as never,
    chooseSaveFile: (options) => host('chooseSaveFile', options) as never,
    // As in Electron, only the file's identity reaches the host (there, the preload's webUtils path).
    grantDroppedFile: (file) => {
      const name = (file as { name?: unknown }).name;
      return host('grantDroppedFile', typeof name === 'string' ? name : '') as never;
    },
    openFile: (opener) => host('openFile', opener) as Promise<void>,
    showFileInFolder: (opener) => host('showFileInFolder', opener) as Promise<void>,
    openExternal: (url) => host('openExternal', url) as Promise<void>,
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onChange: (listener) => {
      changeListeners.add(listener as (event: never) => void);
      return () => void changeListeners.delete(listener as (event: never) => void);
    },
    startupState: () => host('startupState') as never,
    chooseDatabase: (options) => host('chooseDatabase', options ?? {}) as never,
    restoreBackup: (path) => host('restoreBackup', path) as never,
    teamConnectionChoices: () => host('teamConnectionChoices') as never,
    connectTeamDatabase: (request) => host('connectTeamDatabase', request) as never,
    chooseCertificateAuthority: () => host('chooseCertificateAuthority') as never,
    startupSettled: () => host('startupSettled') as never,
    workOnLocalFile: () => host('workOnLocalFile') as never,
    tellUnsavedText: (unsaved) => host('tellUnsavedText', unsaved) as Promise<void>,
    keepDrafts: (drafts) => host('keepDrafts', drafts) as Promise<void>,
    recoveredDrafts: () => host('recoveredDrafts') as never,
    onConnectionStatus: (listener) => {
      statusListeners.add(listener as (status: never) => void);
      return () => void statusListeners.delete(listener as (status: never) => void);
    },
  };

  const hooks: PageHooks = {
    menuCommand: (command) => {
      for (const listener of listeners) listener(command);
      return listeners.size;
    },
    changed: (event) => {
      for (const listener of changeListeners) listener(event as never);
      return changeListeners.size;
    },
    connectionStatus: (status) => {
      for (const listener of statusListeners) listener(status as never);
      return statusListeners.size;
    },
  };

  // Like contextBridge: a frozen object the page cannot replace.
  Object.defineProperty(window, names.bridgeKey, { value: Object.freeze(bridge), writable: false, configurable: false, enumerable: true });
  Object.defineProperty(window, names.hooks, { value: Object.freeze(hooks), writable: false, configurable: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    void binding(names.csp)(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`).catch(() => undefined);
  });
}
