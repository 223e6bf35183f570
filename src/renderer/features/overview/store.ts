// Which tab of the pack overview is showing, kept while the user visits an area and comes back.
import { create } from 'zustand';

export type OverviewTab = 'areas' | 'review' | 'readiness' | 'grades' | 'indicators' | 'details';

export const useOverviewTab = create<{ tab: OverviewTab; setTab(tab: OverviewTab): void }>((set) => ({
  tab: 'areas',
  setTab: (tab) => set({ tab }),
}));
