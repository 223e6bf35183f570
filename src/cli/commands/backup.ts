// sef backup FILE --out COPY [--force]: a consistent copy, even while the app has the file open.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../core/errors';
import { flag, stringOption, type Command } from '../command';
import { commitTemporary, discardTemporary, temporaryPathBeside } from '../temporary';
import { formatBytes } from '../summary';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a consistent copy of a database, even while it is open in the app',
  usage: 'FILE --out COPY [--force]',
  description:
    "Copies FILE to COPY as one consistent snapshot (SQLite's VACUUM INTO), including changes the app has " +
    'saved but not yet merged into the main file, so it is safe while SEF Studio has the file open. FILE is ' +
    'opened read-only and never changed. The copy is written beside COPY under a temporary name and renamed ' +
    'when complete. An existing COPY is left alone unless you add --force.',
  positionals: [{ name: 'FILE', description: 'The database to copy' }],
  options: {
    out: { type: 'string', short: 'o', value: 'COPY', description: 'Where to write the copy', required: true },
    force: { type: 'boolean', short: 'f', description: 'Replace COPY if it already exists' },
  },
  examples: ['sef backup pack.sqlite --out "pack 2026-11-23.sqlite"'],
  async run(input, io) {
    const { backupDatabase, describeFileError, openDatabaseReadOnly } = await import('../../core/db/open');
    const { assertWritableTarget } = await import('../files');
    const path = input.positionals[0]!;
    const out = stringOption(input, 'out');
    if (resolve(path) === resolve(out))
      throw new AppError('conflict', `The copy cannot replace ${path} itself. Give --out another file name.`);
    await assertWritableTarget(out, { force: flag(input, 'force'), database: true });
    const db = await openDatabaseReadOnly(path);
    const temp = temporaryPathBeside(out);
    try {
      await backupDatabase(db, temp);
      await db.close();
      await commitTemporary(temp, out);
    } catch (err) {
      await db.close().catch(() => undefined);
      await discardTemporary(temp);
      throw err instanceof AppError ? err : describeFileError(path, err);
    }
    const { size } = await stat(out);
    io.out(`Copied ${path} to ${out} (${formatBytes(size)}).`);
  },
};
