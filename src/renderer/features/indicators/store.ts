// The indicators screen's UI state: which indicator's figures are shown, and which dialog is open.
import { create } from 'zustand';
import type { IndicatorValue } from '../../../shared/indicators/values';

export type IndicatorDialog =
  | { kind: 'figure'; figure: IndicatorValue | null }
  | { kind: 'own' }
  | { kind: 'delete-figure'; figure: IndicatorValue }
  | { kind: 'reword' }
  | { kind: 'reset-wording' }
  | null;

interface IndicatorsScreenState {
  selectedId: string | null;
  dialog: IndicatorDialog;
  select(id: string | null): void;
  openDialog(dialog: IndicatorDialog): void;
}

export const useIndicatorsScreen = create<IndicatorsScreenState>((set) => ({
  selectedId: null,
  dialog: null,
  select: (selectedId) => set({ selectedId }),
  openDialog: (dialog) => set({ dialog }),
}));
