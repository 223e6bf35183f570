// The packs list: every pack in the database, the frameworks a new pack can use, and the create, rename
// and delete actions. Writes go through saving(...) so the header's save state agrees.
import { create } from 'zustand';
import type { FrameworkSummary, Pack } from '../../shared/entities';
import { todayIso } from '../../shared/dates';
import { call, messageOf } from '../api';
import { saving } from './saveStatus';

export type CreateKind = 'blank' | 'previous';

interface PacksState {
  packs: Pack[];
  frameworks: FrameworkSummary[];
  organisationName: string;
  today: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Which create dialog is open; the File menu's "New pack" opens it from anywhere. */
  creating: CreateKind | null;
  load(): Promise<void>;
  openCreate(kind: CreateKind): void;
  closeCreate(): void;
  create(input: { title: string; frameworkId: string; period: string; asAt: string }): Promise<Pack>;
  createFromPrevious(input: { previousPackId: string; title: string; period: string; asAt: string }): Promise<Pack>;
  rename(packId: string, title: string): Promise<void>;
  remove(packId: string): Promise<void>;
}

export const usePacks = create<PacksState>((set, get) => ({
  packs: [],
  frameworks: [],
  organisationName: '',
  today: todayIso(),
  status: 'idle',
  error: null,
  creating: null,
  load: async () => {
    set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading', error: null }));
    try {
      const [packs, frameworks, settings, info] = await Promise.all([
        call('packs.list', {}),
        call('frameworks.list', {}),
        call('settings.get', {}),
        call('app.info', {}),
      ]);
      set({ packs, frameworks, organisationName: settings.organisationName, today: info.today, status: 'ready' });
    } catch (err) {
      set({ status: 'error', error: messageOf(err) });
    }
  },
  openCreate: (kind) => set({ creating: kind }),
  closeCreate: () => set({ creating: null }),
  create: async (input) => {
    const pack = await saving(call('packs.create', input));
    set((s) => ({ packs: [pack, ...s.packs], creating: null }));
    return pack;
  },
  createFromPrevious: async (input) => {
    const pack = await saving(call('packs.createFromPrevious', input));
    set((s) => ({ packs: [pack, ...s.packs], creating: null }));
    return pack;
  },
  rename: async (packId, title) => {
    const pack = await saving(call('packs.update', { packId, title }));
    set((s) => ({ packs: s.packs.map((p) => (p.id === pack.id ? pack : p)) }));
  },
  remove: async (packId) => {
    await saving(call('packs.delete', { packId }));
    set({ packs: get().packs.filter((p) => p.id !== packId) });
  },
}));
