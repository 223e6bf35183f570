// The area workspace: one area with its narratives, linked evidence and actions. Grade, position, lists
// and status change optimistically and go back if the core refuses; narratives are saved by the editor's
// autosave through saveNarrative.
import { create } from 'zustand';
import type { OpInput } from '../../shared/api';
import type { AreaDetail } from '../../shared/entities';
import type { RichDoc } from '../../shared/richtext';
import { call, messageOf } from '../api';
import { useEvidenceLabels } from './evidenceLabels';
import { usePack } from './pack';
import { saving } from './saveStatus';

type AreaFields = Omit<OpInput<'areas.update'>, 'areaId'>;
type ActionFields = Omit<OpInput<'actions.create'>, 'packId' | 'areaId'>;

interface AreaState {
  areaId: string | null;
  detail: AreaDetail | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  load(areaId: string): Promise<void>;
  update(fields: AreaFields): Promise<void>;
  saveNarrative(sectionId: string, doc: RichDoc): Promise<void>;
  link(evidenceId: string, note: string): Promise<void>;
  saveNote(evidenceId: string, note: string): Promise<void>;
  unlink(evidenceId: string): Promise<void>;
  addAction(fields: ActionFields): Promise<void>;
}

export const useArea = create<AreaState>((set, get) => {
  const current = () => {
    const detail = get().detail;
    if (!detail) throw new Error('No area is open.');
    return detail;
  };
  const reload = async (areaId: string) => {
    const detail = await call('areas.get', { areaId });
    if (get().areaId === areaId) set({ detail });
    useEvidenceLabels.getState().remember(detail.evidence);
  };
  return {
    areaId: null,
    detail: null,
    status: 'idle',
    error: null,
    load: async (areaId) => {
      set({ areaId, detail: null, status: 'loading', error: null });
      try {
        const detail = await call('areas.get', { areaId });
        if (get().areaId !== areaId) return;
        useEvidenceLabels.getState().remember(detail.evidence);
        set({ detail, status: 'ready' });
      } catch (err) {
        if (get().areaId === areaId) set({ status: 'error', error: messageOf(err) });
      }
    },
    update: async (fields) => {
      const before = current();
      set({ detail: { ...before, area: { ...before.area, ...fields } as AreaDetail['area'] } });
      try {
        const area = await saving(call('areas.update', { areaId: before.area.id, ...fields }));
        const now = get().detail;
        if (now && now.area.id === area.id) set({ detail: { ...now, area } });
        usePack.getState().replaceArea(area);
      } catch (err) {
        const now = get().detail;
        if (now && now.area.id === before.area.id) {
          const reverted = { ...now.area };
          for (const key of Object.keys(fields) as (keyof AreaFields)[])
            (reverted as Record<string, unknown>)[key] = before.area[key];
          set({ detail: { ...now, area: reverted } });
        }
        throw err;
      }
    },
    saveNarrative: async (sectionId, doc) => {
      const areaId = current().area.id;
      const narrative = await saving(call('narratives.save', { areaId, sectionId, doc }));
      const now = get().detail;
      if (now && now.area.id === areaId)
        set({ detail: { ...now, narratives: now.narratives.map((n) => (n.sectionId === sectionId ? narrative : n)) } });
    },
    link: async (evidenceId, note) => {
      const areaId = current().area.id;
      await saving(call('evidence.link', { evidenceId, areaId, note }));
      await reload(areaId);
    },
    saveNote: async (evidenceId, note) => {
      const areaId = current().area.id;
      const link = await saving(call('evidence.link', { evidenceId, areaId, note }));
      const now = get().detail;
      if (now && now.area.id === areaId)
        set({
          detail: { ...now, evidence: now.evidence.map((e) => (e.id === evidenceId ? { ...e, note: link.note } : e)) },
        });
    },
    unlink: async (evidenceId) => {
      const areaId = current().area.id;
      await saving(call('evidence.unlink', { evidenceId, areaId }));
      const now = get().detail;
      if (now && now.area.id === areaId)
        set({ detail: { ...now, evidence: now.evidence.filter((e) => e.id !== evidenceId) } });
    },
    addAction: async (fields) => {
      const { area } = current();
      const action = await saving(call('actions.create', { ...fields, packId: area.packId, areaId: area.id }));
      const now = get().detail;
      if (now && now.area.id === area.id) set({ detail: { ...now, actions: [...now.actions, action] } });
    },
  };
});
