// npm run fuzz [-- --per-op N] [--seed S]: the long fuzz of every contract operation (tests/support/fuzz.ts),
// printing what each operation did with its payloads and every failure found. Exits 1 if any.
import { parseArgs } from 'node:util';
import { fuzzContract } from '../support/fuzz';
import { tempContext } from '../support/tempdb';

const { values } = parseArgs({ options: { 'per-op': { type: 'string', default: '2000' }, seed: { type: 'string', default: '7' } } });
const perOp = Number(values['per-op']);
const seed = Number(values.seed);
const { ctx, dir, cleanup } = await tempContext();
try {
  const report = await fuzzContract(ctx, dir, {
    seed,
    perOp,
    progress: (f, ms) => process.stderr.write(`  ${f.op}: ${f.payloads} payloads in ${(ms / 1000).toFixed(1)} s\n`),
  });
  const total = report.figures.reduce((n, f) => n + f.payloads, 0);
  console.log(`Fuzzed ${report.figures.length} operations with ${total.toLocaleString('en-GB')} payloads (seed ${seed}) in ${(report.ms / 1000).toFixed(1)} s.`);
  const width = Math.max(...report.figures.map((f) => f.op.length));
  for (const f of report.figures) {
    const refused = Object.entries(f.refused).map(([code, n]) => `${code} ${n}`).join(', ');
    console.log(`  ${f.op.padEnd(width)}  ${String(f.payloads).padStart(6)} payloads  ${String(f.succeeded).padStart(6)} succeeded  ${refused}`);
  }
  console.log(`Failures: ${report.failures.length}. Database afterwards: ${report.afterwards.length ? report.afterwards.join('; ') : 'integrity ok, every stored date real'}.`);
  for (const failure of report.failures.slice(0, 50)) console.log(`  ${failure.op}: ${failure.problem}\n    payload: ${JSON.stringify(failure.payload)}`);
  process.exitCode = report.failures.length || report.afterwards.length ? 1 : 0;
} finally {
  await cleanup();
}
