// The `sef` command's start-up (issue 7): the bundle that ships (dist/cli/sef.mjs, through bin.mjs)
// against the same sources compiled at run time by tsx, as the command used to start. Whole processes,
// timed from spawn to exit.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../../scripts/build-cli.mjs';
import { populateDemo } from '../../../src/core/demo';
import type { Section } from '../section';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.mjs');
const RUNS = 15;

/** Runs one whole process; the bench times the call. */
function timeProcess(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
}

export const cliSection: Section = {
  name: 'cli',
  title: 'The sef command: start-up of the bundle against TypeScript compiled at run time (whole processes)',
  async run(bench) {
    await bench.time('Bundle the command with esbuild (npm run build:cli)', () => buildCli());
    const ctx = await bench.newDatabase('Make a demo database to check');
    await populateDemo(ctx);
    await ctx.db.close();
    const demo = ctx.db.path;
    const cases: [string, string[]][] = [
      ['sef --help', ['--help']],
      ['sef --version', ['--version']],
      ['sef check demo.sqlite', ['check', demo]],
    ];
    for (const [label, args] of cases) {
      await bench.median(`${label} (bundled, as shipped)`, RUNS, async () => timeProcess([BIN, ...args]));
      await bench.median(`${label} (tsx compiling the sources, as before)`, 5, async () =>
        timeProcess(['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args]),
      );
    }
    await bench.median('node -e "" (Node itself, for scale)', RUNS, async () => timeProcess(['-e', '']));
  },
};
