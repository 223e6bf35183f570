// Issue 7: killing the app mid-write loses nothing it said was saved. A handful of real SIGKILL trials
// (tests/support/crash-trial.ts), each at another moment; `npm run crash-test` runs many more with figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTrial, type TrialResult } from '../support/crash-trial';
import { tempDir } from '../support/tempdb';

const KILL_AFTER_MS = [0, 40, 150, 400];
let results: TrialResult[];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  results = [];
  for (const [i, ms] of KILL_AFTER_MS.entries()) results.push(await crashTrial(t.dir, `trial-${i}`, ms));
}, 180_000);
afterAll(() => cleanup());

describe('a kill during writes', () => {
  it('loses no acknowledged change, and the file reopens sound', () => {
    for (const [i, r] of results.entries()) {
      expect(r.acknowledged, `trial ${i}`).toBeGreaterThan(0);
      expect(r.lost, `trial ${i}: acknowledged changes lost`).toBe(0);
      expect(r.integrity, `trial ${i}`).toEqual([]);
      expect(r.unacknowledgedFound, `trial ${i}`).toBeLessThanOrEqual(1);
    }
  });

  it('was killed with changes still in the -wal at least once, so the open-time check saw a real crash', () => {
    expect(results.some((r) => r.walBytesAtOpen > 0)).toBe(true);
  });
});
