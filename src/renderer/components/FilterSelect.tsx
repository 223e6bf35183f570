// One filter of a filter bar: a labelled select whose first choice means "no filter".
import type { ReactNode } from 'react';

interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  value: V | '';
  /** The words for "no filter": "Any status", "Anyone". */
  anyLabel: string;
  options: readonly { value: V; label: string }[];
  onChange(value: V | ''): void;
  disabled?: boolean;
  /** Extra choices after "any", such as "Not linked to a recommendation". */
  children?: ReactNode;
}

export function FilterSelect<V extends string>({
  id,
  label,
  value,
  anyLabel,
  options,
  onChange,
  disabled,
  children,
}: FilterSelectProps<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V | '')}>
        <option value="">{anyLabel}</option>
        {children}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
