// Reading and changing through the one cache. Every read from the core is useOp(op, input): its answer
// is cached under [op, input], shared by every component that asks the same question, and refreshed
// only when a change event says it may be out of date (invalidation.ts). Every change is
// useOpMutation(op): it goes through the header's save state and never refreshes anything itself; the
// core's change event does that (invalidation.ts), for this window's changes and, in a team, others'.
import {
  keepPreviousData,
  skipToken,
  useMutation,
  useQuery,
  type QueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { OpInput, OpName, OpOutput } from '../../shared/api';
import { call, type ApiError } from './bridge';
import type { QueryOp } from './invalidation';
import { saving } from './saveStatus';

export { skipToken };

/** The cache key of a read: the operation's name and its input. */
export type OpKey<N extends QueryOp> = readonly [N, OpInput<N>];

export function opKey<N extends QueryOp>(op: N, input: OpInput<N>): OpKey<N> {
  return [op, input] as const;
}

export interface UseOpOptions {
  /** While the input changes (a new search), keep showing the previous answer until the new one arrives. */
  keepPrevious?: boolean;
}

/**
 * The core's answer to op(input), cached. Pass skipToken as the input to wait (for example until an id
 * is known). `error` is an ApiError whose message a person can act on.
 */
export function useOp<N extends QueryOp>(
  op: N,
  input: OpInput<N> | typeof skipToken,
  options: UseOpOptions = {},
): UseQueryResult<OpOutput<N>, ApiError> {
  return useQuery<OpOutput<N>, ApiError, OpOutput<N>, readonly unknown[]>({
    queryKey: input === skipToken ? [op, 'skipped'] : opKey(op, input),
    queryFn: input === skipToken ? skipToken : () => call(op, input),
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** The same read outside a component (a menu command, a one-off lookup), through the same cache. */
export function fetchOp<N extends QueryOp>(client: QueryClient, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  return client.fetchQuery({ queryKey: opKey(op, input), queryFn: () => call(op, input) });
}

export interface UseOpMutationOptions {
  /** Shown in the header's save state ("Saving…", "All changes saved"). True unless the operation saves nothing. */
  tracked?: boolean;
}

/**
 * A change (or any operation that is not a cached read). Use mutateAsync to await it and catch ApiError.
 * It refreshes nothing itself: the change event the core sends does. A choice that should show at once
 * uses usePendingChoice (components/).
 */
export function useOpMutation<N extends OpName>(
  op: N,
  options: UseOpMutationOptions = {},
): UseMutationResult<OpOutput<N>, ApiError, OpInput<N>> {
  const { tracked = true } = options;
  return useMutation<OpOutput<N>, ApiError, OpInput<N>>({
    mutationFn: (input) => (tracked ? saving(call(op, input)) : call(op, input)),
  });
}
