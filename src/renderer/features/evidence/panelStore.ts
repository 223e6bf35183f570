// The evidence side panel: whether it is open, for a new item or an existing one, and what it has just
// said ("Attached audit.pdf"). The drop zone and the Files section share the attaching state: files can
// be dropped anywhere on the panel and the problems show beside the files. UI state only; the item itself
// is the cached answer to evidence.get (data.ts).
import { create } from 'zustand';

export interface AttachProblem {
  fileName: string;
  message: string;
}

type Panel = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; evidenceId: string };

interface EvidencePanelState {
  panel: Panel;
  /** The pack whose areas the item can be linked to, if any. */
  packId: string | undefined;
  /** What has just happened, announced politely. */
  announcement: string;
  /** Files on their way in. */
  attaching: number;
  attachProblems: AttachProblem[];
  /** Shown when drag and drop cannot give us a file (outside the desktop app). */
  dropUnavailable: boolean;

  openNew(packId: string | undefined): void;
  openExisting(evidenceId: string, packId: string | undefined): void;
  /** A new item was added: the panel goes on to edit it. */
  showCreated(evidenceId: string, announcement: string): void;
  close(): void;
  announce(text: string): void;
  patch(state: Partial<Pick<EvidencePanelState, 'attaching' | 'attachProblems' | 'dropUnavailable'>>): void;
}

const FRESH = { announcement: '', attaching: 0, attachProblems: [], dropUnavailable: false };

export const useEvidencePanel = create<EvidencePanelState>((set) => ({
  panel: { mode: 'closed' },
  packId: undefined,
  ...FRESH,
  openNew: (packId) => set({ panel: { mode: 'new' }, packId, ...FRESH }),
  openExisting: (evidenceId, packId) => set({ panel: { mode: 'edit', evidenceId }, packId, ...FRESH }),
  showCreated: (evidenceId, announcement) => set({ panel: { mode: 'edit', evidenceId }, ...FRESH, announcement }),
  close: () => set({ panel: { mode: 'closed' }, ...FRESH }),
  announce: (announcement) => set({ announcement }),
  patch: (state) => set(state),
}));
