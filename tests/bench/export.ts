// The Word export at size: both editions of the demo pack, and the self-evaluation of a large generated
// pack (5 areas, 2,000 evidence items, 300 actions, 60,000 words of narrative). Each export runs in a
// child Node process of its own that opens the database and calls 'export.word', so its peak memory
// (the process's maximum resident set size) is the export's alone, not the benchmark's.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { populateDemo } from '../../src/core/demo/index';
import { populateLargePack } from '../../src/core/demo/large';
import { call } from '../../src/core/dispatch';
import type { ExportOptions } from '../../src/shared/api';
import type { Bench, Section } from './section';

const THIS_FILE = fileURLToPath(import.meta.url);
const ROOT = join(THIS_FILE, '../../..');

interface ChildReport {
  ms: number;
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

function exportInChild(dbPath: string, packId: string, out: string, options: ExportOptions): Promise<ChildReport> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', THIS_FILE, '--child', dbPath, packId, out, JSON.stringify(options)],
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

async function exportFigure(bench: Bench, label: string, ctx: CoreContext, dbPath: string, packId: string, options: ExportOptions) {
  // The child reads the file; make sure what the parent wrote has reached it.
  await ctx.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  const out = join(await bench.folder(), 'export.docx');
  const report = await exportInChild(dbPath, packId, out, options);
  const size = (await stat(out)).size;
  bench.record({
    label,
    ms: report.ms,
    note: `${(size / 1024).toFixed(0)} KB; peak RSS ${mb(report.maxRss)} (${mb(report.rssBefore)} before), heap ${mb(report.heapPeak)}+`,
  });
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

/** The child: open the database, export once, print a report as the last line of output. */
async function child(dbPath: string, packId: string, out: string, optionsJson: string): Promise<void> {
  const { openDatabaseReadOnly } = await import('../../src/core/db/open');
  const db = await openDatabaseReadOnly(dbPath);
  const ctx: CoreContext = coreContext({ db, appVersion: '0.0.0-bench' });
  const rssBefore = process.memoryUsage().rss;
  let heapPeak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 10);
  const start = performance.now();
  const file = ctx.files.grant(resolve(out), 'export-word');
  const result = await call(ctx, 'export.word', { packId, file, options: JSON.parse(optionsJson) as ExportOptions });
  const ms = performance.now() - start;
  clearInterval(sampler);
  await db.close();
  const report: ChildReport = {
    ms,
    bytes: result.bytes,
    withheldCount: result.withheldCount,
    rssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapPeak,
  };
  console.log(JSON.stringify(report));
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dbPath, packId, out, options] = process.argv.slice(3) as [string, string, string, string];
  await child(dbPath, packId, out, options);
}
