// Errors the core throws on purpose. dispatch() turns them into { ok: false, error } values; anything
// else is a bug and becomes an "internal" error with the original message kept for the log.
import type { AppErrorShape, ErrorCode } from '../shared/result';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} could not be found. It may have been deleted; refresh and try again.`);
}
