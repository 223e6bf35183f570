// sef demo --out FILE [--force]: a new database filled with realistic demo data.
import { flag, stringOption, type Command } from '../command';
import { countRecords, describeCounts } from '../summary';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Make a new database filled with realistic demo data',
  usage: '--out FILE [--force]',
  description:
    "Makes a new SEF Studio database with a fictional council's self-evaluation packs, evidence, action plan, " +
    'past inspections and history, for trying the app, training and screenshots. The file is built in a ' +
    'temporary file beside FILE and only appears when it is complete. An existing FILE is left alone unless you add --force.',
  positionals: [],
  options: {
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'Where to write the new database, a .sqlite file',
      required: true,
    },
    force: { type: 'boolean', short: 'f', description: 'Replace FILE if it already exists' },
  },
  examples: ['sef demo --out demo.sqlite', 'sef demo --out ~/Desktop/training.sqlite --force'],
  async run(input, io) {
    const { buildDatabaseFile } = await import('../files');
    const { cliContext } = await import('../context');
    const out = stringOption(input, 'out');
    const counts = await buildDatabaseFile(out, { force: flag(input, 'force') }, async (db) => {
      const { populateDemo } = await import('../../core/demo/index');
      await populateDemo(cliContext(db));
      return countRecords(db);
    });
    io.out(`Made ${out} with demo data: ${describeCounts(counts)}.`);
  },
};
