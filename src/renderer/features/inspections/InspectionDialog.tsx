// Record or change an inspection or visit: what kind, when, under which framework, and the grades
// given for each judgement.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { INSPECTION_TYPE_LABELS, type InspectionType } from '../../../shared/domain';
import type { Inspection } from '../../../shared/entities';
import { flattenAreas } from '../../../shared/framework';
import { ApiError, messageOf } from '../../data/bridge';
import { optionsOf } from '../../components/AutosaveField';
import { DateInput, dateProblem } from '../../components/DateInput';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useOp, useOpMutation } from '../../data/ops';
import { useFramework, type InspectionFields } from './data';

const TYPE_OPTIONS = optionsOf(INSPECTION_TYPE_LABELS);
/** Visits that publish a letter without grades. */
const UNGRADED_TYPES: InspectionType[] = ['focused_visit', 'monitoring_visit', 'jtai', 'peer_review'];

export function InspectionDialog({ inspection, open, onClose }: { inspection: Inspection | null; open: boolean; onClose(): void }) {
  return (
    <Modal title={inspection ? 'Edit inspection or visit' : 'Record an inspection or visit'} open={open} onClose={onClose} wide>
      {open && <InspectionForm key={inspection?.id ?? 'new'} inspection={inspection} onClose={onClose} />}
    </Modal>
  );
}

function InspectionForm({ inspection, onClose }: { inspection: Inspection | null; onClose(): void }) {
  const frameworks = useOp('frameworks.list', {}).data ?? [];
  const createInspection = useOpMutation('inspections.create').mutateAsync;
  const updateInspection = useOpMutation('inspections.update').mutateAsync;
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({
    type: inspection?.type ?? ('standard_inspection' as InspectionType),
    title: inspection?.title ?? '',
    startDate: inspection?.startDate ?? '',
    endDate: inspection?.endDate ?? '',
    publishedDate: inspection?.publishedDate ?? '',
    frameworkId: inspection?.frameworkId ?? '',
    reportReference: inspection?.reportReference ?? '',
    summary: inspection?.summary ?? '',
  });
  const [grades, setGrades] = useState<Record<string, string>>(() =>
    Object.fromEntries((inspection?.grades ?? []).map((g) => [g.areaKey, g.grade])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const framework = useFramework(form.frameworkId);

  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const gradedAreas = useMemo(() => (framework ? flattenAreas(framework.areas).filter((a) => a.area.graded) : []), [framework]);
  const ungraded = UNGRADED_TYPES.includes(form.type);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    const problems: Record<string, string> = {};
    if (!form.startDate) problems.startDate = 'Enter the date the inspection or visit started';
    for (const key of ['startDate', 'endDate', 'publishedDate'] as const) {
      const problem = form[key] ? dateProblem(form[key]) : null;
      if (problem) problems[key] = problem;
    }
    if (Object.keys(problems).length) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const known = new Set(gradedAreas.map((a) => a.area.id));
    const fields: InspectionFields = {
      ...form,
      endDate: form.endDate || null,
      publishedDate: form.publishedDate || null,
      frameworkId: form.frameworkId || null,
      // Grades only for areas of the chosen framework; changing framework drops the old ones.
      grades: Object.entries(grades)
        .filter(([key, grade]) => grade && (!framework || known.has(key)))
        .map(([areaKey, grade]) => ({ areaKey, grade })),
    };
    try {
      if (inspection) await updateInspection({ ...fields, inspectionId: inspection.id });
      else await createInspection(fields);
      onClose();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length) setErrors(flattenGradeErrors(err.fields));
      else setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form id={formId} ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <Field label="Type" error={errors.type}>
            <select value={form.type} onChange={(e) => set('type', e.target.value as InspectionType)}>
              {TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Framework" hint="Gives the grades their scale and the judgements their names." error={errors.frameworkId}>
            <select value={form.frameworkId} onChange={(e) => set('frameworkId', e.target.value)}>
              <option value="">Not recorded</option>
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title} ({f.version})
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Title" hint="For example: “ILACS standard inspection, March 2025”." error={errors.title}>
          <input value={form.title} onChange={(e) => set('title', e.target.value)} maxLength={300} />
        </Field>
        <div className="form-row">
          <Field label="Start date" error={errors.startDate}>
            <DateInput value={form.startDate} onChange={(v) => set('startDate', v)} />
          </Field>
          <Field label="End date" error={errors.endDate}>
            <DateInput value={form.endDate} onChange={(v) => set('endDate', v)} />
          </Field>
          <Field label="Report published" error={errors.publishedDate}>
            <DateInput value={form.publishedDate} onChange={(v) => set('publishedDate', v)} />
          </Field>
        </div>
        <Field label="Report reference" hint="Ofsted’s unique reference number or the report’s address." error={errors.reportReference}>
          <input value={form.reportReference} onChange={(e) => set('reportReference', e.target.value)} />
        </Field>
        <Field label="Summary" hint="The main findings in a few sentences." error={errors.summary}>
          <textarea value={form.summary} onChange={(e) => set('summary', e.target.value)} rows={4} />
        </Field>
        <fieldset className="grades-fieldset">
          <legend>Grades</legend>
          {!form.frameworkId ? (
            <p className="muted">Choose the framework to record a grade for each judgement.</p>
          ) : !framework ? (
            <p className="muted">Loading the framework’s judgements…</p>
          ) : (
            <>
              {ungraded && <p className="muted">{INSPECTION_TYPE_LABELS[form.type]}s are not usually graded: leave these as “Not graded”.</p>}
              <ErrorMessage>{errors.grades}</ErrorMessage>
              <div className="grades-grid">
                {gradedAreas.map(({ area, depth }) => (
                  <Field key={area.id} label={`${depth ? '– ' : ''}${area.title}`}>
                    <select value={grades[area.id] ?? ''} onChange={(e) => setGrades((g) => ({ ...g, [area.id]: e.target.value }))}>
                      <option value="">Not graded</option>
                      {framework.scale.levels.map((l) => (
                        <option key={l.id} value={l.id}>
                          {l.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                ))}
              </div>
            </>
          )}
        </fieldset>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <div className="modal__actions modal__actions--inline">
        <button type="button" className="btn btn--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" form={formId} className="btn" disabled={busy}>
          {busy ? 'Saving…' : inspection ? 'Save changes' : 'Record inspection'}
        </button>
      </div>
    </>
  );
}

/** "grades.2.grade: …" from the core becomes one message for the grades section. */
function flattenGradeErrors(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith('grades')) out.grades = out.grades ?? message;
    else out[key] = message;
  }
  return out;
}
