// The CLI is a host of the core like the desktop app: it opens a database and calls handlers through
// the same context and dispatch.
import { readFileSync } from 'node:fs';
import { coreContext, type CoreContext } from '../core/context';
import type { Database } from '../core/db/port';

let version: string | undefined;

/** The version in package.json, shown by `sef --version` and recorded as the app version. */
export function appVersion(): string {
  if (version === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version?: string;
      };
      version = pkg.version ?? '0.0.0';
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}

export function cliContext(db: Database): CoreContext {
  return coreContext({ db, appVersion: appVersion() });
}
