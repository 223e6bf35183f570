// Form controls that save themselves: text when the person leaves the field, choices as soon as they
// are made. What was typed is never thrown away: if the core refuses it, the draft stays and the
// reason shows beside the field; if it was refused because the team database could not be reached, it is
// saved again when the connection comes back.
import { useEffect, useRef, type ReactNode } from 'react';
import { z } from 'zod';
import { Field } from './Field';
import { dateInput, FormDate, FormField, useContractForm } from './form';
import { usePendingChoice } from './usePendingChoice';
import { useRetryOnReconnect } from '../data/connection';

interface AutosaveTextProps<V> {
  label: string;
  hint?: string;
  /** What the core said when it refused the last save. */
  error?: string | null;
  /** The saved value. */
  value: string;
  /**
   * The contract's schema for this field (for example api['settings.update'].input.shape.displayName):
   * what is typed is checked by it before saving, so its message shows here and nothing is sent.
   */
  schema?: z.ZodType<V>;
  /** Saves the value, as the schema reads it ('' for no date is null); resolves to false when it was refused. */
  onSave(value: V): Promise<unknown> | void;
  multiline?: boolean;
  type?: 'text' | 'date';
  disabled?: boolean;
  /** Shown but not editable (an approved pack): still focusable and read by screen readers. */
  readOnly?: boolean;
  maxLength?: number;
  autoComplete?: string;
  rows?: number;
}

export function AutosaveText<V = string>({
  label,
  hint,
  error,
  value,
  schema,
  onSave,
  multiline,
  type = 'text',
  disabled,
  readOnly,
  maxLength,
  autoComplete,
  rows,
}: AutosaveTextProps<V>) {
  const field = schema ?? (z.string() as unknown as z.ZodType<V>);
  const form = useContractForm(
    z.object({ value: type === 'date' ? dateInput(field) : field }) as z.ZodType<{ value: V }, { value: string }>,
    { value },
    { focusFirstError: false },
  );
  // A new saved value (this save, or another person's) replaces the box, and any complaint about the old one;
  // but never what the person has typed since, which a refresh arriving mid-edit would otherwise undo, nor
  // a draft whose save was refused (it is still waiting to be saved).
  // `sent` is the box's text as this field last sent it, until its answer shows: an answer replaces the
  // box only if nothing has been typed since, so a late answer never undoes what was typed after it.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    const typed = form.getValues('value') as unknown;
    const ownAnswer = sent.current !== null && typed === sent.current;
    const typedSince = sent.current !== null && !ownAnswer;
    if (!typedSince && ((ownAnswer && !error) || !form.formState.isDirty || typed === value)) form.reset({ value });
    sent.current = null;
  }, [value, form]);
  // What the core said when it refused the last save shows beside the field too, until the next save.
  useEffect(() => {
    if (error) form.setError('value', { type: 'server', message: error });
    else if (form.getFieldState('value').error?.type === 'server') form.clearErrors('value');
  }, [error, form]);
  const save = form.handleSubmit(({ value: parsed }) => {
    if (readOnly || (form.getValues('value') === value && !error)) return;
    // What comes back from this save (the default words, say, for an emptied field) shows in the box.
    sent.current = form.getValues('value') as unknown as string;
    void onSave(parsed);
  });
  // A draft the core refused (offline, most often) is saved again when the team database answers again.
  useRetryOnReconnect(() => {
    if (error && !readOnly && form.getValues('value') !== value) void save();
  });
  const control = { disabled, readOnly, maxLength, autoComplete };
  return (
    <FormField form={form} name="value" label={label} hint={hint}>
      {type === 'date' ? (
        <FormDate form={form} name="value" disabled={disabled} readOnly={readOnly} onBlur={() => void save()} />
      ) : multiline ? (
        <textarea {...control} rows={rows ?? 4} {...form.register('value', { onBlur: () => void save() })} />
      ) : (
        <input
          {...control}
          type="text"
          {...form.register('value', { onBlur: () => void save() })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
        />
      )}
    </FormField>
  );
}

interface AutosaveSelectProps<T extends string> {
  label: string;
  hint?: string;
  error?: string | null;
  value: T;
  options: readonly { value: T; label: string }[] | ReactNode;
  /** Saves the choice; resolves to false (or fails) when it was refused, and the saved choice shows again. */
  onSave(value: T): Promise<unknown> | void;
  disabled?: boolean;
}

export function AutosaveSelect<T extends string>({ label, hint, error, value, options, onSave, disabled }: AutosaveSelectProps<T>) {
  const choice = usePendingChoice(value);
  return (
    <Field label={label} hint={hint} error={error}>
      <select
        value={choice.shown}
        disabled={disabled}
        onChange={(e) => {
          const chosen = e.target.value as T;
          choice.choose(chosen);
          void Promise.resolve(onSave(chosen)).then(
            (saved) => saved === false && choice.cancel(),
            () => choice.cancel(),
          );
        }}
      >
        {Array.isArray(options)
          ? (options as { value: T; label: string }[]).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          : (options as ReactNode)}
      </select>
    </Field>
  );
}

/** Options for a select from a labels record: { a: 'A' } → [{ value: 'a', label: 'A' }]. */
export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
