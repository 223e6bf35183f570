// The open pack: its details, framework and areas (for the overview, the area screens, the sidebar and
// the header), its readiness summary, and the sign-off actions. One pack at a time.
import { create } from 'zustand';
import type { OpInput } from '../../shared/api';
import type { Pack, PackArea, PackDetail, Readiness } from '../../shared/entities';
import { call, messageOf } from '../api';
import { saving } from './saveStatus';

type PackFields = Omit<OpInput<'packs.update'>, 'packId'>;

interface PackState {
  packId: string | null;
  detail: PackDetail | null;
  readiness: Readiness | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Loads the pack unless it is already the open one; force reloads it (when a screen opens). */
  load(packId: string, options?: { force?: boolean }): Promise<void>;
  loadReadiness(): Promise<void>;
  update(fields: PackFields): Promise<Pack>;
  submitForReview(): Promise<void>;
  approve(): Promise<void>;
  reopen(reason: string): Promise<void>;
  /** An area changed on its own screen: keep the sidebar and overview in step. */
  replaceArea(area: PackArea): void;
  /** The pack was deleted. */
  forget(packId: string): void;
}

let loading: { packId: string; work: Promise<void> } | null = null;

export const usePack = create<PackState>((set, get) => {
  const setPack = (pack: Pack) => {
    const detail = get().detail;
    if (detail && detail.pack.id === pack.id) set({ detail: { ...detail, pack } });
  };
  const packId = () => {
    const id = get().packId;
    if (!id) throw new Error('No pack is open.');
    return id;
  };
  return {
    packId: null,
    detail: null,
    readiness: null,
    status: 'idle',
    error: null,
    load: async (id, options) => {
      if (!options?.force && get().packId === id && get().status !== 'error') return;
      if (loading?.packId === id) return loading.work;
      if (get().packId !== id) set({ packId: id, detail: null, readiness: null, status: 'loading', error: null });
      const work = (async () => {
        try {
          const [detail, readiness] = await Promise.all([
            call('packs.get', { packId: id }),
            call('readiness.get', { packId: id }),
          ]);
          if (get().packId !== id) return;
          set({ detail, readiness, status: 'ready', error: null });
        } catch (err) {
          if (get().packId === id) set({ status: 'error', error: messageOf(err) });
        } finally {
          if (loading?.packId === id) loading = null;
        }
      })();
      loading = { packId: id, work };
      return work;
    },
    loadReadiness: async () => {
      const id = packId();
      const readiness = await call('readiness.get', { packId: id });
      if (get().packId === id) set({ readiness });
    },
    update: async (fields) => {
      const pack = await saving(call('packs.update', { packId: packId(), ...fields }));
      setPack(pack);
      return pack;
    },
    submitForReview: async () => {
      setPack(await saving(call('packs.submitForReview', { packId: packId() })));
    },
    approve: async () => {
      setPack(await saving(call('packs.approve', { packId: packId() })));
    },
    reopen: async (reason) => {
      setPack(await saving(call('packs.reopen', { packId: packId(), reason })));
    },
    replaceArea: (area) => {
      const detail = get().detail;
      if (!detail || detail.pack.id !== area.packId) return;
      set({ detail: { ...detail, areas: detail.areas.map((a) => (a.id === area.id ? area : a)) } });
    },
    forget: (id) => {
      if (get().packId === id) set({ packId: null, detail: null, readiness: null, status: 'idle', error: null });
    },
  };
});
