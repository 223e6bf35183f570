// Turns what call() threw into words for a form: one message for the top, and field messages keyed by
// the input's field name ("title", "period") so each shows beside its control.
import { ApiError, messageOf } from '../data/bridge';

export interface Problem {
  message: string;
  fields: Record<string, string>;
}

export function problemOf(err: unknown): Problem {
  if (err instanceof ApiError) return { message: err.message, fields: err.fields };
  return { message: messageOf(err), fields: {} };
}

/** True when every field problem has a control on the form to show it beside; otherwise show the message. */
export function coveredBy(problem: Problem, shownFields: string[]): boolean {
  const keys = Object.keys(problem.fields);
  return keys.length > 0 && keys.every((k) => shownFields.includes(k));
}
