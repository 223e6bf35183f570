// npm run bench [-- name …]: runs the benchmark sections (all, or those named) and prints a table of
// figures. Nothing is asserted; compare the figures between runs and machines.
import { cpus } from 'node:os';
import { runSection, type Figure } from './section';
import { SECTIONS } from './sections';

function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(1)} ms`;
}

function printTable(title: string, figures: Figure[]): void {
  const rows = figures.map((f) => [f.label, formatMs(f.ms), f.cpuMs === undefined ? '' : formatMs(f.cpuMs), f.note ?? '']);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), [9, 4, 3][i]!));
  console.log(`\n${title}`);
  console.log(`${'Operation'.padEnd(widths[0]!)}  ${'Time'.padStart(widths[1]!)}  ${'CPU'.padStart(widths[2]!)}  Notes`);
  console.log(`${'-'.repeat(widths[0]!)}  ${'-'.repeat(widths[1]!)}  ${'-'.repeat(widths[2]!)}  -----`);
  for (const [label, time, cpu, note] of rows)
    console.log(`${label!.padEnd(widths[0]!)}  ${time!.padStart(widths[1]!)}  ${cpu!.padStart(widths[2]!)}  ${note}`.trimEnd());
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SECTIONS.some((s) => s.name === name));
if (unknown.length) {
  console.error(
    `No benchmark section called ${unknown.join(', ')}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}.`,
  );
  process.exit(2);
}
const chosen = wanted.length ? SECTIONS.filter((s) => wanted.includes(s.name)) : SECTIONS;

console.log(
  `SEF Studio benchmarks: Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString()}`,
);
for (const section of chosen) {
  const started = performance.now();
  const figures = await runSection(section);
  printTable(`${section.title} [${section.name}, ${formatMs(performance.now() - started)} in all]`, figures);
}
