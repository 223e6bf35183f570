// Record or change an inspection or visit: what kind, when, under which framework, and the grades
// given for each judgement.
import { useId, useMemo, useState } from 'react';
import { api } from '../../../shared/api';
import { INSPECTION_TYPE_LABELS, inspectionTypePhrase, isGradedInspectionType } from '../../../shared/domain';
import type { Inspection } from '../../../shared/entities';
import { flattenAreas } from '../../../shared/framework';
import { capitalise } from '../../../shared/words';
import { ApiError } from '../../data/bridge';
import { optionsOf } from '../../components/AutosaveField';
import { ErrorMessage } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { blankAsNull, dateInput, FormDate, FormField, formSchema, linesInput, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOp, useOpMutation } from '../../data/ops';
import { useFramework } from './data';
import { FormDialogActions } from '../../components/FormDialogActions';

const TYPE_OPTIONS = optionsOf(INSPECTION_TYPE_LABELS);

export function InspectionDialog({ inspection, open, onClose }: { inspection: Inspection | null; open: boolean; onClose(): void }) {
  return (
    <Modal title={inspection ? 'Edit inspection or visit' : 'Record an inspection or visit'} open={open} onClose={onClose} wide>
      {open && <InspectionForm key={inspection?.id ?? 'new'} inspection={inspection} onClose={onClose} />}
    </Modal>
  );
}

const INSPECTION_FORM = formSchema(api['inspections.create'].input.omit({ grades: true }), {
  startDate: dateInput,
  endDate: dateInput,
  publishedDate: dateInput,
  planSubmittedDate: dateInput,
  frameworkId: blankAsNull,
  strengths: linesInput,
});
const SHOWN = [
  'type',
  'title',
  'startDate',
  'endDate',
  'publishedDate',
  'frameworkId',
  'reportReference',
  'summary',
  'strengths',
  'planSubmittedDate',
] as const;

function InspectionForm({ inspection, onClose }: { inspection: Inspection | null; onClose(): void }) {
  const frameworks = useOp('frameworks.list', {}).data ?? [];
  const createInspection = useOpMutation('inspections.create').mutateAsync;
  const updateInspection = useOpMutation('inspections.update').mutateAsync;
  const formId = useId();
  const form = useContractForm(INSPECTION_FORM, {
    type: inspection?.type ?? 'standard_inspection',
    title: inspection?.title ?? '',
    startDate: inspection?.startDate ?? '',
    endDate: inspection?.endDate ?? '',
    publishedDate: inspection?.publishedDate ?? '',
    frameworkId: inspection?.frameworkId ?? '',
    reportReference: inspection?.reportReference ?? '',
    summary: inspection?.summary ?? '',
    strengths: (inspection?.strengths ?? []).join('\n'),
    planSubmittedDate: inspection?.planSubmittedDate ?? '',
  });
  const [grades, setGrades] = useState<Record<string, string>>(() =>
    Object.fromEntries((inspection?.grades ?? []).map((g) => [g.areaKey, g.grade])),
  );
  const [gradesError, setGradesError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [type, frameworkId] = form.watch(['type', 'frameworkId']);
  const framework = useFramework(frameworkId);

  const gradedAreas = useMemo(() => (framework ? flattenAreas(framework.areas).filter((a) => a.area.graded) : []), [framework]);
  // Visits (focused, monitoring), JTAIs and peer challenge publish findings without grades.
  const ungraded = !isGradedInspectionType(type);

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    setGradesError(null);
    const known = new Set(gradedAreas.map((a) => a.area.id));
    const input = {
      ...fields,
      // Grades only for areas of the chosen framework, and none for a visit; changing either drops the old ones.
      grades: ungraded
        ? []
        : Object.entries(grades)
            .filter(([key, grade]) => grade && (!framework || known.has(key)))
            .map(([areaKey, grade]) => ({ areaKey, grade })),
    };
    try {
      if (inspection) await updateInspection({ ...input, inspectionId: inspection.id });
      else await createInspection(input);
      onClose();
    } catch (err) {
      // "grades.2.grade: …" from the core is one message for the grades section.
      const gradeProblem = err instanceof ApiError ? Object.entries(err.fields).find(([key]) => key.startsWith('grades')) : undefined;
      if (gradeProblem) setGradesError(gradeProblem[1]);
      const rest = showProblems(form, err, [...SHOWN, 'grades' as never]);
      if (!gradeProblem) setFormError(rest);
    }
  });

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <FormField form={form} name="type" label="Type">
            <select {...form.register('type')}>
              {TYPE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
          <FormField form={form} name="frameworkId" label="Framework" hint="Gives the grades their scale and the judgements their names.">
            <select {...form.register('frameworkId')}>
              <option value="">Not recorded</option>
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title} ({f.version})
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField form={form} name="title" label="Title" hint="For example: “ILACS standard inspection, March 2025”.">
          <input {...form.register('title')} />
        </FormField>
        <div className="form-row">
          <FormField form={form} name="startDate" label="Start date">
            <FormDate form={form} name="startDate" />
          </FormField>
          <FormField form={form} name="endDate" label="End date">
            <FormDate form={form} name="endDate" />
          </FormField>
          <FormField form={form} name="publishedDate" label="Report published">
            <FormDate form={form} name="publishedDate" />
          </FormField>
        </div>
        <FormField form={form} name="reportReference" label="Report reference" hint="Ofsted’s unique reference number or the report’s address.">
          <input {...form.register('reportReference')} />
        </FormField>
        <FormField form={form} name="summary" label="Summary" hint="The main findings in a few sentences.">
          <textarea {...form.register('summary')} rows={4} />
        </FormField>
        <FormField form={form} name="strengths" label="Strengths" hint="What the report found to be strong, one a line.">
          <textarea {...form.register('strengths')} rows={3} />
        </FormField>
        <FormField
          form={form}
          name="planSubmittedDate"
          label="Action plan sent to Ofsted"
          hint="The date the action plan (or the draft plan after a focused visit) was sent; leave empty until it is."
        >
          <FormDate form={form} name="planSubmittedDate" />
        </FormField>
        <fieldset className="grades-fieldset">
          <legend>Grades</legend>
          {!frameworkId ? (
            <p className="muted">Choose the framework to record a grade for each judgement.</p>
          ) : !framework ? (
            <p className="muted">Loading the framework’s judgements…</p>
          ) : (
            <>
              <ErrorMessage>{gradesError}</ErrorMessage>
              {ungraded ? (
                <p className="muted">{capitalise(inspectionTypePhrase(type))} gives no grades: record what it found as strengths and recommendations.</p>
              ) : (
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
              )}
            </>
          )}
        </fieldset>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={form.formState.isSubmitting} onCancel={onClose} submitLabel={inspection ? 'Save changes' : 'Record inspection'} />
    </>
  );
}
