// Where the user is. Screens are chosen from this one value, so the back button, menus and links all
// move through the same action.
import { create } from 'zustand';
import type { OverviewTab } from '../features/overview/store';

/** A paragraph of an area's narrative to show, as a readiness flag names it. */
export interface ParagraphFocus {
  sectionId: string;
  blockIndex: number;
  itemIndex: number | null;
}

export type Route =
  | { name: 'packs' }
  /** `tab`: the tab to show on arriving (a held or kept draft of the pack's details goes back to its tab). */
  | { name: 'overview'; packId: string; tab?: OverviewTab }
  | { name: 'area'; packId: string; areaId: string; focus?: ParagraphFocus }
  | { name: 'actions'; packId: string }
  | { name: 'boardPaper'; packId: string }
  | { name: 'evidence'; packId?: string }
  | { name: 'inspections'; packId?: string }
  | { name: 'kit'; packId?: string }
  | { name: 'engagement'; packId?: string }
  | { name: 'indicators'; packId?: string }
  | { name: 'history'; packId?: string }
  | { name: 'settings'; packId?: string };

interface NavigationState {
  route: Route;
  history: Route[];
  go(route: Route): void;
  back(): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: { name: 'packs' },
  history: [],
  go: (route) => set((s) => ({ route, history: [...s.history.slice(-20), s.route] })),
  back: () =>
    set((s) => {
      const previous = s.history[s.history.length - 1];
      return previous ? { route: previous, history: s.history.slice(0, -1) } : s;
    }),
}));

/** The pack the user is working in, if the current screen belongs to one (or was opened from one). */
export function currentPackId(route: Route): string | undefined {
  return 'packId' in route ? route.packId : undefined;
}
