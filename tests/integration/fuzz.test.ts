// Issue 7: every operation of the contract, fuzzed with a few hundred payloads each from a fixed seed
// (tests/support/fuzz.ts says what is tried and what must hold). `npm run fuzz` runs the long version
// and prints what each operation did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type OpName } from '../../src/shared/api';
import { fuzzContract, type FuzzReport } from '../support/fuzz';
import { tempContext } from '../support/tempdb';

const PAYLOADS_PER_OPERATION = 200;
let report: FuzzReport;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempContext();
  cleanup = t.cleanup;
  report = await fuzzContract(t.ctx, t.dir, { seed: 20261123, perOp: PAYLOADS_PER_OPERATION });
}, 180_000);
afterAll(() => cleanup());

describe('every operation under random and hostile input', () => {
  it('tries every operation of the contract', () => {
    expect(report.figures.map((f) => f.op).sort()).toEqual((Object.keys(api) as OpName[]).sort());
    for (const f of report.figures) expect(f.payloads, f.op).toBe(PAYLOADS_PER_OPERATION);
  });

  it('never throws, answers with its output schema or a known refusal in words, and never fails inside', () => {
    expect(report.failures.slice(0, 10)).toEqual([]);
  });

  it('leaves a sound database with only real dates in it', () => {
    expect(report.afterwards).toEqual([]);
  });

  it('reaches past validation: some payloads of most operations are carried out', () => {
    const carried = report.figures.filter((f) => f.succeeded > 0).length;
    expect(carried).toBeGreaterThan(report.figures.length * 0.8);
  });
});
