// `sef check` says where each pack stands in the inspection cycle, judged as at its own date, and which
// deadlines after an inspection are running: run for real on the demo council, in a child process.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempdb';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.mjs');

function sef(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

let demo = '';
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  demo = join(t.dir, 'demo.sqlite');
  expect((await sef('demo', '--out', demo)).code).toBe(0);
}, 240_000);
afterAll(async () => cleanup?.());

describe('sef check and the inspection cycle', () => {
  it('says each pack’s framework, as-at date, comparison point and overdue actions as at its date and today', async () => {
    const run = await sef('check', demo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  Pack: Children's services self-evaluation 2024–25 (ILACS 2023, as at 30 May 2025, approved)");
    expect(run.stdout).toMatch(/ {4}Overdue actions: 0 as at 30 May 2025; \d+ today/);
    expect(run.stdout).toContain('    Grades compared with: CQC assessment of adult social care, March 2025');
    expect(run.stdout).toMatch(/ {2}Deadline: Focused visit: care leavers, October 2026: Draft action plan to Ofsted\. Due 4 December 2026/);
  });

  it('gives the same as JSON, for scripts', async () => {
    const run = await sef('check', demo, '--json');
    const { cycle } = JSON.parse(run.stdout) as { cycle: { packs: { title: string; framework: string }[]; deadlines: { dueDate: string }[] } };
    expect(cycle.packs.map((p) => p.framework).sort()).toEqual(['CQC local authority assessment', 'ILACS 2023', 'ILACS 2026']);
    expect(cycle.deadlines.map((d) => d.dueDate)).toEqual(['2026-12-04']);
  });
});
