// The interchange format at size: dump a 5,000-item library to JSON and import it into a new file.
import { join } from 'node:path';
import { openDatabase } from '../../../src/core/db/open';
import { dumpDatabase, importPackFile, packFileText, parsePackFile } from '../../../src/core/interchange';
import { populateLargePack } from '../../../src/core/demo/large';
import type { Section } from '../section';

export const interchangeSection: Section = {
  name: 'interchange',
  title: 'Dump and import (sef dump / sef import) of 5,000 evidence items',
  async run(bench) {
    const ctx = await bench.newDatabase('Open and migrate a new database (source)');
    await populateLargePack(ctx, { evidence: 5000, actions: 200, narrativeWords: 20_000 });
    const file = await bench.time('Dump to a pack file object (one read snapshot)', () => dumpDatabase(ctx.db));
    const text = await bench.time(
      'Serialise to JSON text',
      async () => packFileText(file),
      (t) => `${(Buffer.byteLength(t) / 1024 / 1024).toFixed(1)} MB`,
    );
    const parsed = await bench.time('Parse and check the JSON (zod, references, hashes)', async () =>
      parsePackFile(text, 'bench.json'),
    );
    const target = await openDatabase(join(await bench.folder(), 'target.sqlite'));
    try {
      await bench.time(
        'Import into a new database (one transaction)',
        () => importPackFile(target, parsed),
        (s) => `${s.evidence.toLocaleString('en-GB')} evidence items`,
      );
    } finally {
      await target.close();
    }
  },
};
