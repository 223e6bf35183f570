// Errors the core throws on purpose. dispatch() turns them into { ok: false, error } values; anything
// else is a bug and becomes an "internal" error with the original message kept for the log.
import type { AppErrorShape, ErrorCode } from '../shared/result';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly conflict?: AppErrorShape['conflict'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.conflict ? { conflict: this.conflict } : {}),
    };
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} could not be found. It may have been deleted; refresh and try again.`);
}
