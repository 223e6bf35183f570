// Forms: react-hook-form, checked by the contract's own zod schemas, so the message under a field is the
// one the core would give for that field, said once, before anything is sent. What the core still
// refuses (a rule no schema can check here) comes back with field names and is shown beside the same
// fields. A form states its schema from the operation's input schema in src/shared/api:
//
//   const schema = formSchema(api['actions.create'].input.omit({ packId: true }), { dueDate: dateInput });
//   const form = useContractForm(schema, { title: '', dueDate: '', … });
//   <FormField form={form} name="title" label="Action"><textarea {...form.register('title')} /></FormField>
//   <FormField form={form} name="dueDate" label="Due date"><FormDate form={form} name="dueDate" /></FormField>
//   form.handleSubmit(async (input) => { try { await create(input) } catch (err) { showProblems(form, err) } })
import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactElement } from 'react';
import {
  get,
  useController,
  useForm,
  useFormState,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { z } from 'zod';
import { isValidIsoDate } from '../../shared/dates';
import { ApiError, messageOf } from '../data/bridge';
import { DateInput } from './DateInput';
import { Field } from './Field';

/** What a DateInput box says when what was typed is not (yet) a date: how to write one here. */
export const DATE_HOW = 'Enter a real date, like 23/11/2026';

/**
 * A DateInput's value ('' for none, an ISO date, or text that is not a date yet) checked by the
 * contract's own date field. A blank box is null for an optional date and '' for a required one, so
 * the contract says what is missing ("Enter the as-at date").
 */
export function dateInput(contract: z.ZodType): z.ZodType {
  const optional = contract.safeParse(null).success;
  return z
    .string()
    .refine((v) => v === '' || isValidIsoDate(v), { message: DATE_HOW, abort: true })
    .transform((v) => (v === '' && optional ? null : v))
    .pipe(contract as z.ZodType<unknown, string | null>);
}

/** A choice whose "none" option is '' in the form and null in the contract (no area, no framework). */
export function blankAsNull(contract: z.ZodType): z.ZodType {
  return z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(contract as z.ZodType<unknown, string | null>);
}

/** A list typed one item a line (strengths, findings): blank lines dropped, each line trimmed. */
export function linesInput(contract: z.ZodType): z.ZodType {
  return z
    .string()
    .transform((v) =>
      v
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(contract as z.ZodType<unknown, string[]>);
}

type Shape = z.ZodRawShape;

/**
 * The form's schema: the operation's input schema, with the fields whose boxes hold something else
 * (a date as typed, '' for none) read through `boxes` first. Every message is still the contract's.
 */
export function formSchema<S extends Shape, B extends Partial<Record<keyof S, (contract: z.ZodType) => z.ZodType>>>(
  contract: z.ZodObject<S>,
  boxes: B = {} as B,
) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, read] of Object.entries(boxes)) if (read) shape[key] = (read as (c: z.ZodType) => z.ZodType)(contract.shape[key] as z.ZodType);
  return contract.extend(shape) as unknown as z.ZodType<z.output<z.ZodObject<S>>, FormInput<S, B>>;
}

/** The form's values: strings where the boxes hold strings. */
type FormInput<S extends Shape, B> = {
  [K in keyof z.input<z.ZodObject<S>>]: K extends keyof B ? (B[K] extends undefined ? z.input<z.ZodObject<S>>[K] : string) : z.input<z.ZodObject<S>>[K];
};

/**
 * A form checked by `schema` before submit; handleSubmit gets the contract's parsed input. A refused
 * submit moves focus to the first field with a problem, except for fields that save as they lose focus
 * (focusFirstError: false), which must not pull the person back.
 */
export function useContractForm<In extends FieldValues, Out>(
  schema: z.ZodType<Out, In>,
  defaultValues: DefaultValues<In>,
  { focusFirstError = true }: { focusFirstError?: boolean } = {},
) {
  return useForm<In, unknown, Out>({
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    shouldFocusError: focusFirstError,
    // Once a field has said what is wrong, it says when it is right again as the person types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form, whatever its values
type AnyForm<T extends FieldValues> = UseFormReturn<T, any, any>;

interface FormFieldProps<T extends FieldValues> {
  form: AnyForm<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  /** The control, registered with the form (or FormDate). Field gives it its id and describes it. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its hint and, when there is one, the contract's message for it. */
export function FormField<T extends FieldValues>({ form, name, label, hint, children }: FormFieldProps<T>) {
  const { errors } = useFormState({ control: form.control, name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  return (
    <Field label={label} hint={hint} error={message ?? null}>
      {children}
    </Field>
  );
}

/** A DateInput bound to the form (UK dates typed, ISO dates kept). */
export function FormDate<T extends FieldValues>({
  form,
  name,
  disabled,
  readOnly,
  onBlur,
  ...aria
}: {
  form: AnyForm<T>;
  name: Path<T>;
  disabled?: boolean;
  readOnly?: boolean;
  /** After the form has noted the blur (an autosave field saves here). */
  onBlur?(): void;
  [attribute: `aria-${string}`]: unknown;
  id?: string;
}) {
  const { field } = useController({ control: form.control, name });
  return (
    <DateInput
      {...aria}
      ref={field.ref}
      name={field.name}
      value={(field.value as string | undefined) ?? ''}
      disabled={disabled}
      readOnly={readOnly}
      onChange={field.onChange}
      onBlur={() => {
        field.onBlur();
        onBlur?.();
      }}
    />
  );
}

/**
 * Shows what the core refused: each field message beside its field (the first is focused). Returns the
 * message for the form as a whole when some of it has no field on this form, or null when all is shown.
 */
export function showProblems<T extends FieldValues>(form: AnyForm<T>, err: unknown, shownFields: readonly Path<T>[]): string | null {
  if (!(err instanceof ApiError)) return messageOf(err);
  const fields = Object.entries(err.fields);
  let focused = false;
  let unshown = fields.length === 0;
  for (const [name, message] of fields) {
    const field = shownFields.find((f) => name === f || name.startsWith(`${f}.`));
    if (!field) {
      unshown = true;
      continue;
    }
    form.setError(field, { type: 'server', message }, { shouldFocus: !focused });
    focused = true;
  }
  return unshown ? err.message : null;
}

/**
 * Only the values the person changed, for an update: a save made over someone else's (after a refused
 * stale save) then replaces what this person changed, and nothing of theirs this person did not touch.
 */
export function changedOnly<V extends Record<string, unknown>>(values: V, dirtyFields: Partial<Record<keyof V, unknown>>): Partial<V> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => dirtyFields[name as keyof V])) as Partial<V>;
}
