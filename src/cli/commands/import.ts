// sef import PACK.json --into FILE: a pack file into a new (or empty) database, all or nothing.
import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../core/db/open';
import { AppError } from '../../core/errors';
import { importPackFile, parsePackFile, type ImportSummary } from '../../core/interchange';
import { stringOption, type Command } from '../command';
import { buildDatabaseFile, fileExists } from '../files';
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
    'SHA-256) before touching any database, then writes everything in one transaction: either all of it is ' +
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
  },
};
