// The one cache of the core's answers, for the whole app, refreshed by the core's change events: after
// every committed change (this window's, or in a team another person's) the reads it affects are marked
// out of date, and those on screen are fetched again. Nothing else refreshes the cache.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { bridgeIfAny } from './bridge';
import { isKeyAffectedBy } from './invalidation';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // An answer stays true until a change event says otherwise.
        staleTime: Infinity,
        // The core is local (or a team database that announces its changes): a refused read is a
        // message to show, not a network blip to retry.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { retry: false },
    },
  });
}

/** Milliseconds until just after the next local midnight. */
function untilMidnight(now = new Date()): number {
  const next = new Date(now);
  next.setHours(24, 0, 1, 0);
  return next.getTime() - now.getTime();
}

export function DataProvider({ children, client: given }: { children: ReactNode; client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());

  useEffect(() => {
    const host = bridgeIfAny();
    if (typeof host?.onChange !== 'function') return;
    return host.onChange((event) => {
      void client.invalidateQueries({ predicate: (query) => isKeyAffectedBy(event, query.queryKey) });
    });
  }, [client]);

  // Freshness and due dates are worked out against today: at midnight, everything is read afresh, so an
  // app left open overnight does not show yesterday's flags.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        void client.invalidateQueries();
        schedule();
      }, untilMidnight());
    };
    schedule();
    return () => clearTimeout(timer);
  }, [client]);

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
