// Errors cross every boundary as values with a code a program can branch on and a message a person
// can act on.
export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'conflict',
  'read_only',
  'too_large',
  'database_newer',
  'database_corrupt',
  'database_foreign',
  'database_locked',
  'io_error',
  'cancelled',
  /** The database refused: the person's role does not allow it (a team database's grants and policies). */
  'forbidden',
  /** The team database cannot be reached just now. */
  'offline',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path ("title") to message. */
  fields?: Record<string, string>;
  /**
   * A save refused because someone else saved first (code 'conflict'): who, when, and the record as it
   * is now, so the editor can show the two side by side and merge them.
   */
  conflict?: { by: string; at: string | null; current: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
