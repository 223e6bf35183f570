// Counts the statements a handler runs, to prove a list is fetched in a fixed number of queries
// rather than one more per row. Reads, transactions and single statements are all counted.
import type { CoreContext } from '../../src/core/context';
import type { Connection, Queryable } from '../../src/core/db/connection';

export interface CountingContext {
  ctx: CoreContext;
  /** Statements run since the last reset(). */
  count(): number;
  reset(): void;
}

export function countingContext(base: CoreContext): CountingContext {
  let statements = 0;
  const counted = (q: Queryable): Queryable => ({
    run: (sql, params) => (statements++, q.run(sql, params)),
    get: (sql, params) => (statements++, q.get(sql, params)),
    all: (sql, params) => (statements++, q.all(sql, params)),
    exec: (sql) => (statements++, q.exec(sql)),
  });
  // Delegates to the real connection, so its single queue still orders everything.
  const db = {
    ...counted(base.db),
    path: base.db.path,
    read: <T>(fn: (q: Queryable) => Promise<T>) => base.db.read((q) => fn(counted(q))),
    transaction: <T>(fn: (q: Queryable) => Promise<T>) => base.db.transaction((q) => fn(counted(q))),
    close: () => base.db.close(),
  } as unknown as Connection;
  return {
    ctx: { ...base, db },
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}
