// Reword an indicator for this council: its title, short title, what is counted and its decimal places.
// A library indicator keeps its unit and which way is better, so its figures still compare with the
// published ones; an indicator of the organisation's own can change those too. Checked by the contract's
// own schema for the change, so a message under a field is the core's message for it.
import { useId, useState } from 'react';
import { api } from '../../../shared/api';
import type { Indicator } from '../../../shared/indicators/definition';
import { INDICATOR_UNIT_LABELS, POLARITY_LABELS } from '../../../shared/indicators/vocabulary';
import { ErrorMessage } from '../../components/Feedback';
import { formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';
import { numberChoice } from './boxes';
import { DecimalsField, MeasureFields, WordingFields } from './IndicatorFields';
import { FormDialogActions } from '../../components/FormDialogActions';

const REWORD_FORM = formSchema(api['indicators.update'].input.omit({ indicatorId: true, areas: true, source: true }), { decimals: numberChoice });
const SHOWN = ['title', 'shortTitle', 'definition', 'decimals', 'unit', 'polarity'] as const;

interface RewordDialogProps {
  indicator: Indicator;
  open: boolean;
  onClose(): void;
}

export function RewordDialog({ open, ...props }: RewordDialogProps) {
  return (
    <Modal title={`Reword: ${props.indicator.shortTitle}`} open={open} onClose={props.onClose} wide>
      {open && <RewordForm {...props} />}
    </Modal>
  );
}

function RewordForm({ indicator, onClose }: Omit<RewordDialogProps, 'open'>) {
  const update = useOpMutation('indicators.update').mutateAsync;
  const formId = useId();
  const own = indicator.origin === 'own';
  const form = useContractForm(REWORD_FORM, {
    title: indicator.title,
    shortTitle: indicator.shortTitle,
    definition: indicator.definition,
    decimals: String(indicator.decimals),
    unit: indicator.unit,
    polarity: indicator.polarity,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async ({ unit, polarity, ...wording }) => {
    setFormError(null);
    try {
      // A library indicator's unit and polarity are not this form's to send: the core would refuse them.
      await update({ indicatorId: indicator.id, ...wording, ...(own ? { unit, polarity } : {}) });
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, SHOWN));
    }
  });

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <WordingFields form={form} examples={false} />
        <div className="form-row">
          <DecimalsField form={form} />
          {own && <MeasureFields form={form} unitHint="Only while it has no figures: they would change meaning." />}
        </div>
        {!own && (
          <p className="field__hint">
            Its unit ({INDICATOR_UNIT_LABELS[indicator.unit].toLowerCase()}) and which way is better (
            {POLARITY_LABELS[indicator.polarity].toLowerCase()}) stay as published, so your figures still compare with England’s and
            the region’s. For a different measure, add an indicator of your own.
          </p>
        )}
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={busy} onCancel={onClose} submitLabel={'Save the wording'} />
    </>
  );
}
