// Add or change a recommendation (or area for improvement, or area for priority action).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  RECOMMENDATION_KIND_LABELS, RECOMMENDATION_STATUS_LABELS, type RecommendationKind, type RecommendationStatus,
} from '../../../shared/domain';
import type { Recommendation } from '../../../shared/entities';
import { flattenAreas, type Framework } from '../../../shared/framework';
import { ApiError, messageOf } from '../../data/bridge';
import { optionsOf } from '../../components/AutosaveField';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';

const KIND_OPTIONS = optionsOf(RECOMMENDATION_KIND_LABELS);
const STATUS_OPTIONS = optionsOf(RECOMMENDATION_STATUS_LABELS);

interface RecommendationDialogProps {
  inspectionId: string;
  framework: Framework | null;
  recommendation: Recommendation | null;
  open: boolean;
  onClose(): void;
}

export function RecommendationDialog({ inspectionId, framework, recommendation, open, onClose }: RecommendationDialogProps) {
  return (
    <Modal title={recommendation ? 'Edit recommendation' : 'Add a recommendation'} open={open} onClose={onClose} wide>
      {open && (
        <RecommendationForm
          key={recommendation?.id ?? 'new'}
          inspectionId={inspectionId}
          framework={framework}
          recommendation={recommendation}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function RecommendationForm({ inspectionId, framework, recommendation, onClose }: Omit<RecommendationDialogProps, 'open'>) {
  const createRecommendation = useOpMutation('recommendations.create').mutateAsync;
  const updateRecommendation = useOpMutation('recommendations.update').mutateAsync;
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({
    reference: recommendation?.reference ?? '',
    kind: recommendation?.kind ?? ('recommendation' as RecommendationKind),
    text: recommendation?.text ?? '',
    areaKey: recommendation?.areaKey ?? '',
    status: recommendation?.status ?? ('open' as RecommendationStatus),
    progress: recommendation?.progress ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    setBusy(true);
    const fields = { ...form, areaKey: form.areaKey || null };
    try {
      if (recommendation) await updateRecommendation({ ...fields, recommendationId: recommendation.id });
      else await createRecommendation({ ...fields, inspectionId });
      onClose();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(err.fields);
      else setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const areas = framework ? flattenAreas(framework.areas) : [];
  return (
    <>
      <form id={formId} ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <Field label="Reference" hint="As numbered in the report, such as R1." error={errors.reference}>
            <input value={form.reference} onChange={(e) => set('reference', e.target.value)} />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={form.kind} onChange={(e) => set('kind', e.target.value as RecommendationKind)}>
              {KIND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="What the report says" error={errors.text}>
          <textarea value={form.text} onChange={(e) => set('text', e.target.value)} rows={3} />
        </Field>
        {areas.length > 0 && (
          <Field label="Judgement or area it concerns" error={errors.areaKey}>
            <select value={form.areaKey} onChange={(e) => set('areaKey', e.target.value)}>
              <option value="">Not tied to one area</option>
              {areas.map(({ area, depth }) => (
                <option key={area.id} value={area.id}>
                  {'\u2003'.repeat(depth)}
                  {area.title}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Status" error={errors.status}>
          <select value={form.status} onChange={(e) => set('status', e.target.value as RecommendationStatus)}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Progress" hint="What has been done and what it has changed for children." error={errors.progress}>
          <textarea value={form.progress} onChange={(e) => set('progress', e.target.value)} rows={4} />
        </Field>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <div className="modal__actions modal__actions--inline">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" form={formId} className="btn" disabled={busy}>
          {busy ? 'Saving…' : recommendation ? 'Save changes' : 'Add recommendation'}
        </button>
      </div>
    </>
  );
}
