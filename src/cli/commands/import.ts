// sef import PACK.json --into FILE: a pack file into a new (or empty) database, all or nothing.
import { readFile } from 'node:fs/promises';
import { AppError } from '../../core/errors';
import type { ImportSummary } from '../../core/interchange';
import { stringOption, type Command } from '../command';
import { describeCounts } from '../summary';

async function readPackText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `${path} does not exist. Check the path of the pack file.`);
    if (code === 'EISDIR') throw new AppError('io_error', `${path} is a folder. Give the pack file itself.`);
    throw new AppError('io_error', `${path} could not be read: ${(err as Error).message}.`);
  }
}

function describeImport(s: ImportSummary): string {
  return describeCounts({
    packs: s.packs,
    areas: s.areas,
    evidence: s.evidence,
    attachments: s.attachments,
    actions: s.actions,
    inspections: s.inspections,
    indicatorFigures: s.indicatorValues,
    auditEntries: s.audit,
  });
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Read a JSON pack file into a new database',
  usage: 'PACK.json --into FILE',
  description:
    'Checks PACK.json completely (JSON syntax, format version, every field, attached files against their ' +
    'SHA-256, and what it means: grades, areas and narrative sections its frameworks have, citations of evidence ' +
    'in the file, references used once) before touching any database, and lists every problem it finds. It then ' +
    'writes everything in one transaction: either all of it is ' +
    'imported or nothing is. If FILE does not exist it is made (built under a temporary name and renamed when ' +
    'complete). An existing FILE must not hold any packs, evidence, inspections or imported frameworks yet.',
  positionals: [{ name: 'PACK.json', description: 'A pack file made by "sef dump"' }],
  options: {
    into: {
      type: 'string',
      short: 'i',
      value: 'FILE',
      description: 'The database to import into; made if it does not exist',
      required: true,
    },
  },
  examples: ['sef import pack.json --into restored.sqlite'],
  async run(input, io) {
    const { openDatabase } = await import('../../core/db/open');
    const { importPackFile, parsePackFile } = await import('../../core/interchange');
    const { buildDatabaseFile, fileExists } = await import('../files');
    const packPath = input.positionals[0]!;
    const into = stringOption(input, 'into');
    const file = parsePackFile(await readPackText(packPath), packPath);
    let summary: ImportSummary;
    if (await fileExists(into)) {
      const db = await openDatabase(into, { mustExist: true });
      try {
        summary = await importPackFile(db, file);
      } finally {
        await db.close().catch(() => undefined);
      }
    } else {
      summary = await buildDatabaseFile(into, { force: false }, (db) => importPackFile(db, file));
    }
    io.out(`Imported ${describeImport(summary)} into ${into}.`);
    // Not reasons to refuse (a draft may be part-way through its grading), but worth knowing.
    for (const warning of summary.warnings) io.out(`  Note: ${warning}`);
  },
};
