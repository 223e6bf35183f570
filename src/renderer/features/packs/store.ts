// Which create-pack dialog is open. UI state only: the File menu's "New pack" opens it from anywhere.
import { create } from 'zustand';

export type CreateKind = 'blank' | 'previous';

interface CreatePackDialogState {
  kind: CreateKind | null;
  open(kind: CreateKind): void;
  close(): void;
}

export const useCreatePackDialog = create<CreatePackDialogState>((set) => ({
  kind: null,
  open: (kind) => set({ kind }),
  close: () => set({ kind: null }),
}));
