// npm run crash-test [-- --trials N]: many kill-during-writes trials (tests/support/crash-trial.ts), each
// killed at a random moment from a fixed seed, with the figures printed. Exits 1 if anything was lost.
import { parseArgs } from 'node:util';
import { crashTrial } from '../support/crash-trial';
import { randomSource } from '../support/fuzz';
import { tempDir } from '../support/tempdb';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '50' }, seed: { type: 'string', default: '7' } } });
const trials = Number(values.trials);
const random = randomSource(Number(values.seed));
const { dir, cleanup } = await tempDir();
let acknowledged = 0;
let lost = 0;
let damaged = 0;
let withWal = 0;
const reopen: number[] = [];
try {
  for (let i = 0; i < trials; i++) {
    const killAfter = Math.floor(random() * 1500);
    const r = await crashTrial(dir, `trial-${i}`, killAfter);
    acknowledged += r.acknowledged;
    lost += r.lost;
    if (r.integrity.length) damaged++;
    if (r.walBytesAtOpen) withWal++;
    reopen.push(r.reopenMs);
    console.log(`  trial ${String(i + 1).padStart(3)}: killed after ${String(killAfter).padStart(4)} ms, ${String(r.acknowledged).padStart(4)} acknowledged, ${r.lost} lost, -wal ${(r.walBytesAtOpen / 1024).toFixed(0)} KB, reopened in ${r.reopenMs.toFixed(1)} ms${r.integrity.length ? `, DAMAGED: ${r.integrity.join('; ')}` : ''}`);
  }
  reopen.sort((a, b) => a - b);
  console.log(
    `${trials} SIGKILL trials: ${acknowledged.toLocaleString('en-GB')} acknowledged writes, ${lost} lost, ${damaged} files damaged, ${withWal} killed with changes in the -wal; reopening (open-time checks included) took ${reopen[Math.floor(reopen.length / 2)]!.toFixed(1)} ms median, ${reopen.at(-1)!.toFixed(1)} ms at most.`,
  );
  process.exitCode = lost || damaged ? 1 : 0;
} finally {
  await cleanup();
}
