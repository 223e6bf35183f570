// sef dump FILE|--url URL --out PACK.json [--force]: everything in a database as one readable JSON pack file.
import { describeFileError } from '../../core/db/open';
import { dumpDatabase, packFileText } from '../../core/interchange';
import { flag, stringOption, type Command } from '../command';
import { writeFileAtomically } from '../files';
import { formatBytes, plural } from '../summary';
import { FILE_OR_URL, openSource, URL_OPTION } from '../source';

export const dumpCommand: Command = {
  name: 'dump',
  summary: 'Write everything in a database to a JSON pack file',
  usage: 'FILE|--url URL --out PACK.json [--force]',
  description:
    'Reads FILE (read-only, as one consistent snapshot) and writes PACK.json in the SEF Studio pack format: ' +
    'settings, imported frameworks, inspections, the evidence library with attached files (base64), packs ' +
    'with their areas, narratives, links and action plans, and the audit trail. The format is described in ' +
    'resources/interchange/README.md and resources/interchange/pack.schema.json. "sef import" reads it back. ' +
    'With --url, reads a team database instead (as the login in the URL; the password in PGPASSWORD).',
  positionals: [FILE_OR_URL],
  options: {
    url: URL_OPTION,
    out: {
      type: 'string',
      short: 'o',
      value: 'PACK.json',
      description: 'Where to write the pack file',
      required: true,
    },
    force: { type: 'boolean', short: 'f', description: 'Replace PACK.json if it already exists' },
  },
  examples: ['sef dump pack.sqlite --out pack.json', 'PGPASSWORD=… sef dump --url postgresql://pat@db.council.gov.uk/sef --out pack.json'],
  async run(input, io) {
    const out = stringOption(input, 'out');
    const { db, name: path } = await openSource(input, 'dump', 'dump');
    let text: string;
    let counts: { packs: number; evidence: number };
    try {
      const file = await dumpDatabase(db);
      text = packFileText(file);
      counts = { packs: file.packs.length, evidence: file.evidence.length };
    } catch (err) {
      throw db.file ? describeFileError(path, err) : err;
    } finally {
      await db.close().catch(() => undefined);
    }
    await writeFileAtomically(out, text, { force: flag(input, 'force') });
    io.out(
      `Wrote ${out} (${formatBytes(Buffer.byteLength(text))}): ${plural(counts.packs, 'pack')} and ${plural(counts.evidence, 'evidence item')} from ${path}.`,
    );
  },
};
