// The renderer's only way to the core: the typed bridge a host installs as window.sef.
import type { OpInput, OpName, OpOutput } from '../shared/api';
import { BRIDGE_KEY, type SefBridge } from '../shared/bridge';
import type { AppErrorShape, ErrorCode } from '../shared/result';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
  }
}

export function bridge(): SefBridge {
  const host = (window as unknown as Record<string, SefBridge | undefined>)[BRIDGE_KEY];
  if (!host) throw new Error('SEF Studio must be started from its desktop app (the bridge to the database is missing).');
  return host;
}

/** Calls an operation and returns its value, or throws an ApiError whose message a person can act on. */
export async function call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await bridge().dispatch(op, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** The message to show for anything thrown by call(). */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
