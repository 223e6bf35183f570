// The Word export at size: both editions of the demo pack, and the self-evaluation of a large generated
// pack (5 areas, 2,000 evidence items, 300 actions, 60,000 words of narrative). Each export runs in a
// child Node process of its own that opens the database and calls 'export.word', so its peak memory
// (the process's maximum resident set size) is the export's alone, not the benchmark's. The child opens
// the database for writing, as the app does, so the export keeps the charts it drew (charts/store.ts):
// each export starts with none kept, and one with charts is run again to show the export that finds them.
//
// Beside each export, its floor: the docx library alone building and packing a document with the same
// elements (docx-floor.ts), in a child process of its own, and the ratio of ours to it in time and in
// peak memory. The target is 1.3× or less in both.
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { populateDemo } from '../../src/core/demo/index';
import { populateLargePack } from '../../src/core/demo/large';
import { call } from '../../src/core/dispatch';
import type { ExportOptions } from '../../src/shared/api';
import { buildFloor, planFloor, shapeOf, type DocumentShape } from './docx-floor';
import type { Bench, Section } from './section';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = join(THIS_FILE, '../../..');

interface ChildReport {
  ms: number;
  /** CPU time (user and system) the work took: steadier than the clock on a shared machine. */
  cpuMs: number;
  bytes: number;
  withheldCount: number;
  /** Resident set size after opening the database, before the export, in bytes. */
  rssBefore: number;
  /** The process's maximum resident set size, in bytes. */
  maxRss: number;
  /** The largest heap seen by sampling every 10 ms (misses peaks inside synchronous work). */
  heapPeak: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function runChild(args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', THIS_FILE, ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 900_000, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`The export child failed: ${err.message}\n${stderr}`));
        try {
          resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport);
        } catch {
          reject(new Error(`The export child printed no report:\n${stdout}\n${stderr}`));
        }
      },
    ),
  );
}

const ratio = (ours: number, floor: number) => `${(ours / floor).toFixed(2)}×`;

function shapeNote(shape: DocumentShape): string {
  const c = shape.counts;
  return `${c.paragraphs.toLocaleString('en-GB')} paragraphs, ${c.runs.toLocaleString('en-GB')} runs, ${c.tables} tables, ${c.rows.toLocaleString('en-GB')} rows, ${c.cells.toLocaleString('en-GB')} cells, ${c.characters.toLocaleString('en-GB')} characters, ${c.pictures} pictures`;
}

async function exportFigure(bench: Bench, label: string, ctx: CoreContext, dbPath: string, packId: string, options: ExportOptions) {
  // Every export starts with no chart kept, so none is served by the one before it.
  await ctx.db.run('DELETE FROM chart_pictures');
  // The child reads the file; make sure what the parent wrote has reached it.
  await ctx.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const folder = await bench.folder();
  const out = join(folder, 'export.docx');
  const report = await runChild(['--child', dbPath, packId, out, JSON.stringify(options)]);
  const size = (await stat(out)).size;
  const shape = await shapeOf(await readFile(out));
  const shapePath = join(folder, 'shape.json');
  await writeFile(shapePath, JSON.stringify(shape));
  const floor = await runChild(['--floor', shapePath, join(folder, 'floor.docx')]);
  const against = (r: ChildReport) =>
    `CPU ${ratio(r.cpuMs, floor.cpuMs)}, time ${ratio(r.ms, floor.ms)}, peak RSS ${ratio(r.maxRss, floor.maxRss)} (target 1.3× or less)`;
  const noteOf = (r: ChildReport) =>
    `CPU ${r.cpuMs.toFixed(0)} ms; ${(size / 1024).toFixed(0)} KB; peak RSS ${mb(r.maxRss)} (${mb(r.rssBefore)} before), heap ${mb(r.heapPeak)}+`;
  bench.record({ label: shape.counts.pictures ? `${label} (charts drawn)` : label, ms: report.ms, note: noteOf(report) });
  bench.record({
    label: '  the floor: docx alone, same elements',
    ms: floor.ms,
    note: `CPU ${floor.cpuMs.toFixed(0)} ms; peak RSS ${mb(floor.maxRss)} (${mb(floor.rssBefore)} before); ${shapeNote(shape)}`,
  });
  bench.record({ label: '  ours against the floor', ms: report.ms - floor.ms, note: against(report) });
  if (!shape.counts.pictures) return;
  const again = await runChild(['--child', dbPath, packId, join(folder, 'again.docx'), JSON.stringify(options)]);
  bench.record({ label: '  again, its charts kept in the database', ms: again.ms, note: noteOf(again) });
  bench.record({ label: '  again against the floor', ms: again.ms - floor.ms, note: against(again) });
}

export const exportSection: Section = {
  name: 'export',
  title: 'Word export (export.word), each in a fresh process: time and peak memory',
  async run(bench) {
    const demoDir = await bench.folder();
    const demoPath = join(demoDir, 'demo.sqlite');
    const demo = await openDatabase(demoPath);
    try {
      const ctx: CoreContext = coreContext({ db: demo, appVersion: '0.0.0-bench' });
      await populateDemo(ctx);
      const [pack] = await call(ctx, 'packs.list', {});
      await exportFigure(bench, 'Demo pack, self-evaluation', ctx, demoPath, pack!.id, { edition: 'self_evaluation' });
      await exportFigure(bench, 'Demo pack, board paper (with the plan appendix)', ctx, demoPath, pack!.id, {
        edition: 'board',
        exemptSchedule12A: true,
      });
    } finally {
      await demo.close();
    }

    const largeDir = await bench.folder();
    const largePath = join(largeDir, 'large.sqlite');
    const large = await openDatabase(largePath);
    try {
      const ctx: CoreContext = coreContext({ db: large, appVersion: '0.0.0-bench' });
      const { packId } = await bench.time(
        'Generate the large pack (not the export)',
        () => populateLargePack(ctx, { evidence: 2000, actions: 300, narrativeWords: 60_000 }),
        '5 areas, 2,000 evidence, 300 actions, 60,000 words',
      );
      await exportFigure(bench, 'Large pack, self-evaluation', ctx, largePath, packId, { edition: 'self_evaluation' });
      await exportFigure(bench, 'Large pack, self-evaluation, sensitive evidence withheld', ctx, largePath, packId, {
        edition: 'self_evaluation',
        withholdSensitive: true,
      });
      await exportFigure(bench, 'Large pack, board paper', ctx, largePath, packId, { edition: 'board' });
    } finally {
      await large.close();
    }
  },
};

/**
 * Runs the work on a collected heap (so neither child pays for what came before it), measuring its
 * time, CPU and memory, and prints the report as the last line of output.
 */
async function measured(work: () => Promise<{ bytes: number; withheldCount: number }>): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { bytes, withheldCount } = await work();
  const report: ChildReport = {
    ms: performance.now() - start,
    cpuMs: cpuSince(cpu),
    bytes,
    withheldCount,
    rssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapPeak,
  };
  clearInterval(sampler);
  console.log(JSON.stringify(report));
}

/** The child: open the database (for writing, as the app does, so the export keeps its charts), export once. */
async function child(dbPath: string, packId: string, out: string, optionsJson: string): Promise<void> {
  const db = await openDatabase(dbPath, { mustExist: true });
  const ctx: CoreContext = coreContext({ db, appVersion: '0.0.0-bench' });
  await measured(() =>
    call(ctx, 'export.word', { packId, file: ctx.files.grant(resolve(out), 'export-word'), options: JSON.parse(optionsJson) as ExportOptions }),
  );
  await db.close();
}

/** The floor's child: build the shape with docx alone and write it. */
async function floorChild(shapePath: string, out: string): Promise<void> {
  const plan = planFloor(JSON.parse(await readFile(shapePath, 'utf8')) as DocumentShape);
  await import('docx');
  await measured(async () => {
    const buffer = await buildFloor(plan);
    await writeFile(out, buffer);
    return { bytes: buffer.length, withheldCount: 0 };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') {
    const [dbPath, packId, out, options] = process.argv.slice(3) as [string, string, string, string];
    await child(dbPath, packId, out, options);
  } else if (process.argv[2] === '--floor') {
    const [shapePath, out] = process.argv.slice(3) as [string, string];
    await floorChild(shapePath, out);
  }
}
