// The side panel for one evidence item: its details, its files and the areas it supports.
import { useState, type DragEvent } from 'react';
import { api, type OpInput, type OpOutput } from '../../../shared/api';
import {
  EVIDENCE_TYPE_LABELS, MAX_ATTACHMENT_BYTES, PACK_STATUS_LABELS, SENSITIVITY_LABELS, type EvidenceType,
} from '../../../shared/domain';
import { formatDateTime, formatLongDate } from '../../../shared/dates';
import type { Attachment, PackArea, PackDetail } from '../../../shared/entities';
import type { ChosenFile } from '../../../shared/files';
import { AutosaveSelect, AutosaveText, optionsOf } from '../../components/AutosaveField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictNotice, type ConflictFields } from '../../components/ConflictNotice';
import { useFocusWithin } from '../../components/useFocusWithin';
import { dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { ErrorMessage, Loading } from '../../components/Feedback';
import { SidePanel } from '../../components/SidePanel';
import { ApiError, bridge, call, messageOf } from '../../data/bridge';
import { useOp, useOpMutation } from '../../data/ops';
import { isStaleSave } from '../../data/saveAgainst';
import { usePackDetail } from '../packs/data';
import { useEvidenceItem, useUpdateEvidence } from './data';
import { FreshnessTag, SensitivityTag } from './EvidenceTable';
import { useEvidencePanel, type AttachProblem } from './panelStore';
import { formatBytes } from '../../components/format';

const TYPE_OPTIONS = optionsOf(EVIDENCE_TYPE_LABELS);
const SENSITIVITY_OPTIONS = optionsOf(SENSITIVITY_LABELS);
const SENSITIVITY_HINT = 'OFFICIAL-SENSITIVE and personal data can be left out of exported packs.';

type NewEvidence = OpInput<'evidence.create'>;
/** The contract's rules for each field of an item, for the fields that save themselves. */
const EVIDENCE_FIELDS = api['evidence.create'].input.shape;
const LINK_FORM_FIELDS = api['evidence.link'].input.shape;
type EvidenceDetail = OpOutput<'evidence.get'>;

/** Attaches chosen or dropped files one by one; what was refused is listed beside the files. */
function useAttachFiles(evidenceId: string | null) {
  const attach = useOpMutation('evidence.attachFile').mutateAsync;
  const patch = useEvidencePanel((s) => s.patch);
  const announce = useEvidencePanel((s) => s.announce);

  const attachAll = async (files: ChosenFile[], problems: AttachProblem[] = [], dropUnavailable = false) => {
    patch({ attachProblems: problems, dropUnavailable });
    if (!evidenceId || !files.length) return;
    const refused: AttachProblem[] = [];
    for (const file of files) {
      patch({ attaching: useEvidencePanel.getState().attaching + 1 });
      try {
        const attachment = await attach({ evidenceId, file: file.grant });
        announce(`Attached ${attachment.fileName}`);
      } catch (err) {
        refused.push({ fileName: file.name, message: messageOf(err) });
      } finally {
        patch({ attaching: useEvidencePanel.getState().attaching - 1 });
      }
    }
    patch({ attachProblems: [...problems, ...refused] });
  };

  const chooseAndAttach = async () => {
    const files = await bridge().chooseFiles({ title: 'Attach files to this evidence', purpose: 'attach-evidence', multiple: true });
    await attachAll(files);
  };

  const attachDropped = async (files: File[]) => {
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
    await attachAll(granted, problems, unavailable);
  };

  return { chooseAndAttach, attachDropped };
}

export function EvidencePanel() {
  const panel = useEvidencePanel((s) => s.panel);
  const packId = useEvidencePanel((s) => s.packId);
  const close = useEvidencePanel((s) => s.close);
  const editingId = panel.mode === 'edit' ? panel.evidenceId : null;
  const { attachDropped } = useAttachFiles(editingId);
  const [dragging, setDragging] = useState(false);

  const editing = editingId !== null;
  const onDragOver = (e: DragEvent<HTMLDialogElement>) => {
    if (!editing || !e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent<HTMLDialogElement>) => {
    if (e.currentTarget === e.target) setDragging(false);
  };
  const onDrop = (e: DragEvent<HTMLDialogElement>) => {
    if (!editing) return;
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length) void attachDropped(files);
  };

  return (
    <SidePanel
      title={panel.mode === 'new' ? 'Add evidence' : <EvidenceTitle evidenceId={editingId} packId={packId} />}
      open={panel.mode !== 'closed'}
      onClose={close}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      className={dragging ? 'side-panel--dragging' : undefined}
    >
      {panel.mode === 'new' && <NewEvidenceForm />}
      {panel.mode === 'edit' && (
        <EvidenceEditor key={panel.evidenceId} evidenceId={panel.evidenceId} packId={packId} dragging={dragging} />
      )}
    </SidePanel>
  );
}

function EvidenceTitle({ evidenceId, packId }: { evidenceId: string | null; packId: string | undefined }) {
  const evidence = useEvidenceItem(evidenceId ?? '', packId).data?.evidence;
  return <>{evidence ? `${evidence.reference}: ${evidence.title}` : 'Evidence'}</>;
}

const NEW_EVIDENCE_FORM = formSchema(api['evidence.create'].input, { effectiveDate: dateInput, reviewDue: dateInput });
const NEW_EVIDENCE_FIELDS = ['title', 'type', 'description', 'owner', 'effectiveDate', 'reviewDue', 'source', 'sensitivity'] as const;

function NewEvidenceForm() {
  const create = useOpMutation('evidence.create').mutateAsync;
  const showCreated = useEvidencePanel((s) => s.showCreated);
  const close = useEvidencePanel((s) => s.close);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useContractForm(NEW_EVIDENCE_FORM, {
    title: '',
    type: '' as EvidenceType,
    description: '',
    owner: '',
    effectiveDate: '',
    reviewDue: '',
    source: '',
    sensitivity: 'official',
  });
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const evidence = await create(fields);
      showCreated(evidence.id, `Added ${evidence.reference}. You can now attach files and link it to areas.`);
    } catch (err) {
      setFormError(showProblems(form, err, NEW_EVIDENCE_FIELDS));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">Add the details first. Once the item is added you can attach files and link it to areas.</p>
      <FormField form={form} name="title" label="Title">
        <input {...form.register('title')} />
      </FormField>
      <FormField form={form} name="type" label="Type">
        <select {...form.register('type')}>
          <option value="">Choose a type</option>
          {TYPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField form={form} name="description" label="Description" hint="What the evidence is and what it tells you.">
        <textarea {...form.register('description')} rows={4} />
      </FormField>
      {/* Each on a line of its own: an owner is a name and a job title, too long for half the panel. */}
      <FormField form={form} name="owner" label="Owner" hint="Who keeps it up to date.">
        <input {...form.register('owner')} />
      </FormField>
      <FormField form={form} name="source" label="Source" hint="Where it comes from, such as a system or board.">
        <input {...form.register('source')} />
      </FormField>
      <div className="form-row">
        <FormField form={form} name="effectiveDate" label="Date of the evidence">
          <FormDate form={form} name="effectiveDate" />
        </FormField>
        <FormField form={form} name="reviewDue" label="Review due" hint="After this date it shows as out of date.">
          <FormDate form={form} name="reviewDue" />
        </FormField>
      </div>
      <FormField form={form} name="sensitivity" label="Sensitivity" hint={SENSITIVITY_HINT}>
        <select {...form.register('sensitivity')}>
          {SENSITIVITY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FormField>
      <ErrorMessage>{formError}</ErrorMessage>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={busy}>
          {busy ? 'Adding…' : 'Add evidence'}
        </button>
        <button type="button" className="btn btn--secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

type EvidenceFieldName =
  | 'title' | 'type' | 'description' | 'owner' | 'effectiveDate' | 'reviewDue' | 'source' | 'sensitivity' | 'inspectionId';

function EvidenceEditor({ evidenceId, packId, dragging }: { evidenceId: string; packId: string | undefined; dragging: boolean }) {
  const item = useEvidenceItem(evidenceId, packId);
  // While the person is in the details, they are editing them as they were when they came in.
  const { focused, focusProps } = useFocusWithin();
  const { update, saver } = useUpdateEvidence(evidenceId, item.data?.evidence, focused);
  /** Moves on when the person takes the other person's details, so every box shows theirs. */
  const [revision, setRevision] = useState(0);
  const inspections = useOp('inspections.list', {}).data;
  const deleteItem = useOpMutation('evidence.delete').mutateAsync;
  const close = useEvidencePanel((s) => s.close);
  const announcement = useEvidencePanel((s) => s.announcement);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<EvidenceFieldName, string>>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const detail = item.data;
  const evidence = detail?.evidence;

  if (item.isPending) return <Loading what="the evidence item" />;
  if (!detail || !evidence) return <ErrorMessage>{item.error?.message ?? 'This evidence item could not be found.'}</ErrorMessage>;

  /** Saves one field; a refused value keeps what was typed and shows why beside the field. */
  const saveField = async <K extends EvidenceFieldName>(field: K, value: NewEvidence[K]): Promise<boolean> => {
    if (evidence[field] === value) {
      // Back to the saved value: nothing to save, and any earlier complaint no longer applies.
      if (fieldErrors[field]) setFieldErrors((e) => ({ ...e, [field]: undefined }));
      return true;
    }
    try {
      await update({ [field]: value });
      setFieldErrors((e) => ({ ...e, [field]: undefined }));
      return true;
    } catch (err) {
      // Refused because someone else saved first: what was typed or chosen stays, and the notice says so.
      if (isStaleSave(err)) return true;
      const message = err instanceof ApiError ? (err.fields[field] ?? err.message) : messageOf(err);
      setFieldErrors((e) => ({ ...e, [field]: message }));
      return false;
    }
  };

  const conflictFields: ConflictFields = {
    title: { label: 'Title' },
    type: { label: 'Type', show: (v) => EVIDENCE_TYPE_LABELS[v as EvidenceType] },
    description: { label: 'Description' },
    owner: { label: 'Owner' },
    source: { label: 'Source' },
    effectiveDate: { label: 'Date of the evidence', show: (v) => (v ? formatLongDate(v as string) : 'No date') },
    reviewDue: { label: 'Review due', show: (v) => (v ? formatLongDate(v as string) : 'No date') },
    sensitivity: { label: 'Sensitivity', show: (v) => SENSITIVITY_LABELS[v as keyof typeof SENSITIVITY_LABELS] },
    inspectionId: {
      label: 'Comes from',
      show: (v) => (v ? (inspections?.find((i) => i.id === v)?.title ?? 'Another inspection') : 'No inspection'),
    },
  };

  return (
    <div className="evidence-editor">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {announcement.startsWith('Added') && <div className="notice notice--good">{announcement}</div>}
      <p className="evidence-editor__meta">
        <FreshnessTag freshness={evidence.freshness} />{' '}
        {evidence.sensitivity !== 'official' && <SensitivityTag sensitivity={evidence.sensitivity} />}{' '}
        <span className="muted">
          Last changed {formatDateTime(evidence.updatedAt)} by {evidence.updatedBy}
        </span>
      </p>

      <section aria-labelledby="evidence-details" className="evidence-editor__section" {...focusProps} key={revision}>
        <h3 id="evidence-details">Details</h3>
        <p className="muted">Changes save when you leave a field.</p>
        <ConflictNotice saver={saver} fields={conflictFields} afterTakeTheirs={() => setRevision((r) => r + 1)} />
        <AutosaveText label="Title" value={evidence.title} error={fieldErrors.title} schema={EVIDENCE_FIELDS.title} onSave={(v) => saveField('title', v)} />
        <AutosaveSelect
          label="Type"
          value={evidence.type}
          options={TYPE_OPTIONS}
          error={fieldErrors.type}
          onSave={(v) => saveField('type', v)}
        />
        <AutosaveText
          label="Description"
          hint="What the evidence is and what it tells you."
          multiline
          value={evidence.description}
          error={fieldErrors.description}
          schema={EVIDENCE_FIELDS.description} onSave={(v) => saveField('description', v)}
        />
        {/* Each on a line of its own: an owner is a name and a job title, too long for half the panel. */}
        <AutosaveText label="Owner" value={evidence.owner} error={fieldErrors.owner} schema={EVIDENCE_FIELDS.owner} onSave={(v) => saveField('owner', v)} />
        <AutosaveText label="Source" value={evidence.source} error={fieldErrors.source} schema={EVIDENCE_FIELDS.source} onSave={(v) => saveField('source', v)} />
        <div className="form-row">
          <AutosaveText
            label="Date of the evidence"
            type="date"
            value={evidence.effectiveDate ?? ''}
            error={fieldErrors.effectiveDate}
            schema={EVIDENCE_FIELDS.effectiveDate}
            onSave={(v) => saveField('effectiveDate', v)}
          />
          <AutosaveText
            label="Review due"
            type="date"
            hint="After this date it shows as out of date."
            value={evidence.reviewDue ?? ''}
            error={fieldErrors.reviewDue}
            schema={EVIDENCE_FIELDS.reviewDue}
            onSave={(v) => saveField('reviewDue', v)}
          />
        </div>
        <AutosaveSelect
          label="Sensitivity"
          hint={SENSITIVITY_HINT}
          value={evidence.sensitivity}
          options={SENSITIVITY_OPTIONS}
          error={fieldErrors.sensitivity}
          onSave={(v) => saveField('sensitivity', v)}
        />
        <InspectionChoice value={evidence.inspectionId} error={fieldErrors.inspectionId} onSave={(v) => saveField('inspectionId', v || null)} />
      </section>

      <AttachmentsSection evidenceId={evidenceId} attachments={detail.attachments} dragging={dragging} />
      <LinksSection evidenceId={evidenceId} packId={packId} links={detail.links} />

      <section aria-labelledby="evidence-delete" className="evidence-editor__section">
        <h3 id="evidence-delete">Delete</h3>
        <p className="muted">Deleting removes the item, its files and its links to every pack.</p>
        <button type="button" className="btn btn--danger" onClick={() => setConfirmDelete(true)}>
          Delete evidence item
        </button>
      </section>
      <ConfirmDialog
        title={`Delete ${evidence.reference}?`}
        open={confirmDelete}
        confirmLabel="Delete evidence item"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          await deleteItem({ evidenceId });
          setConfirmDelete(false);
          close();
        }}
      >
        <p>
          “{evidence.title}” will be deleted with its {evidence.attachmentCount === 1 ? 'file' : `${evidence.attachmentCount} files`} and its
          links to areas. Narratives that cite it will show it as missing. This cannot be undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function AttachmentsSection({
  evidenceId,
  attachments,
  dragging,
}: {
  evidenceId: string;
  attachments: Attachment[];
  dragging: boolean;
}) {
  const attaching = useEvidencePanel((s) => s.attaching);
  const attachProblems = useEvidencePanel((s) => s.attachProblems);
  const dropUnavailable = useEvidencePanel((s) => s.dropUnavailable);
  const announce = useEvidencePanel((s) => s.announce);
  const { chooseAndAttach } = useAttachFiles(evidenceId);
  const remove = useOpMutation('evidence.removeAttachment').mutateAsync;
  const [attachmentError, setAttachmentError] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<Attachment | null>(null);

  const openAttachment = async (attachment: Attachment) => {
    setAttachmentError(null);
    try {
      const { file } = await call('evidence.openableCopy', { attachmentId: attachment.id });
      await bridge().openFile(file.opener);
    } catch (err) {
      setAttachmentError(`Could not open ${attachment.fileName}: ${messageOf(err)}`);
    }
  };
  const saveAttachmentCopy = async (attachment: Attachment) => {
    setAttachmentError(null);
    try {
      const target = await bridge().chooseSaveFile({
        title: 'Save a copy of the attachment',
        purpose: 'save-attachment',
        defaultName: attachment.fileName,
      });
      if (!target) return;
      const saved = await call('evidence.saveAttachment', { attachmentId: attachment.id, file: target.grant });
      announce(`Saved a copy to ${saved.file.location}`);
    } catch (err) {
      setAttachmentError(`Could not save a copy of ${attachment.fileName}: ${messageOf(err)}`);
    }
  };
  const removeAttachment = async (attachment: Attachment) => {
    await remove({ attachmentId: attachment.id });
    announce(`Removed ${attachment.fileName}`);
  };

  return (
    <section aria-labelledby="evidence-files" className="evidence-editor__section">
      <h3 id="evidence-files">Files</h3>
      <div className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
        <p>
          {dragging ? 'Drop the files to attach them.' : 'Drag files onto this panel, or choose them.'} Each file can be up to{' '}
          {formatBytes(MAX_ATTACHMENT_BYTES)}; it is stored inside the database.
        </p>
        <button type="button" className="btn btn--secondary" onClick={() => void chooseAndAttach()} disabled={attaching > 0}>
          {attaching > 0 ? 'Attaching…' : 'Choose files…'}
        </button>
      </div>
      {dropUnavailable && (
        <div className="notice notice--warn" role="alert">
          <p>Drag and drop works in the SEF Studio desktop app. Here, use “Choose files…” to attach files.</p>
        </div>
      )}
      {attachProblems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{attachProblems.length === 1 ? 'This file was not attached:' : 'These files were not attached:'}</p>
          <ul className="problem-list">
            {attachProblems.map((p, i) => (
              <li key={`${p.fileName}-${i}`}>
                <strong>{p.fileName}</strong>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorMessage>{attachmentError}</ErrorMessage>
      {attachments.length === 0 ? (
        <p className="muted">No files attached yet.</p>
      ) : (
        <ul className="attachment-list" aria-label="Attached files">
          {attachments.map((a) => (
            <li key={a.id} className="attachment-list__item">
              <div className="attachment-list__name">
                <strong>{a.fileName}</strong>
                <span className="muted">
                  {formatBytes(a.size)} · added {formatLongDate(a.addedAt)}
                </span>
              </div>
              <div className="attachment-list__actions">
                <button type="button" className="btn btn--secondary btn--small" onClick={() => void openAttachment(a)} aria-label={`Open ${a.fileName}`}>
                  Open
                </button>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => void saveAttachmentCopy(a)}
                  aria-label={`Save a copy of ${a.fileName}`}
                >
                  Save a copy…
                </button>
                <button type="button" className="btn btn--secondary btn--small" onClick={() => setToRemove(a)} aria-label={`Remove ${a.fileName}`}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        title="Remove this file?"
        open={toRemove !== null}
        confirmLabel="Remove file"
        onCancel={() => setToRemove(null)}
        onConfirm={async () => {
          if (toRemove) await removeAttachment(toRemove);
          setToRemove(null);
        }}
      >
        <p>“{toRemove?.fileName}” will be removed from this evidence item. The file on your computer is not touched.</p>
      </ConfirmDialog>
    </section>
  );
}

function readOnlyReason(pack: PackDetail | null): string | null {
  if (!pack || pack.pack.status !== 'approved') return null;
  const by = pack.pack.approvedBy ? ` by ${pack.pack.approvedBy}` : '';
  const on = pack.pack.approvedAt ? ` on ${formatLongDate(pack.pack.approvedAt)}` : '';
  return `“${pack.pack.title}” was ${PACK_STATUS_LABELS.approved.toLowerCase()}${by}${on}, so its links cannot change. Reopen the pack from its overview to change them.`;
}

function LinksSection({
  evidenceId,
  packId,
  links,
}: {
  evidenceId: string;
  packId: string | undefined;
  links: EvidenceDetail['links'];
}) {
  const pack = usePackDetail(packId).data ?? null;
  const linkOp = useOpMutation('evidence.link').mutateAsync;
  const unlinkOp = useOpMutation('evidence.unlink').mutateAsync;
  const announce = useEvidencePanel((s) => s.announce);
  const [linkError, setLinkError] = useState<string | null>(null);

  const link = async (area: string, text: string): Promise<boolean> => {
    setLinkError(null);
    try {
      await linkOp({ evidenceId, areaId: area, note: text });
      announce('Linked to the area');
      return true;
    } catch (err) {
      setLinkError(messageOf(err));
      return false;
    }
  };
  const updateLinkNote = async (area: string, text: string): Promise<boolean> => {
    const existing = links.find((l) => l.areaId === area);
    if (!existing || existing.note === text) return true;
    setLinkError(null);
    try {
      // Linking again replaces the note on the link.
      await linkOp({ evidenceId, areaId: area, note: text });
      return true;
    } catch (err) {
      setLinkError(messageOf(err));
      return false;
    }
  };
  const unlink = async (area: string) => {
    setLinkError(null);
    try {
      await unlinkOp({ evidenceId, areaId: area });
      announce('Link removed');
    } catch (err) {
      setLinkError(messageOf(err));
    }
  };

  if (!packId) {
    return (
      <section aria-labelledby="evidence-links" className="evidence-editor__section">
        <h3 id="evidence-links">Areas it supports</h3>
        <p className="muted">Open a pack first (or choose one at the top of the library) to link this evidence to its areas.</p>
      </section>
    );
  }
  if (!pack) return <Loading what="the pack's areas" />;

  const titleOf = (id: string) => pack.areas.find((a) => a.id === id)?.title ?? 'An area no longer in this pack';
  const linked = new Set(links.map((l) => l.areaId));
  const available = pack.areas.filter((a) => !linked.has(a.id));
  const readOnly = readOnlyReason(pack);
  const reasonId = 'evidence-links-readonly';

  return (
    <section aria-labelledby="evidence-links" className="evidence-editor__section">
      <h3 id="evidence-links">Areas it supports in {pack.pack.title}</h3>
      {readOnly && (
        <p className="notice notice--warn" id={reasonId}>
          {readOnly}
        </p>
      )}
      <ErrorMessage>{linkError}</ErrorMessage>
      {links.length === 0 ? (
        <p className="muted">Not linked to any area of this pack yet.</p>
      ) : (
        <ul className="link-list">
          {links.map((l) => (
            <li key={l.areaId} className="link-list__item">
              <div className="link-list__head">
                <strong>{titleOf(l.areaId)}</strong>
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => void unlink(l.areaId)}
                  disabled={readOnly !== null}
                  aria-describedby={readOnly ? reasonId : undefined}
                  aria-label={`Unlink from ${titleOf(l.areaId)}`}
                >
                  Unlink
                </button>
              </div>
              <AutosaveText
                label="What it shows about this area"
                multiline
                rows={2}
                value={l.note}
                disabled={readOnly !== null}
                schema={LINK_FORM_FIELDS.note}
                onSave={(v) => updateLinkNote(l.areaId, v)}
              />
            </li>
          ))}
        </ul>
      )}
      <LinkToAreaForm areas={available} readOnlyId={readOnly ? reasonId : null} link={link} />
    </section>
  );
}

const LINK_FORM = formSchema(api['evidence.link'].input.pick({ areaId: true, note: true }));

/** Links the item to another area of the pack, with what it shows there. */
function LinkToAreaForm({
  areas,
  readOnlyId,
  link,
}: {
  areas: PackArea[];
  /** The id of the reason the pack's links cannot change, when they cannot. */
  readOnlyId: string | null;
  link(areaId: string, note: string): Promise<boolean>;
}) {
  const form = useContractForm(LINK_FORM, { areaId: '', note: '' });
  const disabled = readOnlyId !== null;
  const submit = form.handleSubmit(async ({ areaId, note }) => {
    if (await link(areaId, note)) form.reset({ areaId: '', note: '' });
  });
  return (
    <form className="link-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4>Link to another area</h4>
      <FormField form={form} name="areaId" label="Area">
        <select {...form.register('areaId')} disabled={disabled}>
          <option value="">Choose an area</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {'\u2003'.repeat(a.depth)}
              {a.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField form={form} name="note" label="What it shows about this area" hint="For example: “Audit found 78% of plans were SMART, up from 61%.”">
        <textarea {...form.register('note')} rows={2} disabled={disabled} />
      </FormField>
      <button
        type="submit"
        className="btn btn--secondary"
        disabled={form.formState.isSubmitting || disabled}
        aria-describedby={readOnlyId ?? undefined}
      >
        Link to area
      </button>
    </form>
  );
}

/** The inspection report or visit letter an item comes from, chosen from the inspections recorded. */
function InspectionChoice({ value, error, onSave }: { value: string | null; error?: string; onSave(v: string): Promise<boolean> }) {
  const inspections = useOp('inspections.list', {}).data ?? [];
  return (
    <AutosaveSelect
      label="Comes from"
      hint="The inspection report or visit letter this evidence is, or comes from."
      value={value ?? ''}
      error={error}
      onSave={onSave}
      options={
        <>
          <option value="">No inspection or visit</option>
          {inspections.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title}
            </option>
          ))}
        </>
      }
    />
  );
}
