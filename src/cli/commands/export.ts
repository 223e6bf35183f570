// sef export FILE --pack ID|--latest --edition self-evaluation|board --out PACK.docx: the Word document,
// written through the same 'export.word' operation the app uses.
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { MARKINGS, type ExportEdition, type Marking } from '../../shared/domain';
import type { ExportOptions } from '../../shared/api';
import { flag, optionalString, stringOption, UsageError, type Command, type CommandInput } from '../command';
import { formatBytes, plural } from '../summary';
import { CA_OPTION, FILE_OR_URL, openSource, URL_OPTION } from '../source';

const EDITIONS: Record<string, ExportEdition> = { 'self-evaluation': 'self_evaluation', board: 'board' };
/** The markings as people write them (OFFICIAL-SENSITIVE, Official Sensitive) and as the app stores them. */
const MARKING_WORDS: Record<string, Marking> = { none: 'none', official: 'official', 'official-sensitive': 'official_sensitive' };

/** "OFFICIAL-SENSITIVE", "official_sensitive" and "Official Sensitive" all read as "official-sensitive". */
function asWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** --points N or --points all: how many strengths and areas for development the board paper names. */
function pointsFrom(value: string | undefined): number | 'all' {
  if (value === undefined) return 3;
  if (value === 'all') return 'all';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`--points is a number from 1 to 50, or "all"; not "${value}".`, 'export');
  return n;
}

/** The export options from the command line, with usage errors for words it does not know. */
export function exportOptionsFrom(input: CommandInput): ExportOptions {
  const editionWord = stringOption(input, 'edition');
  const edition = EDITIONS[asWord(editionWord)];
  if (!edition) throw new UsageError(`--edition is "self-evaluation" or "board", not "${editionWord}".`, 'export');
  const markingWord = optionalString(input, 'marking');
  const marking = markingWord === undefined ? undefined : MARKING_WORDS[asWord(markingWord)];
  if (markingWord !== undefined && !marking)
    throw new UsageError(`--marking is none, OFFICIAL or OFFICIAL-SENSITIVE, not "${markingWord}".`, 'export');
  if (flag(input, 'exempt') && edition !== 'board')
    throw new UsageError('--exempt marks a board paper under Schedule 12A; use it with --edition board.', 'export');
  return {
    edition,
    ...(marking && MARKINGS.includes(marking) ? { marking } : {}),
    withholdSensitive: flag(input, 'withhold-sensitive'),
    includeActionPlan: !flag(input, 'no-action-plan'),
    includeEvidenceIndex: !flag(input, 'no-evidence-index'),
    includeProgress: !flag(input, 'no-progress'),
    includeCharts: !flag(input, 'no-charts'),
    exemptSchedule12A: flag(input, 'exempt'),
    meeting: optionalString(input, 'meeting') ?? '',
    pointsPerArea: pointsFrom(optionalString(input, 'points')),
    documentVersion: optionalString(input, 'doc-version') ?? '',
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a pack as a Word document: the self-evaluation or the board paper',
  usage:
    'FILE|--url URL [--ca FILE] --pack ID|--latest --edition self-evaluation|board [--marking none|OFFICIAL|OFFICIAL-SENSITIVE] ' +
    '[--withhold-sensitive] [--no-action-plan] [--no-evidence-index] [--no-progress] [--exempt] [--meeting TEXT] [--points N|all] [--no-charts] ' +
    '[--doc-version TEXT] --out PACK.docx [--force]',
  description:
    'Reads FILE (read-only) and writes one pack as a Word document. The self-evaluation edition has a cover, ' +
    'contents, the summary of self-grades, context, progress since the last inspection, a chapter per area, ' +
    'the action plan and the evidence index; the board edition is a short paper for an improvement board or ' +
    'scrutiny committee. The protective marking (by default the one in settings) is printed in every header ' +
    'and footer. --withhold-sensitive leaves out evidence marked OFFICIAL-SENSITIVE or personal data; its ' +
    'citations then read "[withheld]". The document is written to a temporary file beside PACK.docx and ' +
    'renamed when complete; an existing PACK.docx is left alone unless you add --force. Before writing it says, on ' +
    'standard error, what the export dialog shows: sensitive evidence going into a document marked too low, a ' +
    'board paper open to the public but marked OFFICIAL-SENSITIVE, and things a reader may question.',
  positionals: [FILE_OR_URL],
  options: {
    url: URL_OPTION,
    ca: CA_OPTION,
    pack: { type: 'string', short: 'p', value: 'ID', description: 'The pack to export: "sef check FILE" lists the packs with their ids' },
    latest: { type: 'boolean', description: 'Export the newest pack instead of naming one' },
    edition: {
      type: 'string',
      short: 'e',
      value: 'EDITION',
      description: '"self-evaluation" (the full pack) or "board" (the board paper)',
      required: true,
    },
    marking: { type: 'string', value: 'MARKING', description: 'none, official or official-sensitive (default: from settings)' },
    'withhold-sensitive': { type: 'boolean', description: 'Leave out evidence marked OFFICIAL-SENSITIVE or personal data' },
    'no-action-plan': { type: 'boolean', description: 'Leave out the action plan table' },
    'no-evidence-index': { type: 'boolean', description: 'Leave out the evidence index (self-evaluation only)' },
    'no-progress': {
      type: 'boolean',
      description: 'Self-evaluation: leave out progress since the last inspection, and with it the plan’s overdue counts',
    },
    exempt: { type: 'boolean', description: 'Board paper only: mark it not for publication under Schedule 12A' },
    meeting: { type: 'string', value: 'TEXT', description: 'Board paper only: the meeting, in place of the paper’s own (see "sef board-paper")' },
    points: {
      type: 'string',
      value: 'N|all',
      description: 'Board paper only: strengths and areas for development named per area (default 3; the paper says how many there are)',
    },
    'no-charts': { type: 'boolean', description: 'Board paper only: leave out the appendix charting the indicators needing attention' },
    'doc-version': { type: 'string', value: 'TEXT', description: 'The version printed on the cover, e.g. "1.2"' },
    out: { type: 'string', short: 'o', value: 'PACK.docx', description: 'Where to write the Word document', required: true },
    force: { type: 'boolean', short: 'f', description: 'Replace PACK.docx if it already exists' },
  },
  examples: [
    'sef export demo.sqlite --latest --edition self-evaluation --out self-evaluation.docx',
    'sef export demo.sqlite --latest --edition board --exempt --meeting "Improvement Board, 8 December 2026" --out board.docx',
    'sef export pack.sqlite --pack 6f1c… --edition self-evaluation --marking OFFICIAL-SENSITIVE --withhold-sensitive --out pack.docx',
  ],
  async run(input, io) {
    const { describeFileError } = await import('../../core/db/open');
    const { call } = await import('../../core/dispatch');
    const { cliContext } = await import('../context');
    const { assertWritableTarget } = await import('../files');
    const out = stringOption(input, 'out');
    if (!optionalString(input, 'pack') === !flag(input, 'latest')) throw new UsageError('Give either --pack ID or --latest.', 'export');
    const options = exportOptionsFrom(input);
    await assertWritableTarget(out, { force: flag(input, 'force'), database: false });

    const { db, name: path } = await openSource(input, 'export', 'export');
    try {
      const ctx = cliContext(db);
      const { chosenPack } = await import('../packs');
      const pack = await chosenPack(ctx, input, 'export', path);
      // What the export dialog shows before export, on standard error: the person decides.
      const check = await call(ctx, 'export.check', { packId: pack.id, options });
      for (const f of check.handling) io.err(`Warning: ${f.message}`);
      for (const f of check.questions) io.err(`A reader may question: ${f.message}`);
      for (const f of check.template) io.err(`Template: ${f.message}`);
      // The command line is the person's own shell: the path they typed is granted as they typed it.
      const file = ctx.files.grant(resolve(out), 'export-word');
      const result = await call(ctx, 'export.word', { packId: pack.id, file, options });
      const withheld = result.withheldCount
        ? ` ${plural(result.withheldCount, 'evidence item')} marked OFFICIAL-SENSITIVE or personal data ${result.withheldCount === 1 ? 'was' : 'were'} withheld.`
        : '';
      io.out(`Wrote ${result.file.location} (${formatBytes(result.bytes)}): "${pack.title}", ${options.edition === 'board' ? 'board paper' : 'self-evaluation'}.${withheld}`);
    } catch (err) {
      throw err instanceof AppError || !db.file ? err : describeFileError(path, err);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};
