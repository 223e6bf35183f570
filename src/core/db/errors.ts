// What SQLite's failures mean to the person using SEF Studio. SQLite reports a code (SQLITE_BUSY,
// SQLITE_FULL…) and a terse English text; neither is shown. Every code a person can do something about
// becomes a sentence that says what happened and what to do, with the error code a program can branch
// on. Codes that only a bug in SEF Studio can cause stay "internal", still without SQLite's text.
import type { ErrorCode } from '../../shared/result';
import { AppError } from '../errors';

/** The primary result code of a SQLite error ("SQLITE_BUSY"), or '' for anything else. */
export function sqliteCode(err: unknown): string {
  try {
    const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
    return typeof code === 'string' && code.startsWith('SQLITE_') ? code.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : '';
  } catch {
    return '';
  }
}

interface Meaning {
  code: ErrorCode;
  /** The sentence, given the file's name ("the database" when it is not known). */
  say(file: string): string;
}

const LOCKED: Meaning = {
  code: 'database_locked',
  say: (file) =>
    `Another program has ${file} open and is holding it locked (another copy of SEF Studio, a backup or sync tool, or a database program). Close that program, or wait a moment, then try again. Nothing was changed.`,
};

const DAMAGED: Meaning = {
  code: 'database_corrupt',
  say: (file) =>
    `${file} is damaged and cannot be read. Open another file, or restore a backup copy (the files ending .bak beside it). Nothing was changed.`,
};

const MEANINGS: Record<string, Meaning> = {
  SQLITE_BUSY: LOCKED,
  SQLITE_LOCKED: LOCKED,
  SQLITE_PROTOCOL: LOCKED,
  SQLITE_CORRUPT: DAMAGED,
  SQLITE_NOTADB: DAMAGED,
  SQLITE_FULL: {
    code: 'io_error',
    say: (file) => `The disk that holds ${file} is full, so nothing was changed. Free some space on it, then try again.`,
  },
  SQLITE_IOERR: {
    code: 'io_error',
    say: (file) =>
      `The computer could not read or write ${file} (the disk may be failing, removed, or a network drive may have disconnected). Nothing was changed. Check the disk or connection, then try again; if it keeps happening, restore a backup copy.`,
  },
  SQLITE_READONLY: {
    code: 'read_only',
    say: (file) =>
      `${file} cannot be changed: the file or its folder is read-only, or the disk does not allow writing. Nothing was changed. Copy the file to a folder you can write to and open the copy.`,
  },
  SQLITE_CANTOPEN: {
    code: 'io_error',
    say: (file) => `${file} cannot be opened. Check that its folder exists and that you are allowed to write to it.`,
  },
  SQLITE_PERM: {
    code: 'io_error',
    say: (file) => `SEF Studio is not allowed to use ${file}. Check the file's permissions, or copy it to your own folder and open the copy.`,
  },
  SQLITE_AUTH: {
    code: 'io_error',
    say: (file) => `SEF Studio is not allowed to use ${file}. Check the file's permissions, or copy it to your own folder and open the copy.`,
  },
  SQLITE_NOLFS: {
    code: 'io_error',
    say: (file) => `${file} has grown larger than the disk it is on allows. Move it to a disk formatted for large files (NTFS, APFS or ext4).`,
  },
  SQLITE_NOMEM: {
    code: 'io_error',
    say: () => 'The computer ran out of memory, so nothing was changed. Close other programs, then try again.',
  },
  SQLITE_TOOBIG: {
    code: 'too_large',
    say: () => 'That is too large to store as one item, so nothing was changed. Split it into smaller parts.',
  },
  SQLITE_CONSTRAINT: {
    code: 'conflict',
    say: () =>
      'That change refers to something that no longer exists, or clashes with what is already saved, so it was not saved. Refresh and try again.',
  },
  SQLITE_INTERRUPT: {
    code: 'cancelled',
    say: () => 'That was stopped before it finished. Nothing was changed.',
  },
};

/**
 * The AppError for a SQLite failure, or null when `err` is not one. `file` is how the message names the
 * database: its path when opening it, "the database" once it is open.
 */
export function databaseProblem(err: unknown, file = 'the database'): AppError | null {
  const code = sqliteCode(err);
  if (!code) return null;
  const meaning = MEANINGS[code];
  if (meaning) return new AppError(meaning.code, capitalise(meaning.say(file)));
  return new AppError(
    'internal',
    `Something went wrong in SEF Studio while reading or saving ${file} (database error ${code}). Nothing was changed; try again, and report it if it happens again.`,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
