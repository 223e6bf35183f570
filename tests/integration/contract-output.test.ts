// Issue 7 (and 9): the contract is true in both directions. Inputs are parsed before any handler runs
// (contract-validation.test.ts); here a scripted session runs every operation once with valid input, and
// every handler's result must parse with the operation's own output schema. An operation the session does
// not exercise fails the suite, so a new operation cannot go unchecked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type OpName } from '../../src/shared/api';
import { runSession, SESSION, type SessionRecord } from '../support/contract-session';
import { tempContext } from '../support/tempdb';

let records: SessionRecord[];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempContext();
  cleanup = t.cleanup;
  records = await runSession(t.ctx, t.dir);
});
afterAll(() => cleanup());

describe('every handler keeps the contract it declares', () => {
  it('exercises every operation of the contract', () => {
    const missing = (Object.keys(api) as OpName[]).filter((op) => !SESSION.some((step) => step.op === op));
    expect(missing, 'add a step for these operations to tests/support/contract-session.ts').toEqual([]);
  });

  it('succeeds at every step of the session', () => {
    const refused = records.filter((r) => !r.result?.ok).map((r) => ({ op: r.op, result: r.result }));
    expect(refused).toEqual([]);
    expect(records.length).toBe(SESSION.length);
  });

  it.each(SESSION.map((step, i) => [step.op, i] as const))('%s returns what its output schema says', (op, i) => {
    const record = records[i];
    if (!record?.result?.ok) return; // reported by the test above
    const parsed = api[op].output.safeParse(record.result.value);
    expect(parsed.success ? [] : parsed.error.issues, `${op} output`).toEqual([]);
  });
});
