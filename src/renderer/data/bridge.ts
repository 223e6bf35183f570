// The renderer's only way to the core: the typed bridge a host installs as window.sef. Components read
// and change through ops.ts (useOp, useOpMutation); call() is for the data layer and one-off operations.
import type { OpInput, OpName, OpOutput } from '../../shared/api';
import { BRIDGE_KEY, type SefBridge } from '../../shared/bridge';
import type { AppErrorShape, ErrorCode } from '../../shared/result';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  /** A save refused as stale (code 'conflict'): who saved first, when, and the record as it now is. */
  readonly conflict: AppErrorShape['conflict'] | null;
  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
    this.conflict = shape.conflict ?? null;
  }
}

export function bridge(): SefBridge {
  const host = bridgeIfAny();
  if (!host) throw new Error('SEF Studio must be started from its desktop app (the bridge to the database is missing).');
  return host;
}

/** The bridge, or null outside a host (a page opened on its own); for listeners that can do without it. */
export function bridgeIfAny(): SefBridge | null {
  return (window as unknown as Record<string, SefBridge | undefined>)[BRIDGE_KEY] ?? null;
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
