// Add one figure for an indicator, or change one: the period, whose figure it is (the council's or a
// comparator's), the figure, where it came from and when it was extracted. Checked by the contract's own
// schema for a figure and by the same rules a spreadsheet import uses (a percentage above 100, an
// extraction before the period ended), before anything is sent.
import { useId, useState } from 'react';
import { z } from 'zod';
import type { Indicator } from '../../../shared/indicators/definition';
import { figureProblems } from '../../../shared/indicators/checks';
import { comparatorLabel, unitCaption } from '../../../shared/indicators/figures';
import { periodLabel } from '../../../shared/indicators/periods';
import { checkComparatorName, IndicatorValueFieldsSchema, type IndicatorValue } from '../../../shared/indicators/values';
import { COMPARATOR_LABELS, COMPARATORS, PERIOD_KIND_LABELS, PERIOD_KINDS } from '../../../shared/indicators/vocabulary';
import { ErrorMessage } from '../../components/Feedback';
import { dateInput, FormDate, FormField, formSchema, showProblems, useContractForm } from '../../components/form';
import { Modal } from '../../components/Modal';
import { useOpMutation } from '../../data/ops';
import { Options } from './Options';
import { FormDialogActions } from '../../components/FormDialogActions';

/** The figure as typed: "18.4", "18.4%" or "1,204", read as a number; anything else says how to write it. */
function figureBox(contract: z.ZodType): z.ZodType {
  const read = (v: string) => Number(v.replace(/[,%\s]/g, ''));
  return z
    .string()
    .trim()
    .min(1, 'Enter the figure, such as 18.4')
    .refine((v) => Number.isFinite(read(v)), { message: 'Enter the figure as a number, such as 18.4', abort: true })
    .transform(read)
    .pipe(contract as z.ZodType<unknown, number>);
}

const FIGURE_FORM = formSchema(IndicatorValueFieldsSchema, { periodEnd: dateInput, extractedOn: dateInput, value: figureBox }).superRefine(checkComparatorName);
const SHOWN = ['periodKind', 'periodEnd', 'comparator', 'comparatorName', 'value', 'source', 'extractedOn', 'note'] as const;

interface FigureDialogProps {
  indicator: Indicator;
  /** The figure to change, or null to add one. */
  figure: IndicatorValue | null;
  /** The indicator's figures, for sensible first choices (the kind of period and source last used). */
  figures: IndicatorValue[];
  today: string;
  /** The organisation's name, for the council's own figures. */
  councilName: string;
  open: boolean;
  onClose(): void;
}

export function FigureDialog({ open, ...props }: FigureDialogProps) {
  const title = props.figure ? `Change the figure for ${periodLabel(props.figure.period)}` : `Add a figure: ${props.indicator.shortTitle}`;
  return (
    <Modal title={title} open={open} onClose={props.onClose} wide>
      {open && <FigureForm key={props.figure?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function FigureForm({ indicator, figure, figures, today, councilName, onClose }: Omit<FigureDialogProps, 'open'>) {
  const save = useOpMutation('indicators.setValues').mutateAsync;
  const formId = useId();
  const last = figures.at(-1);
  const form = useContractForm(FIGURE_FORM, {
    indicatorId: indicator.id,
    periodKind: figure?.period.kind ?? last?.period.kind ?? 'quarter',
    periodEnd: figure?.period.end ?? '',
    comparator: figure?.comparator ?? 'council',
    comparatorName: figure?.comparatorName ?? '',
    value: figure ? String(figure.value) : '',
    source: figure?.source ?? last?.source ?? '',
    extractedOn: figure?.extractedOn ?? today,
    note: figure?.note ?? '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const comparator = form.watch('comparator');
  const busy = form.formState.isSubmitting;

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    const problems = figureProblems({ periodKind: fields.periodKind, periodEnd: fields.periodEnd, value: fields.value, extractedOn: fields.extractedOn }, indicator, today);
    if (problems.length) {
      setFormError(problems.join(' '));
      return;
    }
    try {
      await save({ values: [fields] });
      onClose();
    } catch (err) {
      setFormError(showProblems(form, err, SHOWN));
    }
  });

  // A figure is known by its period and whose it is: changing either is a different figure, so an
  // existing one keeps them (delete it and add it again to move it).
  const fixed = figure !== null;
  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        {fixed ? (
          <p>
            {comparatorLabel(figure.comparator, figure.comparator === 'council' ? councilName : figure.comparatorName)}, {periodLabel(figure.period)}. To move a figure to another period or comparator, delete it
            and add it again.
          </p>
        ) : (
          <>
            <div className="form-row">
              <FormField form={form} name="periodKind" label="Kind of period">
                <select {...form.register('periodKind')}>
                  <Options values={PERIOD_KINDS} labels={(k) => PERIOD_KIND_LABELS[k]} />
                </select>
              </FormField>
              <FormField form={form} name="periodEnd" label="Period ends on" hint="A quarter ends on 30 June, 30 September, 31 December or 31 March.">
                <FormDate form={form} name="periodEnd" />
              </FormField>
            </div>
            <div className="form-row">
              <FormField form={form} name="comparator" label="Whose figure">
                <select {...form.register('comparator', { onChange: (e: { target: { value: string } }) => e.target.value !== 'named' && form.setValue('comparatorName', '') })}>
                  <Options values={COMPARATORS} labels={(c) => COMPARATOR_LABELS[c]} />
                </select>
              </FormField>
              {comparator === 'named' && (
                <FormField form={form} name="comparatorName" label="Comparator’s name" hint="Another council or group, such as “Leeds”.">
                  <input {...form.register('comparatorName')} />
                </FormField>
              )}
            </div>
          </>
        )}
        <FormField form={form} name="value" label={`Figure (${unitCaption(indicator.unit)})`} hint={indicator.unit === 'percentage' ? 'A percentage from 0 to 100, such as 18.4.' : undefined}>
          <input {...form.register('value')} inputMode="decimal" autoComplete="off" />
        </FormField>
        <div className="form-row">
          <FormField form={form} name="source" label="Source" hint="Where the figure came from, such as “LAIT, published 7 November 2026”.">
            <input {...form.register('source')} />
          </FormField>
          <FormField form={form} name="extractedOn" label="Extracted on" hint="The date the figure was taken from its source.">
            <FormDate form={form} name="extractedOn" />
          </FormField>
        </div>
        <FormField form={form} name="note" label="Note (optional)">
          <textarea {...form.register('note')} rows={2} />
        </FormField>
        <ErrorMessage>{formError}</ErrorMessage>
      </form>
      <FormDialogActions formId={formId} busy={busy} onCancel={onClose} submitLabel={figure ? 'Save the figure' : 'Add the figure'} />
    </>
  );
}
