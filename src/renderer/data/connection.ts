// Whether the team database answers, as the host tells it (bridge onConnectionStatus). A local file is
// always "online". What was refused while the server was away is tried again when it answers again:
// anything that keeps unsaved work (an autosaved field) watches `reconnections` and saves once more.
import { useEffect } from 'react';
import { create } from 'zustand';
import { bridgeIfAny } from './bridge';

interface ConnectionState {
  online: boolean;
  /** Counts the times the connection came back, so a change of it means "try again now". */
  reconnections: number;
  set(online: boolean): void;
}

export const useConnection = create<ConnectionState>((set) => ({
  online: true,
  reconnections: 0,
  set: (online) =>
    set((s) => (online === s.online ? s : { online, reconnections: online ? s.reconnections + 1 : s.reconnections })),
}));

/** Listens to the host for the whole window; mounted once, in the app frame. */
export function useHostConnectionStatus(): void {
  useEffect(() => {
    const host = bridgeIfAny();
    if (typeof host?.onConnectionStatus !== 'function') return;
    return host.onConnectionStatus((status) => useConnection.getState().set(status.online));
  }, []);
}

/** Calls retry each time the team database answers again after it was lost. */
export function useRetryOnReconnect(retry: () => void): void {
  const reconnections = useConnection((s) => s.reconnections);
  useEffect(() => {
    if (reconnections > 0) retry();
    // Only a new reconnection is a reason to try; a new retry function (each render) is not. The effect
    // runs in the render where the count changed, so it calls that render's retry, which sees the latest state.
  }, [reconnections]);
}
