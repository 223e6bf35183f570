// What both Word editions say about the inspection cycle, read back from the documents: counts that
// agree with what they print, judged as at the pack's own date.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/core/export/build';
import type { ExportOptions } from '../../src/shared/api';
import { EVIDENCE, makeSnapshot } from './export-fixture';
import { readBack } from './export-readback';

async function text(options: ExportOptions, snapshot = makeSnapshot()): Promise<string> {
  const built = await buildDocx(snapshot, options, { pageNumbering: 'estimate' });
  return (await readBack(built.buffer)).text;
}

describe('counts that agree with what the documents print', () => {
  it('never counts a withheld item among the evidence past its review date', async () => {
    // E001 (shown), E003 (OFFICIAL-SENSITIVE, withheld) and E005 (shown) are out of date as at the pack's date.
    const evidence = EVIDENCE.map((e) => (e.id === 'ev-1' || e.id === 'ev-3' ? { ...e, freshness: 'out_of_date' as const } : e));
    const board = await text({ edition: 'board', withholdSensitive: true }, makeSnapshot({ evidence }));
    expect(board).toContain('The self-evaluation draws on 4 evidence items (and 2 more withheld from this paper), of which 2 were past their review date as at 31 October 2026.');
    const open = await text({ edition: 'board' }, makeSnapshot({ evidence }));
    expect(open).toContain('The self-evaluation draws on 6 evidence items, of which 3 were past their review date as at 31 October 2026.');
  });
});
