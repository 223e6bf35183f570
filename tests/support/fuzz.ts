// Fuzzing every operation of the contract with payloads a buggy or hostile renderer could send: each
// operation's valid input from the scripted session (contract-session.ts), mutated (a field removed,
// replaced by a random value of any type, an impossible date, a huge string, an unknown key), or replaced
// outright. Seeded, so a run is repeatable. Used by tests/integration/fuzz.test.ts (a few hundred payloads
// an operation, in `npm test`) and tests/fuzz/run.ts (`npm run fuzz`, as many as you like, with figures).
//
// What must hold for every payload: dispatch resolves (never throws); a success parses with the
// operation's output schema; a refusal has a known code, a message, and is not "internal" (an internal
// error is a bug); no message carries SQLite's own words. After the run: the database passes its integrity
// and foreign key checks, and every stored date is a real date.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { api, type OpName } from '../../src/shared/api';
import type { FilePurpose } from '../../src/shared/files';
import { isValidIsoDate } from '../../src/shared/dates';
import { ERROR_CODES, type Result } from '../../src/shared/result';
import type { CoreContext } from '../../src/core/context';
import { checkIntegrity } from '../../src/core/db/open';
import { seededRandom } from '../../src/core/demo/large';
import { dispatch } from '../../src/core/dispatch';
import { PNG, runSession, type SessionRecord } from './contract-session';

/** The fuzzer's source of randomness: the demo's small seeded generator, so a run is repeatable. */
export const randomSource = seededRandom;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const AWKWARD_STRINGS = [
  '',
  ' ',
  '2026-02-30',
  '2026-13-01',
  '2026-11-23',
  '0000-00-00',
  '23/11/2026',
  '/etc/passwd',
  '../../.bashrc',
  'C:\\Windows\\System32\\cmd.exe',
  'grant-AAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  "'; DROP TABLE evidence; --",
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u0000',
  '\uD800',
  '‮fdp.exe',
  'CON',
  '𝓢𝓔𝓕 ✓ ünïcödé',
  'ilacs-2023',
  'official_sensitive',
  'to_review',
];
const AWKWARD_NUMBERS = [0, -1, 1, 0.5, 2 ** 31, -(2 ** 31), 2 ** 53 + 1, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, -0];

function randomString(random: Random): string {
  const roll = random();
  if (roll < 0.5) return pick(random, AWKWARD_STRINGS);
  if (roll < 0.6) return 'x'.repeat(Math.floor(random() * 300_000));
  return Array.from({ length: Math.floor(random() * 40) }, () => String.fromCodePoint(Math.floor(random() * 0x2fff))).join('');
}

/** Any value a structured clone could carry, nested a little. */
export function randomValue(random: Random, depth = 0): unknown {
  const roll = random();
  if (roll < 0.1) return null;
  if (roll < 0.15) return undefined;
  if (roll < 0.22) return random() < 0.5;
  if (roll < 0.35) return pick(random, AWKWARD_NUMBERS);
  if (roll < 0.65 || depth > 2) return randomString(random);
  if (roll < 0.8) {
    // Now and then a long array, of small values only, so the payload stays a few megabytes at most.
    if (random() < 0.05) return Array.from({ length: 5000 }, () => pick(random, AWKWARD_STRINGS));
    return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, depth + 1));
  }
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(random() * 5); i > 0; i--) object[randomString(random).slice(0, 30)] = randomValue(random, depth + 1);
  return object;
}

/** The seed input with one thing changed, or sometimes several, or sometimes nothing left of it. */
export function mutate(random: Random, seed: unknown, depth = 0): unknown {
  if (random() < 0.08 && depth === 0) return randomValue(random);
  if (seed === null || typeof seed !== 'object') return random() < 0.7 ? randomValue(random) : seed;
  if (Array.isArray(seed)) {
    const copy = [...seed];
    if (copy.length && random() < 0.7) {
      const i = Math.floor(random() * copy.length);
      copy[i] = mutate(random, copy[i], depth + 1);
    } else copy.push(randomValue(random));
    return copy;
  }
  const copy: Record<string, unknown> = { ...(seed as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const changes = 1 + Math.floor(random() * (random() < 0.8 ? 1 : 3));
  for (let c = 0; c < changes; c++) {
    const roll = random();
    if (keys.length && roll < 0.2) delete copy[pick(random, keys)];
    else if (roll < 0.3) copy[randomString(random).slice(0, 20) || 'extra'] = randomValue(random);
    else if (keys.length) {
      const key = pick(random, keys);
      copy[key] = roll < 0.6 ? mutate(random, copy[key], depth + 1) : randomValue(random);
    }
  }
  return copy;
}

export interface OpFigures {
  op: OpName;
  payloads: number;
  succeeded: number;
  refused: Partial<Record<string, number>>;
}

export interface Failure {
  op: OpName;
  payload: unknown;
  problem: string;
}

export interface FuzzReport {
  figures: OpFigures[];
  failures: Failure[];
  /** Problems found in the database afterwards. */
  afterwards: string[];
  ms: number;
}

function describePayload(payload: unknown): unknown {
  try {
    const text = JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}… (${v.length} characters)` : v));
    return text && text.length > 2000 ? `${text.slice(0, 2000)}…` : (JSON.parse(text ?? 'null') as unknown);
  } catch {
    return String(payload);
  }
}

function problemWith(op: OpName, result: Result<unknown>): string | null {
  if (result.ok) {
    const parsed = api[op].output.safeParse(result.value);
    return parsed.success ? null : `its result does not match its output schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
  }
  const { code, message } = result.error;
  if (!(ERROR_CODES as readonly string[]).includes(code)) return `refused with an unknown code "${code}"`;
  if (typeof message !== 'string' || !message.trim()) return 'refused without a message';
  if (code === 'internal') return `failed inside SEF Studio: ${message}`;
  if (/SQLITE_|database is locked|disk image is malformed|constraint failed/i.test(message)) return `SQLite's own words reached the person: ${message}`;
  return null;
}

/**
 * Operations that take a file: half their payloads get a fresh, valid grant (before mutation), so the
 * fuzzing reaches past the grant check. Exports take a second or so each, so they get one rarely.
 */
const FILE_GRANTS: Partial<Record<OpName, { purpose: FilePurpose; contents?: Buffer | string; share: number }>> = {
  'settings.setLogo': { purpose: 'set-logo', contents: PNG, share: 0.5 },
  'frameworks.import': { purpose: 'import-framework', contents: '{"schemaVersion":1}', share: 0.5 },
  'evidence.attachFile': { purpose: 'attach-evidence', contents: 'notes', share: 0.5 },
  'evidence.saveAttachment': { purpose: 'save-attachment', share: 0.5 },
  'database.backup': { purpose: 'backup-database', share: 0.2 },
  'export.word': { purpose: 'export-word', share: 0.02 },
};

const LAST = /\.(delete|remove|unlink)|removeAttachment|deleteValue|jobs\.cancel/;

/** Dates the database holds, by table and column, to check that every one of them is real. */
const DATE_COLUMNS: [table: string, column: string][] = [
  ['packs', 'as_at'],
  ['evidence', 'effective_date'],
  ['evidence', 'review_due'],
  ['actions', 'due_date'],
  ['action_notes', 'date'],
  ['inspections', 'start_date'],
  ['inspections', 'end_date'],
  ['inspections', 'published_date'],
  ['indicator_values', 'period_end'],
  ['indicator_values', 'extracted_on'],
];

async function checkAfterwards(ctx: CoreContext): Promise<string[]> {
  const problems = [...(await checkIntegrity(ctx.db)).messages];
  for (const [table, column] of DATE_COLUMNS) {
    const rows = await ctx.db.all<{ value: string }>(`SELECT ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL`);
    for (const { value } of rows) if (!isValidIsoDate(value)) problems.push(`${table}.${column} holds the impossible date "${value}"`);
  }
  return problems;
}

/** Fuzzes every operation (or those given) with `perOp` payloads each, from a fixed seed. */
export async function fuzzContract(
  ctx: CoreContext,
  dir: string,
  options: { seed: number; perOp: number; ops?: readonly OpName[]; progress?: (figure: OpFigures, ms: number) => void },
): Promise<FuzzReport> {
  const started = performance.now();
  const random = randomSource(options.seed);
  // Records stay alive for the fuzzing: the session's deletions are worked out but not run.
  const seeds: SessionRecord[] = await runSession(ctx, dir, { dispatchIf: (op) => !LAST.test(op) });
  const order = [...seeds.filter((s) => !LAST.test(s.op)), ...seeds.filter((s) => LAST.test(s.op))];
  const figures: OpFigures[] = [];
  const failures: Failure[] = [];
  let files = 0;
  for (const { op, input } of order) {
    if (options.ops && !options.ops.includes(op)) continue;
    const figure: OpFigures = { op, payloads: 0, succeeded: 0, refused: {} };
    const opStarted = performance.now();
    const granted = FILE_GRANTS[op];
    for (let i = 0; i < options.perOp; i++) {
      let seed: Record<string, unknown> = input;
      if (granted && random() < granted.share) {
        const path = join(dir, `fuzz-${files++}-${op}`);
        if (granted.contents !== undefined) await writeFile(path, granted.contents);
        seed = { ...input, file: ctx.files.grant(path, granted.purpose) };
      }
      const payload = mutate(random, seed);
      figure.payloads++;
      let result: Result<unknown>;
      try {
        result = await dispatch(ctx, op, payload);
      } catch (err) {
        failures.push({ op, payload: describePayload(payload), problem: `dispatch threw: ${String(err)}` });
        continue;
      }
      const problem = problemWith(op, result);
      if (problem) failures.push({ op, payload: describePayload(payload), problem });
      if (result.ok) figure.succeeded++;
      else figure.refused[result.error.code] = (figure.refused[result.error.code] ?? 0) + 1;
    }
    figures.push(figure);
    options.progress?.(figure, performance.now() - opStarted);
  }
  return { figures, failures, afterwards: await checkAfterwards(ctx), ms: performance.now() - started };
}
