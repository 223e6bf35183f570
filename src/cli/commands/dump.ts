// sef dump FILE --out PACK.json [--force]: everything in a database as one readable JSON pack file.
import { AppError } from '../../core/errors';
import { flag, stringOption, type Command } from '../command';
import { formatBytes, plural } from '../summary';

export const dumpCommand: Command = {
  name: 'dump',
  summary: 'Write everything in a database to a JSON pack file',
  usage: 'FILE --out PACK.json [--force]',
  description:
    'Reads FILE (read-only, as one consistent snapshot) and writes PACK.json in the SEF Studio pack format: ' +
    'settings, imported frameworks, inspections, the evidence library with attached files (base64), packs ' +
    'with their areas, narratives, links and action plans, and the audit trail. The format is described in ' +
    'resources/interchange/README.md and resources/interchange/pack.schema.json. "sef import" reads it back.',
  positionals: [{ name: 'FILE', description: 'The database to read' }],
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: 'PACK.json',
      description: 'Where to write the pack file',
      required: true,
    },
    force: { type: 'boolean', short: 'f', description: 'Replace PACK.json if it already exists' },
  },
  examples: ['sef dump pack.sqlite --out pack.json'],
  async run(input, io) {
    const { LATEST_SCHEMA_VERSION } = await import('../../core/db/migrations');
    const { describeFileError, openDatabaseReadOnly } = await import('../../core/db/open');
    const { dumpDatabase, packFileText } = await import('../../core/interchange');
    const { writeFileAtomically } = await import('../files');
    const path = input.positionals[0]!;
    const out = stringOption(input, 'out');
    const db = await openDatabaseReadOnly(path);
    let text: string;
    let counts: { packs: number; evidence: number };
    try {
      const { user_version: version } = (await db.get<{ user_version: number }>('PRAGMA user_version'))!;
      if (version < LATEST_SCHEMA_VERSION)
        throw new AppError(
          'conflict',
          `${path} uses an older database version (${version}). Open it once in SEF Studio to update it, then dump it again.`,
        );
      const file = await dumpDatabase(db);
      text = packFileText(file);
      counts = { packs: file.packs.length, evidence: file.evidence.length };
    } catch (err) {
      throw describeFileError(path, err);
    } finally {
      await db.close().catch(() => undefined);
    }
    await writeFileAtomically(out, text, { force: flag(input, 'force') });
    io.out(
      `Wrote ${out} (${formatBytes(Buffer.byteLength(text))}): ${plural(counts.packs, 'pack')} and ${plural(counts.evidence, 'evidence item')} from ${path}.`,
    );
  },
};
