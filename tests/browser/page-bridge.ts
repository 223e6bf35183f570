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
  mapDroppedFile(name: string, path: string): void;
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
  const dropped = new Map<string, string>();

  const bridge: SefBridge = {
    dispatch: (op, input) => binding(names.dispatch)(op, input) as never,
    chooseFiles: (options) => host('chooseFiles', options) as Promise<string[]>,
    chooseSavePath: (options) => host('chooseSavePath', options) as Promise<string | null>,
    pathForDroppedFile: (file) => {
      const name = (file as { name?: unknown }).name;
      return typeof name === 'string' ? (dropped.get(name) ?? null) : null;
    },
    openPath: (path) => host('openPath', path) as Promise<void>,
    showInFolder: (path) => host('showInFolder', path) as Promise<void>,
    openExternal: (url) => host('openExternal', url) as Promise<void>,
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    startupState: () => host('startupState') as never,
    chooseDatabase: (options) => host('chooseDatabase', options ?? {}) as never,
    restoreBackup: (path) => host('restoreBackup', path) as never,
  };

  const hooks: PageHooks = {
    menuCommand: (command) => {
      for (const listener of listeners) listener(command);
      return listeners.size;
    },
    mapDroppedFile: (name, path) => void dropped.set(name, path),
  };

  // Like contextBridge: a frozen object the page cannot replace.
  Object.defineProperty(window, names.bridgeKey, { value: Object.freeze(bridge), writable: false, configurable: false, enumerable: true });
  Object.defineProperty(window, names.hooks, { value: Object.freeze(hooks), writable: false, configurable: false });
  document.addEventListener('securitypolicyviolation', (e) => {
    void binding(names.csp)(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile || 'page'}:${e.lineNumber})`).catch(() => undefined);
  });
}
