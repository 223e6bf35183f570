// References (E001, A01…) handed out by nextReference on a real database of the engine under test: the
// number after the highest in use, gaps left unfilled, growing past the padding, other shapes ignored,
// numbered per parent where the series says so. nextReference skips the "is it taken?" lookup whenever
// the next reference sorts after the highest it found; these cases would catch a skip made wrongly
// (a duplicate reference, refused by the UNIQUE constraint or handed out twice).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import type { ReadQueries } from '../../src/core/db/port';
import { call } from '../../src/core/dispatch';
import { actionReferences } from '../../src/core/actions/changes';
import { EVIDENCE_REFERENCES } from '../../src/core/evidence/changes';
import { nextReference, type ReferenceSeries } from '../../src/core/records';
import { insertMinimalPack } from '../support/minimal-pack';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
});
afterEach(async () => cleanup());

let rows = 0;
async function evidenceWithReferences(...references: string[]): Promise<void> {
  for (const reference of references) {
    rows += 1;
    await ctx.db.run(
      `INSERT INTO evidence (id, reference, title, type, sensitivity, created_at, updated_at, updated_by)
       VALUES (?, ?, 'x', 'other', 'official', 't', 't', 't')`,
      [`ref-test-${rows}`, reference],
    );
  }
}

async function actionsWithReferences(packId: string, ...references: string[]): Promise<void> {
  for (const reference of references) {
    rows += 1;
    await ctx.db.run(
      `INSERT INTO actions (id, pack_id, reference, title, owner, status, rag, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, 'x', 'x', 'not_started', 'amber', 't', 't', 't')`,
      [`ref-test-${rows}`, packId, reference],
    );
  }
}

/** The next reference, and the statements nextReference ran to find it. */
async function next(series: ReferenceSeries): Promise<{ reference: string; statements: string[] }> {
  const statements: string[] = [];
  const reference = await ctx.db.read((q) => {
    const recording: ReadQueries = {
      dialect: q.dialect,
      get: (sql, params) => (statements.push(sql), q.get(sql, params)),
      all: (sql, params) => (statements.push(sql), q.all(sql, params)),
    };
    return nextReference(recording, series);
  });
  return { reference, statements };
}

const addEvidence = async () => (await call(ctx, 'evidence.create', { title: 'New', type: 'other' })).reference;

describe('evidence references', () => {
  it('starts at E001 and goes on from the highest, leaving the gaps deletions leave', async () => {
    expect(await addEvidence()).toBe('E001');
    await evidenceWithReferences('E007');
    expect(await addEvidence()).toBe('E008');
    await ctx.db.run("DELETE FROM evidence WHERE reference IN ('E001', 'E007')");
    expect(await addEvidence()).toBe('E009');
  });

  it('grows past the padding: E999 is followed by E1000, E9999 by E10000', async () => {
    await evidenceWithReferences('E998', 'E999');
    expect(await addEvidence()).toBe('E1000');
    expect(await addEvidence()).toBe('E1001');
    await evidenceWithReferences('E9999');
    expect(await addEvidence()).toBe('E10000');
  });

  it('ignores references of other shapes, even ones that sort after every E-number', async () => {
    await evidenceWithReferences('E005', 'E12-old', 'EV0009', 'E0x', 'Evidence 12345', 'e999');
    expect(await addEvidence()).toBe('E006');
  });

  it('looks past a reference padded with more zeros than ours (an imported E0005) to a number already in use', async () => {
    // E0005 sorts after E006 (it is longer), so the next after it, E006, is taken: only reading every
    // reference finds that E006 is the highest.
    await evidenceWithReferences('E0005', 'E006');
    expect(await addEvidence()).toBe('E007');
    await evidenceWithReferences('E00012');
    expect(await addEvidence()).toBe('E013');
  });

  it('hands out the padded number when it is free', async () => {
    await evidenceWithReferences('E0005');
    expect(await addEvidence()).toBe('E006');
  });

  it('reads one batch of the index when the next reference sorts after the highest, and looks it up only when it may be taken', async () => {
    await evidenceWithReferences('E041', 'E999');
    expect(await next(EVIDENCE_REFERENCES)).toEqual({ reference: 'E1000', statements: [expect.stringContaining('ORDER BY')] });
    await evidenceWithReferences('E01000');
    const padded = await next(EVIDENCE_REFERENCES);
    expect(padded.reference).toBe('E1001');
    expect(padded.statements).toHaveLength(2);
  });
});

describe('references numbered per parent, with another prefix and width', () => {
  it('numbers a pack’s actions A01, A02… on their own, past A99', async () => {
    const one = await insertMinimalPack(ctx);
    const two = await insertMinimalPack(ctx);
    expect((await next(actionReferences(one.packId))).reference).toBe('A01');
    await actionsWithReferences(one.packId, 'A01', 'A98', 'A99');
    await actionsWithReferences(two.packId, 'A0100', 'A05');
    expect((await next(actionReferences(one.packId))).reference).toBe('A100');
    // The other pack's padded A0100 does not number this pack's, and its own next after it is free.
    expect((await next(actionReferences(two.packId))).reference).toBe('A101');
    await actionsWithReferences(two.packId, 'A101');
    expect((await next(actionReferences(two.packId))).reference).toBe('A102');
  });

  it('takes the series’ own prefix and width', async () => {
    const series: ReferenceSeries = { table: 'evidence', prefix: 'EV-', width: 4 };
    expect((await next(series)).reference).toBe('EV-0001');
    await evidenceWithReferences('EV-0009', 'E999', 'EV-12a');
    expect((await next(series)).reference).toBe('EV-0010');
    await evidenceWithReferences('EV-00011', 'EV-0012');
    expect((await next(series)).reference).toBe('EV-0013');
  });
});
