// The evidence item open in the side panel: adding a new one, or editing one with its attachments and
// its links to the areas of the current pack. Edits save field by field (on blur or change); a refused
// value keeps what the person typed and shows why beside the field.
import { create } from 'zustand';
import type { OpInput } from '../../shared/api';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain';
import type { Attachment, Evidence, EvidenceLink } from '../../shared/entities';
import type { ChosenFile } from '../../shared/files';
import { ApiError, bridge, call, messageOf } from '../api';
import { formatBytes } from '../evidence/format';
import { saving } from './saveStatus';
import { useEvidenceLibrary } from './evidenceLibrary';

export type EvidenceFieldName = 'title' | 'type' | 'description' | 'owner' | 'effectiveDate' | 'reviewDue' | 'source' | 'sensitivity';
export type NewEvidence = OpInput<'evidence.create'>;

export interface AttachProblem {
  fileName: string;
  message: string;
}

type Panel = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; evidenceId: string };

interface EvidenceItemState {
  panel: Panel;
  packId: string | undefined;
  evidence: Evidence | null;
  attachments: Attachment[];
  links: EvidenceLink[];
  loading: boolean;
  loadError: string | null;
  /** Field name to message, from the core's validation. */
  fieldErrors: Record<string, string>;
  /** A message for the panel as a whole (not tied to one field). */
  formError: string | null;
  /** What has just happened, announced politely: "Attached audit.pdf". */
  announcement: string;
  attaching: number;
  attachProblems: AttachProblem[];
  /** Shown when drag and drop cannot give us a path (outside the desktop app). */
  dropUnavailable: boolean;
  attachmentError: string | null;
  linkError: string | null;

  openNew(packId: string | undefined): void;
  openExisting(evidenceId: string, packId: string | undefined): void;
  close(): void;
  /** Adds the item; on success the panel switches to editing it. Returns false when refused. */
  create(fields: NewEvidence): Promise<boolean>;
  /** Saves one field; returns false (and shows the error beside the field) when refused. */
  saveField<K extends EvidenceFieldName>(field: K, value: NewEvidence[K]): Promise<boolean>;
  chooseAndAttach(): Promise<void>;
  attachDropped(files: File[]): Promise<void>;
  openAttachment(attachment: Attachment): Promise<void>;
  saveAttachmentCopy(attachment: Attachment): Promise<void>;
  removeAttachment(attachment: Attachment): Promise<void>;
  link(areaId: string, note: string): Promise<boolean>;
  updateLinkNote(areaId: string, note: string): Promise<boolean>;
  unlink(areaId: string): Promise<void>;
  deleteItem(): Promise<void>;
  dismissAttachProblems(): void;
}

const closedState = {
  evidence: null,
  attachments: [],
  links: [],
  loading: false,
  loadError: null,
  fieldErrors: {},
  formError: null,
  announcement: '',
  attaching: 0,
  attachProblems: [],
  dropUnavailable: false,
  attachmentError: null,
  linkError: null,
} satisfies Partial<EvidenceItemState>;


export const useEvidenceItem = create<EvidenceItemState>((set, get) => {
  const currentId = () => {
    const p = get().panel;
    return p.mode === 'edit' ? p.evidenceId : null;
  };

  const reload = async (evidenceId: string) => {
    const packId = get().packId;
    const detail = await call('evidence.get', packId ? { evidenceId, packId } : { evidenceId });
    if (currentId() !== evidenceId) return;
    set({ evidence: detail.evidence, attachments: detail.attachments, links: detail.links, loading: false, loadError: null });
  };

  const libraryChanged = () => useEvidenceLibrary.getState().refresh();

  const attachFile = async (evidenceId: string, file: ChosenFile) => {
    set((s) => ({ attaching: s.attaching + 1 }));
    try {
      const attachment = await saving(call('evidence.attachFile', { evidenceId, file: file.grant }));
      if (currentId() === evidenceId) {
        set((s) => ({ attachments: [...s.attachments, attachment], announcement: `Attached ${attachment.fileName}` }));
      }
      return true;
    } catch (err) {
      set((s) => ({ attachProblems: [...s.attachProblems, { fileName: file.name, message: messageOf(err) }] }));
      return false;
    } finally {
      set((s) => ({ attaching: s.attaching - 1 }));
    }
  };

  const attachAll = async (files: ChosenFile[]) => {
    const evidenceId = currentId();
    if (!evidenceId || !files.length) return;
    set({ attachProblems: [], dropUnavailable: false });
    let added = 0;
    for (const file of files) if (await attachFile(evidenceId, file)) added++;
    if (added) {
      libraryChanged();
      await reload(evidenceId).catch(() => undefined);
    }
  };

  return {
    panel: { mode: 'closed' },
    packId: undefined,
    ...closedState,

    openNew: (packId) => set({ panel: { mode: 'new' }, packId, ...closedState }),

    openExisting: (evidenceId, packId) => {
      set({ panel: { mode: 'edit', evidenceId }, packId, ...closedState, loading: true });
      reload(evidenceId).catch((err: unknown) => {
        if (currentId() === evidenceId) set({ loading: false, loadError: messageOf(err) });
      });
    },

    close: () => set({ panel: { mode: 'closed' }, ...closedState }),

    create: async (fields) => {
      set({ fieldErrors: {}, formError: null });
      try {
        const evidence = await saving(call('evidence.create', fields));
        set({
          panel: { mode: 'edit', evidenceId: evidence.id },
          evidence,
          attachments: [],
          links: [],
          announcement: `Added ${evidence.reference}. You can now attach files and link it to areas.`,
        });
        libraryChanged();
        return true;
      } catch (err) {
        if (err instanceof ApiError && Object.keys(err.fields).length) set({ fieldErrors: err.fields });
        else set({ formError: messageOf(err) });
        return false;
      }
    },

    saveField: async (field, value) => {
      const evidenceId = currentId();
      const evidence = get().evidence;
      if (!evidenceId || !evidence) return false;
      if (evidence[field] === value) {
        // Back to the saved value: nothing to save, and any earlier complaint no longer applies.
        if (get().fieldErrors[field]) set((s) => ({ fieldErrors: omit(s.fieldErrors, field) }));
        return true;
      }
      try {
        const updated = await saving(call('evidence.update', { evidenceId, [field]: value }));
        if (currentId() === evidenceId) set((s) => ({ evidence: updated, fieldErrors: omit(s.fieldErrors, field), formError: null }));
        libraryChanged();
        return true;
      } catch (err) {
        const message = err instanceof ApiError ? (err.fields[field] ?? err.message) : messageOf(err);
        set((s) => ({ fieldErrors: { ...s.fieldErrors, [field]: message } }));
        return false;
      }
    },

    chooseAndAttach: async () => {
      const files = await bridge().chooseFiles({ title: 'Attach files to this evidence', purpose: 'attach-evidence', multiple: true });
      await attachAll(files);
    },

    attachDropped: async (files) => {
      const problems: AttachProblem[] = [];
      const granted: ChosenFile[] = [];
      let unavailable = false;
      for (const file of files) {
        if (file.size > MAX_ATTACHMENT_BYTES) {
          problems.push({
            fileName: file.name,
            message: `This file is ${formatBytes(file.size)}. Files can be up to ${formatBytes(MAX_ATTACHMENT_BYTES)}: make it smaller (for example, save a PDF at a lower quality) or attach the key pages.`,
          });
          continue;
        }
        const grant = await bridge().grantDroppedFile(file);
        if (grant) granted.push(grant);
        else unavailable = true;
      }
      set({ attachProblems: problems, dropUnavailable: unavailable });
      if (granted.length) {
        await attachAll(granted);
        set((s) => ({ attachProblems: [...problems, ...s.attachProblems], dropUnavailable: unavailable }));
      }
    },

    openAttachment: async (attachment) => {
      set({ attachmentError: null });
      try {
        const { file } = await call('evidence.openableCopy', { attachmentId: attachment.id });
        await bridge().openFile(file.opener);
      } catch (err) {
        set({ attachmentError: `Could not open ${attachment.fileName}: ${messageOf(err)}` });
      }
    },

    saveAttachmentCopy: async (attachment) => {
      set({ attachmentError: null });
      try {
        const target = await bridge().chooseSaveFile({
          title: 'Save a copy of the attachment',
          purpose: 'save-attachment',
          defaultName: attachment.fileName,
        });
        if (!target) return;
        const saved = await call('evidence.saveAttachment', { attachmentId: attachment.id, file: target.grant });
        set({ announcement: `Saved a copy to ${saved.file.location}` });
      } catch (err) {
        set({ attachmentError: `Could not save a copy of ${attachment.fileName}: ${messageOf(err)}` });
      }
    },

    removeAttachment: async (attachment) => {
      const evidenceId = currentId();
      await saving(call('evidence.removeAttachment', { attachmentId: attachment.id }));
      set((s) => ({
        attachments: s.attachments.filter((a) => a.id !== attachment.id),
        announcement: `Removed ${attachment.fileName}`,
      }));
      libraryChanged();
      if (evidenceId) await reload(evidenceId).catch(() => undefined);
    },

    link: async (areaId, note) => {
      const evidenceId = currentId();
      if (!evidenceId) return false;
      set({ linkError: null });
      try {
        const link = await saving(call('evidence.link', { evidenceId, areaId, note }));
        set((s) => ({ links: [...s.links.filter((l) => l.areaId !== areaId), link], announcement: 'Linked to the area' }));
        libraryChanged();
        await reload(evidenceId).catch(() => undefined);
        return true;
      } catch (err) {
        set({ linkError: messageOf(err) });
        return false;
      }
    },

    updateLinkNote: async (areaId, note) => {
      const evidenceId = currentId();
      const existing = get().links.find((l) => l.areaId === areaId);
      if (!evidenceId || !existing || existing.note === note) return true;
      set({ linkError: null });
      try {
        // Linking again replaces the note on the link.
        const link = await saving(call('evidence.link', { evidenceId, areaId, note }));
        set((s) => ({ links: s.links.map((l) => (l.areaId === areaId ? link : l)) }));
        return true;
      } catch (err) {
        set({ linkError: messageOf(err) });
        return false;
      }
    },

    unlink: async (areaId) => {
      const evidenceId = currentId();
      if (!evidenceId) return;
      set({ linkError: null });
      try {
        await saving(call('evidence.unlink', { evidenceId, areaId }));
        set((s) => ({ links: s.links.filter((l) => l.areaId !== areaId), announcement: 'Link removed' }));
        libraryChanged();
      } catch (err) {
        set({ linkError: messageOf(err) });
      }
    },

    deleteItem: async () => {
      const evidenceId = currentId();
      if (!evidenceId) return;
      await saving(call('evidence.delete', { evidenceId }));
      set({ panel: { mode: 'closed' }, ...closedState });
      libraryChanged();
    },

    dismissAttachProblems: () => set({ attachProblems: [], dropUnavailable: false }),
  };
});

function omit(record: Record<string, string>, key: string): Record<string, string> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
