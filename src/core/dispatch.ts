// The one entry point every host calls. Unknown operations are refused, input is parsed by the
// contract's schema before any handler runs, and every failure comes back as a value: dispatch never
// throws, whatever it is given (a name whose toString throws, an input whose getters throw, a handler
// that throws something that is not an Error).
import { api, isOpName, type OpName, type OpOutput } from '../shared/api';
import { describeIssues, plainMessage } from '../shared/framework';
import { fail, ok, type Result } from '../shared/result';
import type { CoreContext } from './context';
import { databaseProblem } from './db/errors';
import { AppError } from './errors';
import { handlers } from './services';

/** How an operation's name is shown in a message: only a short plain string is repeated back. */
function shownName(op: unknown): string {
  return typeof op === 'string' && op.length <= 80 && /^[\w.-]*$/.test(op) ? `"${op}"` : 'it was asked for';
}

function parseInput(op: OpName, input: unknown): Result<unknown> {
  const parsed = api[op].input.safeParse(input ?? {});
  if (parsed.success) return ok(parsed.data);
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_'] ??= plainMessage(issue);
  return fail('invalid_input', `That was not saved: ${describeIssues(parsed.error, 3, '').join('; ')}.`, fields);
}

/** Any failure as an error value: ours as they are, SQLite's in words, anything else as "internal". */
export function failureOf(err: unknown): Result<never> {
  try {
    if (err instanceof AppError) return { ok: false, error: err.toShape() };
    const problem = databaseProblem(err);
    if (problem) return { ok: false, error: problem.toShape() };
    const message = err instanceof Error ? err.message : String(err);
    return fail('internal', `Something went wrong in SEF Studio: ${message.slice(0, 500).replace(/[.\s]+$/, '')}. Nothing was changed; try again.`);
  } catch {
    return fail('internal', 'Something went wrong in SEF Studio. Nothing was changed; try again.');
  }
}

export async function dispatch(ctx: CoreContext, op: unknown, input: unknown): Promise<Result<unknown>> {
  try {
    if (!isOpName(op)) return fail('unknown_operation', `SEF Studio does not know the operation ${shownName(op)}.`);
    let parsed: Result<unknown>;
    try {
      parsed = parseInput(op, input);
    } catch {
      // Only something that is not plain data (getters that throw, a hostile proxy) gets here.
      return fail('invalid_input', 'That was not saved: what was sent is not plain data SEF Studio can read.');
    }
    if (!parsed.ok) return parsed;
    const handler = handlers[op] as (input: unknown, ctx: CoreContext) => Promise<unknown>;
    return ok(await handler(parsed.value, ctx));
  } catch (err) {
    return failureOf(err);
  }
}

/** For code that calls the core directly (CLI, tests): returns the value or throws the AppError. */
export async function call<N extends OpName>(ctx: CoreContext, op: N, input: unknown): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, op, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields, result.error.conflict);
  return result.value as OpOutput<N>;
}
