// Add an indicator of the organisation's own: what is counted, in what unit, which way is better, and
// the areas of the framework it informs (so each area shows it). Checked by the contract's own schema.
import { useId, useState } from 'react';
import { api } from '../../../shared/api';
import type { PackArea } from '../../../shared/entities';
import { ErrorMessage } from '../../components/Feedback';
import { formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';
import { numberChoice, ticked } from './boxes';
import { DecimalsField, MeasureFields, WordingFields } from './IndicatorFields';
import { FormDialogActions } from '../../components/FormDialogActions';

const OWN_FORM = formSchema(api['indicators.create'].input, { decimals: numberChoice, areas: ticked });
const SHOWN = ['title', 'shortTitle', 'definition', 'unit', 'polarity', 'decimals', 'areas'] as const;

interface OwnIndicatorDialogProps {
  /** The areas of the pack open now, to choose which the indicator informs; none outside a pack. */
  areas: PackArea[];
  open: boolean;
  onClose(created?: string): void;
}

export function OwnIndicatorDialog({ open, ...props }: OwnIndicatorDialogProps) {
  return (
    <Modal title="Add an indicator of your own" open={open} onClose={() => props.onClose()} wide>
      {open && <OwnIndicatorForm {...props} />}
    </Modal>
  );
}

function OwnIndicatorForm({ areas, onClose }: Omit<OwnIndicatorDialogProps, 'open'>) {
  const create = useOpMutation('indicators.create').mutateAsync;
  const formId = useId();
  const form = useContractForm(OWN_FORM, {
    title: '',
    shortTitle: '',
    definition: '',
    unit: 'percentage',
    polarity: 'higher_is_better',
    decimals: '1',
    // A group of checkboxes holds the list of those ticked, which the form's string type for boxes does not say.
    areas: [] as unknown as string,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;
  const judgements = areas.filter((a) => a.depth === 0);

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const made = await create(fields);
      onClose(made.id);
    } catch (err) {
      setFormError(showProblems(form, err, SHOWN));
    }
  });

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <WordingFields form={form} examples />
        <div className="form-row">
          <MeasureFields form={form} />
          <DecimalsField form={form} />
        </div>
        {judgements.length > 0 && (
          <fieldset className="choice-group">
            <legend>Areas it informs</legend>
            <p className="field__hint">Each area you tick shows the indicator beside its narrative.</p>
            {judgements.map((a) => (
              <label key={a.id} className="choice">
                <input type="checkbox" value={a.areaKey} {...form.register('areas')} /> {a.title}
              </label>
            ))}
          </fieldset>
        )}
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={busy} onCancel={() => onClose()} submitLabel={'Add the indicator'} />
    </>
  );
}
