// The one entry point every host calls. Unknown operations are refused, input is parsed by the
// contract's schema before any handler runs, and every failure comes back as a value.
import { api, isOpName, type OpName, type OpOutput } from '../shared/api';
import { describeIssues, plainMessage } from '../shared/framework';
import { fail, ok, type Result } from '../shared/result';
import type { CoreContext } from './context';
import { AppError } from './errors';
import { handlers } from './services';

export async function dispatch(ctx: CoreContext, op: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isOpName(op)) return fail('unknown_operation', `SEF Studio does not know the operation "${String(op)}".`);
  const parsed = api[op].input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_'] ??= plainMessage(issue);
    return fail('invalid_input', `That was not saved: ${describeIssues(parsed.error, 3, '').join('; ')}.`, fields);
  }
  try {
    const handler = handlers[op] as (input: unknown, ctx: CoreContext) => Promise<unknown>;
    return ok(await handler(parsed.data, ctx));
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toShape() };
    const message = err instanceof Error ? err.message : String(err);
    return fail('internal', `Something went wrong in SEF Studio: ${message}. Nothing was changed; try again.`);
  }
}

/** For code that calls the core directly (CLI, tests): returns the value or throws the AppError. */
export async function call<N extends OpName>(ctx: CoreContext, op: N, input: unknown): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, op, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields, result.error.conflict);
  return result.value as OpOutput<N>;
}
