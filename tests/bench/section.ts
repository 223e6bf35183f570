// What a benchmark section is, and the helpers sections share. A section sets up what it needs (usually a
// fresh database in a temporary folder), times a few operations and returns figures; run.ts prints them.
// No asserts: speed is reported, never tested (shared/design.md, "Testing").
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { coreContext, type CoreContext } from '../../src/core/context';
import { openDatabase } from '../../src/core/db/open';
import { FIXED_NOW, tempDir } from '../support/tempdb';

export interface Figure {
  /** What was timed: "evidence.list, 10,000 rows". */
  label: string;
  /** Milliseconds. */
  ms: number;
  /**
   * CPU milliseconds of this process over the same span, every thread (SQLite's work runs off the main
   * thread): on a shared, loaded machine wall time mostly measures the neighbours, CPU time much less so.
   */
  cpuMs?: number;
  /** Anything that helps read the figure: rows returned, file size. */
  note?: string;
}

export interface Section {
  /** Short name for `npm run bench -- <name>`: "evidence-5000". */
  name: string;
  /** Heading printed above the section's figures. */
  title: string;
  run(bench: Bench): Promise<void>;
}

/** What a section gets: a way to record figures and to make temporary databases that are cleaned up. */
export interface Bench {
  /** Times fn once and records the figure; returns fn's result. note may depend on the result. */
  time<T>(label: string, fn: () => Promise<T>, note?: string | ((result: T) => string)): Promise<T>;
  /** Runs fn `times` times and records the median. */
  median<T>(label: string, times: number, fn: () => Promise<T>, note?: string | ((result: T) => string)): Promise<T>;
  /** Records a figure measured some other way. */
  record(figure: Figure): void;
  /** A fresh temporary folder, removed after the section. */
  folder(): Promise<string>;
  /** Opens (creates and migrates) a new database in a temporary folder, timed as "open and migrate a new database". */
  newDatabase(label?: string): Promise<CoreContext>;
}

/** Starts a CPU clock for this process; calling what it returns gives the CPU milliseconds since. */
export function cpuClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}

function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export async function runSection(section: Section): Promise<Figure[]> {
  const figures: Figure[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const noteOf = <T>(note: string | ((result: T) => string) | undefined, result: T) =>
    typeof note === 'function' ? note(result) : note;
  const bench: Bench = {
    async time(label, fn, note) {
      const start = performance.now();
      const cpu = cpuClock();
      const result = await fn();
      figures.push({ label, ms: performance.now() - start, cpuMs: cpu(), note: noteOf(note, result) });
      return result;
    },
    async median(label, times, fn, note) {
      const samples: number[] = [];
      const cpuSamples: number[] = [];
      let result!: Awaited<ReturnType<typeof fn>>;
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        const cpu = cpuClock();
        result = await fn();
        samples.push(performance.now() - start);
        cpuSamples.push(cpu());
      }
      const extra = noteOf(note, result);
      figures.push({ label, ms: medianOf(samples), cpuMs: medianOf(cpuSamples), note: [`median of ${times}`, extra].filter(Boolean).join('; ') });
      return result;
    },
    record(figure) {
      figures.push(figure);
    },
    async folder() {
      const { dir, cleanup } = await tempDir();
      cleanups.push(cleanup);
      return dir;
    },
    async newDatabase(label = 'Open and migrate a new database') {
      const dir = await bench.folder();
      const db = await bench.time(label, () => openDatabase(join(dir, 'bench.sqlite')));
      cleanups.unshift(() => db.close().catch(() => undefined));
      return coreContext({ db, now: () => FIXED_NOW, appVersion: '0.0.0-bench' });
    },
  };
  try {
    await section.run(bench);
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  return figures;
}
