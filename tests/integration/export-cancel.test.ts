// Cancelling an export stops it before anything is written, and leaves no temporary file behind.
import { readdir, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/core/context';
import { dispatch, call } from '../../src/core/dispatch';
import { tempContext } from '../support/tempdb';
import { grant } from '../support/grants';

let ctx: CoreContext;
let dir: string;
let cleanup: () => Promise<void>;
let packId: string;

beforeAll(async () => {
  ({ ctx, dir, cleanup } = await tempContext());
  const pack = await call(ctx, 'packs.create', { title: 'Self-evaluation 2025–26', frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-11-01' });
  packId = pack.id;
});
afterAll(() => cleanup());

describe('cancelling an export', () => {
  it('stops before writing: the earlier file at the path is untouched and no temporary file is left', async () => {
    const out = join(dir, 'pack.docx');
    await writeFile(out, 'the previous export');
    const exporting = dispatch(ctx, 'export.word', { packId, file: grant(ctx, out, 'export-word'), options: { edition: 'self_evaluation' }, jobId: 'job-1' });
    expect(await call(ctx, 'jobs.cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
    const result = await exporting;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled. Nothing was written.' } });
    expect(await readFile(out, 'utf8')).toBe('the previous export');
    expect((await readdir(dir)).filter((f) => f.includes('.docx'))).toEqual(['pack.docx']);
  });

  it('says false for a job that has already finished, and the export it named was written whole', async () => {
    const out = join(dir, 'finished.docx');
    const result = await call(ctx, 'export.word', { packId, file: grant(ctx, out, 'export-word'), options: { edition: 'board' }, jobId: 'job-2' });
    expect(result.bytes).toBeGreaterThan(1000);
    expect(await call(ctx, 'jobs.cancel', { jobId: 'job-2' })).toEqual({ cancelled: false });
  });
});
