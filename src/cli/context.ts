// The CLI is a host of the core like the desktop app: it opens a database and calls handlers through
// the same context and dispatch.
import { coreContext, type CoreContext } from '../core/context';
import type { Database } from '../core/db/port';
import { appVersion } from './version';

export function cliContext(db: Database): CoreContext {
  return coreContext({ db, appVersion: appVersion() });
}
