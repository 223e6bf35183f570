// sef template FILE [--edition self-evaluation|board] [--set TEMPLATE.dotx | --remove]: the council's own
// Word template for an edition, through the same 'templates.*' operations the app's Settings use.
// Without --set or --remove it lists the templates the database holds.
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import type { WordTemplateInfo } from '../../shared/api/templates';
import { formatLongDate } from '../../shared/dates';
import { EXPORT_EDITION_LABELS, type ExportEdition } from '../../shared/domain';
import { flag, optionalString, UsageError, type Command } from '../command';
import { formatBytes } from '../summary';

const NAME = 'template';
const EDITIONS: Record<string, ExportEdition> = { 'self-evaluation': 'self_evaluation', board: 'board' };

/** "Board paper: Northmoor committee report.dotx (24 KB), chosen 1 December 2026 by Helen Marsh." and what it lacks. */
export function describeTemplate(t: WordTemplateInfo): string[] {
  const lines = [
    `${EXPORT_EDITION_LABELS[t.edition]}: ${t.fileName} (${formatBytes(t.bytes)}), chosen ${formatLongDate(t.addedAt.slice(0, 10))}${t.addedBy ? ` by ${t.addedBy}` : ''}.`,
  ];
  if (t.missingStyles.length)
    lines.push(`  It has no ${t.missingStyles.join(', ')} style${t.missingStyles.length === 1 ? '' : 's'}: SEF Studio’s own ${t.missingStyles.length === 1 ? 'is' : 'are'} used for ${t.missingStyles.length === 1 ? 'it' : 'these'}.`);
  return lines;
}

export const templateCommand: Command = {
  name: NAME,
  summary: 'Show, choose or remove the council’s own Word template for an edition',
  usage: 'FILE [--edition self-evaluation|board] [--set TEMPLATE.dotx|--remove]',
  description:
    'The self-evaluation and the board paper can each take the council’s own Word template (.dotx or .docx): ' +
    'its styles (headings, body text, lists, tables), page size and margins, and its header and footer with ' +
    'their pictures (the logo) are used in the export; the protective marking and page numbers are added ' +
    'after the template’s own header and footer. A style the export needs that the template lacks falls back ' +
    'to SEF Studio’s own, and this says which. The template is kept in the database, so the file stays complete. ' +
    'Without --set or --remove this lists the templates the database holds.',
  positionals: [{ name: 'FILE', description: 'The database' }],
  options: {
    edition: { type: 'string', short: 'e', value: 'EDITION', description: '"self-evaluation" or "board" (with --set or --remove)' },
    set: { type: 'string', value: 'TEMPLATE', description: 'The Word template (.dotx) or document (.docx) to use' },
    remove: { type: 'boolean', description: 'Go back to SEF Studio’s own styles for the edition' },
  },
  examples: [
    'sef template demo.sqlite',
    'sef template demo.sqlite --edition board --set "Committee report.dotx"',
    'sef template demo.sqlite --edition board --remove',
  ],
  async run(input, io) {
    const path = input.positionals[0]!;
    const set = optionalString(input, 'set');
    const remove = flag(input, 'remove');
    if (set !== undefined && remove) throw new UsageError('Give --set or --remove, not both.', NAME);
    const editionWord = optionalString(input, 'edition');
    const edition = editionWord === undefined ? undefined : EDITIONS[editionWord];
    if (editionWord !== undefined && !edition) throw new UsageError(`--edition is "self-evaluation" or "board", not "${editionWord}".`, NAME);
    if ((set !== undefined || remove) && !edition) throw new UsageError('Say which edition with --edition self-evaluation or --edition board.', NAME);
    const writing = set !== undefined || remove;
    // Loaded here, not at the top, so that `sef --help` loads no database code (see ../command.ts).
    const { LATEST_SCHEMA_VERSION } = await import('../../core/db/migrations');
    const { describeFileError, openDatabase, openDatabaseReadOnly } = await import('../../core/db/open');
    const { call } = await import('../../core/dispatch');
    const { cliContext } = await import('../context');
    const db = writing ? await openDatabase(path, { mustExist: true }) : await openDatabaseReadOnly(path);
    try {
      const ctx = cliContext(db);
      if (set !== undefined) {
        // The command line is the person's own shell: the path they typed is granted as they typed it.
        const info = await call(ctx, 'templates.set', { edition: edition!, file: ctx.files.grant(resolve(set), 'choose-template') });
        io.out(`The ${EXPORT_EDITION_LABELS[edition!].toLowerCase()} now uses ${info.fileName}.`);
        for (const line of describeTemplate(info).slice(1)) io.out(line.trim());
        return;
      }
      if (remove) {
        const { removed } = await call(ctx, 'templates.remove', { edition: edition! });
        io.out(
          removed
            ? `The ${EXPORT_EDITION_LABELS[edition!].toLowerCase()} uses SEF Studio’s own styles again.`
            : `The ${EXPORT_EDITION_LABELS[edition!].toLowerCase()} had no template of its own: it uses SEF Studio’s own styles.`,
        );
        return;
      }
      // Read-only, the file cannot be brought up to date: one from before templates has nothing to list.
      const { user_version: version } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      if (version < LATEST_SCHEMA_VERSION)
        throw new AppError('conflict', `${path} uses an older database version (${version}). Open it once in SEF Studio to update it.`);
      const templates = (await call(ctx, 'templates.list', {})).filter((t) => !edition || t.edition === edition);
      if (!templates.length) io.out('No Word template has been chosen: exports use SEF Studio’s own styles.');
      for (const t of templates) for (const line of describeTemplate(t)) io.out(line);
    } catch (err) {
      throw err instanceof AppError || err instanceof UsageError ? err : describeFileError(path, err);
    } finally {
      await db.close().catch(() => undefined);
    }
  },
};
