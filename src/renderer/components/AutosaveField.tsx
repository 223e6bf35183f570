// Form controls that save themselves: text when the person leaves the field, choices as soon as they
// are made. What was typed is never thrown away: if the core refuses it, the draft stays and the
// reason shows beside the field.
import { useEffect, useState, type ReactNode } from 'react';
import { DateInput, dateProblem } from './DateInput';
import { Field } from './Field';
import { usePendingChoice } from './usePendingChoice';

interface AutosaveTextProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** The saved value. */
  value: string;
  /** Saves the draft; resolves to false when it was refused. */
  onSave(value: string): Promise<unknown> | void;
  multiline?: boolean;
  type?: 'text' | 'date';
  disabled?: boolean;
  maxLength?: number;
  autoComplete?: string;
  rows?: number;
}

export function AutosaveText({ label, hint, error, value, onSave, multiline, type = 'text', disabled, maxLength, autoComplete, rows }: AutosaveTextProps) {
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    const wrong = type === 'date' ? dateProblem(draft) : null;
    setProblem(wrong);
    if (wrong) return;
    if (draft !== value || error) void onSave(draft);
  };
  const common = {
    value: draft,
    disabled,
    onBlur: save,
    maxLength,
    autoComplete,
  };
  return (
    <Field label={label} hint={hint} error={problem ?? error}>
      {type === 'date' ? (
        <DateInput value={draft} disabled={disabled} onChange={setDraft} onBlur={save} />
      ) : multiline ? (
        <textarea {...common} rows={rows ?? 4} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
        />
      )}
    </Field>
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
