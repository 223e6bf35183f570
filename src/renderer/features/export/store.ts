// Which pack the Word export dialog is open for. The overview's button and the File menu both open it.
import { create } from 'zustand';

interface ExportDialogState {
  packId: string | null;
  open(packId: string): void;
  close(): void;
}

export const useExportDialog = create<ExportDialogState>((set) => ({
  packId: null,
  open: (packId) => set({ packId }),
  close: () => set({ packId: null }),
}));
