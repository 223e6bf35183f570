// Which spreadsheet import is open, for what and into which pack. The evidence library, the action plan and
// the indicators all open the same dialog.
import { create } from 'zustand';
import type { SheetKind } from '../../../shared/sheets';

interface SheetImportState {
  kind: SheetKind | null;
  packId: string | null;
  open(kind: SheetKind, packId: string | null): void;
  close(): void;
}

export const useSheetImport = create<SheetImportState>((set) => ({
  kind: null,
  packId: null,
  open: (kind, packId) => set({ kind, packId }),
  close: () => set({ kind: null, packId: null }),
}));
