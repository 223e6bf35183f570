// The CLI is a host of the core like the desktop app: it opens a database and calls handlers through
// the same context and dispatch.
import { coreContext, type CoreContext } from '../core/context';
import type { Connection } from '../core/db/connection';
import { appVersion } from './version';

export function cliContext(db: Connection): CoreContext {
  return coreContext({ db, appVersion: appVersion() });
}
