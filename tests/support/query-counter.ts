// Counts the statements a handler runs, to prove a list is fetched in a fixed number of queries
// rather than one more per row. Reads, transactions and single statements are all counted.
import type { CoreContext } from '../../src/core/context';
import type { Database, Queryable, ReadQueries } from '../../src/core/db/port';

export interface CountingContext {
  ctx: CoreContext;
  /** Statements run since the last reset(). */
  count(): number;
  reset(): void;
}

export function countingContext(base: CoreContext): CountingContext {
  let statements = 0;
  const countedReads = (q: ReadQueries): ReadQueries => ({
    dialect: q.dialect,
    get: (sql, params) => (statements++, q.get(sql, params)),
    all: (sql, params) => (statements++, q.all(sql, params)),
  });
  const counted = (q: Queryable): Queryable => ({
    ...countedReads(q),
    run: (sql, params) => (statements++, q.run(sql, params)),
    exec: (sql) => (statements++, q.exec(sql)),
  });
  // Delegates to the real database, so its own queue or pool still orders everything.
  const db: Database = {
    ...counted(base.db),
    engine: base.db.engine,
    path: base.db.path,
    file: base.db.file,
    read: (fn) => base.db.read((q) => fn(countedReads(q))),
    transaction: (fn) => base.db.transaction((q) => fn(counted(q))),
    schemaVersion: () => base.db.schemaVersion(),
    identity: (q) => base.db.identity(q),
    announce: (tx, event) => base.db.announce(tx, event),
    listen: (listener) => base.db.listen(listener),
    check: () => base.db.check(),
    copyTo: (target) => base.db.copyTo(target),
    close: () => base.db.close(),
  };
  return {
    ctx: { ...base, db },
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}
