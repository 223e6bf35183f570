// Bad input is stopped at the door: dispatch parses every input with the contract's schema before any
// handler runs, so each of these is refused with a message a person can act on, and nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { call, dispatch } from '../../src/core/dispatch';
import type { AppErrorShape } from '../../src/shared/result';
import { tempContext } from '../support/tempdb';

let ctx: CoreContext;
let cleanup: () => Promise<void>;
let areaId: string;

beforeEach(async () => {
  ({ ctx, cleanup } = await tempContext());
  const pack = await call(ctx, 'packs.create', { title: 'SEF 2026–27', frameworkId: 'ilacs-2023', period: '2026–27', asAt: '2026-03-01' });
  areaId = (await call(ctx, 'packs.get', { packId: pack.id })).areas[0]!.id;
});
afterEach(async () => cleanup());

const TABLES = ['settings', 'frameworks', 'packs', 'pack_areas', 'narratives', 'evidence', 'evidence_links', 'actions', 'inspections', 'audit_log'];

/** Every row of every table the operations below could touch, to show that nothing changed. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES) tables[table] = await ctx.db.all(`SELECT * FROM ${table} ORDER BY rowid`);
  return tables;
}

async function refusedWithoutWriting(op: unknown, input: unknown): Promise<AppErrorShape> {
  const before = await snapshot();
  const result = await dispatch(ctx, op, input);
  expect(await snapshot()).toEqual(before);
  if (result.ok) throw new Error(`${String(op)} was expected to be refused`);
  return result.error;
}

const packInput = { title: 'SEF 2027–28', frameworkId: 'ilacs-2026', period: '2027–28', asAt: '2027-03-01' };

describe('the contract refuses bad input before any handler runs', () => {
  it('refuses an operation it does not know, naming it', async () => {
    expect(await refusedWithoutWriting('packs.explode', {})).toEqual({
      code: 'unknown_operation', message: 'SEF Studio does not know the operation "packs.explode".',
    });
  });

  it('refuses a missing or blank title, pointing at the field', async () => {
    const { title: _title, ...withoutTitle } = packInput;
    const missing = await refusedWithoutWriting('packs.create', withoutTitle);
    expect(missing).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^That was not saved: title: /) });
    expect(missing.fields).toHaveProperty('title');

    const blank = await refusedWithoutWriting('packs.create', { ...packInput, title: '   ' });
    expect(blank).toEqual({ code: 'invalid_input', message: 'That was not saved: title: Enter a title.', fields: { title: 'Enter a title' } });
  });

  it('refuses a date written the UK way, showing the form it needs', async () => {
    const error = await refusedWithoutWriting('packs.create', { ...packInput, asAt: '23/11/2026' });
    expect(error).toEqual({
      code: 'invalid_input', message: 'That was not saved: asAt: Use a date like 2026-11-23.', fields: { asAt: 'Use a date like 2026-11-23' },
    });
  });

  it('refuses a value that is not one of a list’s choices', async () => {
    const status = await refusedWithoutWriting('areas.update', { areaId, status: 'done' });
    expect(status).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/status: .*"to_review"/) });
    expect(status.fields).toHaveProperty('status');

    const type = await refusedWithoutWriting('evidence.create', { title: 'Audit', type: 'rumour' });
    expect(type).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/type: .*"case_file_audit"/) });
  });

  it('refuses keys the operation does not have, naming them', async () => {
    const error = await refusedWithoutWriting('packs.create', { ...packInput, colour: 'red' });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/colour/) });
  });

  it('refuses a javascript: link in a narrative', async () => {
    const doc = {
      type: 'doc',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Click me', href: 'javascript:alert(1)' }] }],
    };
    const error = await refusedWithoutWriting('narratives.save', { areaId, sectionId: 'what-we-know', doc });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'That was not saved: doc.blocks.0.content.0.href: Links must start with https://, http:// or mailto:.',
      fields: { 'doc.blocks.0.content.0.href': 'Links must start with https://, http:// or mailto:' },
    });
  });

  it('refuses input that is not an object at all, and numbers out of range', async () => {
    expect((await refusedWithoutWriting('packs.create', 'make me a pack')).code).toBe('invalid_input');
    expect((await refusedWithoutWriting('audit.list', { limit: 100_000 })).code).toBe('invalid_input');
  });
});
