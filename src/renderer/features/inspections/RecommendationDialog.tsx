// Add or change a recommendation (or area for improvement, or area for priority action).
import { useId, useState } from 'react';
import { api } from '../../../shared/api';
import { RECOMMENDATION_KIND_LABELS, RECOMMENDATION_STATUS_LABELS } from '../../../shared/domain';
import type { Recommendation } from '../../../shared/entities';
import { flattenAreas, type Framework } from '../../../shared/framework';
import { optionsOf } from '../../components/AutosaveField';
import { ErrorMessage } from '../../components/Feedback';
import { blankAsNull, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';
import { FormDialogActions } from '../../components/FormDialogActions';

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

const RECOMMENDATION_FORM = formSchema(api['recommendations.create'].input.omit({ inspectionId: true }), { areaKey: blankAsNull });
const SHOWN = ['reference', 'kind', 'text', 'areaKey', 'status', 'progress'] as const;

function RecommendationForm({ inspectionId, framework, recommendation, onClose }: Omit<RecommendationDialogProps, 'open'>) {
  const createRecommendation = useOpMutation('recommendations.create').mutateAsync;
  const updateRecommendation = useOpMutation('recommendations.update').mutateAsync;
  const formId = useId();
  const form = useContractForm(RECOMMENDATION_FORM, {
    reference: recommendation?.reference ?? '',
    kind: recommendation?.kind ?? 'recommendation',
    text: recommendation?.text ?? '',
    areaKey: recommendation?.areaKey ?? '',
    status: recommendation?.status ?? 'open',
    progress: recommendation?.progress ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      if (recommendation) await updateRecommendation({ ...fields, recommendationId: recommendation.id });
      else await createRecommendation({ ...fields, inspectionId });
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, SHOWN));
    }
  });

  const areas = framework ? flattenAreas(framework.areas) : [];
  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <FormField form={form} name="reference" label="Reference" hint="As numbered in the report, such as R1.">
            <input {...form.register('reference')} />
          </FormField>
          <FormField form={form} name="kind" label="Kind">
            <select {...form.register('kind')}>
              {KIND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <FormField form={form} name="text" label="What the report says">
          <textarea {...form.register('text')} rows={3} />
        </FormField>
        {areas.length > 0 && (
          <FormField form={form} name="areaKey" label="Judgement or area it concerns">
            <select {...form.register('areaKey')}>
              <option value="">Not tied to one area</option>
              {areas.map(({ area, depth }) => (
                <option key={area.id} value={area.id}>
                  {'\u2003'.repeat(depth)}
                  {area.title}
                </option>
              ))}
            </select>
          </FormField>
        )}
        <FormField form={form} name="status" label="Status">
          <select {...form.register('status')}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField form={form} name="progress" label="Progress" hint="What has been done and what it has changed for children.">
          <textarea {...form.register('progress')} rows={4} />
        </FormField>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={form.formState.isSubmitting} onCancel={onClose} submitLabel={recommendation ? 'Save changes' : 'Add recommendation'} />
    </>
  );
}
