// Whether the "Connect to a team database" dialog is open. UI state only: File > Connect to a team
// database… opens it from any screen.
import { create } from 'zustand';

interface ConnectDialogState {
  open: boolean;
  show(): void;
  close(): void;
}

export const useConnectDialog = create<ConnectDialogState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
