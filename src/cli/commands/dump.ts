// sef dump FILE|--url URL --out PACK.json [--force]: everything in a database as one readable JSON pack file.
import { flag, stringOption, type Command } from '../command';
import { formatBytes, plural } from '../summary';
import { CA_OPTION, FILE_OR_URL, openSource, URL_OPTION } from '../source';

export const dumpCommand: Command = {
  name: 'dump',
  summary: 'Write everything in a database to a JSON pack file',
  usage: 'FILE|--url URL [--ca FILE] --out PACK.json [--force]',
  description:
    'Reads FILE (read-only, as one consistent snapshot) and writes PACK.json in the SEF Studio pack format: ' +
    'settings, imported frameworks, inspections, the evidence library with attached files (base64), packs ' +
    'with their areas, narratives, links and action plans, and the audit trail. The format is described in ' +
    'resources/interchange/README.md and resources/interchange/pack.schema.json. "sef import" reads it back. ' +
    'With --url, reads a team database instead (as the login in the URL; the password in PGPASSWORD); --ca FILE ' +
    'trusts your council’s own certificate authority for its server’s certificate.',
  positionals: [FILE_OR_URL],
  options: {
    url: URL_OPTION,
    ca: CA_OPTION,
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
    const { describeFileError } = await import('../../core/db/open');
    const { dumpDatabase, packFileText } = await import('../../core/interchange');
    const { writeFileAtomically } = await import('../files');
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
