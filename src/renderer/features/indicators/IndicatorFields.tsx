// The fields that describe an indicator, shared by the form that adds one of the organisation's own and
// the form that rewords one: its words (title, short title, what is counted) and its measure (unit,
// which way is better, decimal places). Each form brings its own schema; the fields are the same.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { INDICATOR_UNIT_LABELS, INDICATOR_UNITS, POLARITIES, POLARITY_LABELS, type IndicatorUnit, type Polarity } from '../../../shared/indicators/vocabulary';
import { FormField } from '../../components/form';
import { DECIMAL_CHOICES } from './boxes';
import { Options } from './Options';

/** What a form describing an indicator holds, as its boxes hold it. */
interface IndicatorBoxes {
  title?: string;
  shortTitle?: string;
  definition?: string;
  unit?: IndicatorUnit;
  polarity?: Polarity;
  decimals?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form whose values include the boxes above
type IndicatorForm<T extends FieldValues> = UseFormReturn<T, any, any>;

/** The title, short title and definition, with hints that give examples where the words are new. */
export function WordingFields<T extends IndicatorBoxes & FieldValues>({ form, examples }: { form: IndicatorForm<T>; examples: boolean }) {
  const name = (field: keyof IndicatorBoxes) => field as Path<T>;
  return (
    <>
      <FormField form={form} name={name('title')} label="Title" hint={`As your performance report names it${examples ? ', such as “Children seen within 5 working days of a referral”' : ''}.`}>
        <input {...form.register(name('title'))} />
      </FormField>
      <FormField form={form} name={name('shortTitle')} label="Short title" hint={`For chart keys and narrow columns${examples ? ', such as “Seen within 5 days”' : ''}.`}>
        <input {...form.register(name('shortTitle'))} />
      </FormField>
      <FormField form={form} name={name('definition')} label="What is counted">
        <textarea {...form.register(name('definition'))} rows={examples ? 3 : 4} />
      </FormField>
    </>
  );
}

/** The unit and which way is better, which only an indicator of the organisation's own may choose. */
export function MeasureFields<T extends IndicatorBoxes & FieldValues>({ form, unitHint }: { form: IndicatorForm<T>; unitHint?: string }) {
  const name = (field: keyof IndicatorBoxes) => field as Path<T>;
  return (
    <>
      <FormField form={form} name={name('unit')} label="Unit" hint={unitHint}>
        <select {...form.register(name('unit'))}>
          <Options values={INDICATOR_UNITS} labels={(u) => INDICATOR_UNIT_LABELS[u]} />
        </select>
      </FormField>
      <FormField form={form} name={name('polarity')} label="Which way is better">
        <select {...form.register(name('polarity'))}>
          <Options values={POLARITIES} labels={(p) => POLARITY_LABELS[p]} />
        </select>
      </FormField>
    </>
  );
}

/** How many decimal places figures are shown with. */
export function DecimalsField<T extends IndicatorBoxes & FieldValues>({ form }: { form: IndicatorForm<T> }) {
  const name = 'decimals' as Path<T>;
  return (
    <FormField form={form} name={name} label="Decimal places">
      <select {...form.register(name)}>
        <Options values={DECIMAL_CHOICES} labels={String} />
      </select>
    </FormField>
  );
}
