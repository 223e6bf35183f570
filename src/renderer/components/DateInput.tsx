// A date box that reads and writes UK dates (23/11/2026) whatever language the computer's browser
// engine is set to: the native date picker shows 11/23/2026 on a US-English system, which misleads.
// It also takes 2026-11-23 and "23 November 2026". Values go in and out as ISO dates (YYYY-MM-DD);
// while what is typed is not yet a date, the raw text goes out instead, and dateProblem() says why.
import { useEffect, useState, type InputHTMLAttributes, type Ref } from 'react';
import { formatShortDate, isValidIsoDate } from '../../shared/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | null {
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : null;
}

/** The ISO date for what was typed, '' for nothing, or null when it is not a date. */
export function parseUkDate(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isValidIsoDate(t) ? t : null;
  const numeric = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(t);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})$/i.exec(t);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase());
    if (month >= 0) return iso(Number(named[3]), month + 1, Number(named[1]));
  }
  return null;
}


type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** An ISO date, '' for none, or text that is not (yet) a date. */
  value: string;
  onChange(value: string): void;
  ref?: Ref<HTMLInputElement>;
};

export function DateInput({ value, onChange, onBlur, ...rest }: DateInputProps) {
  const shown = (v: string) => (isValidIsoDate(v) ? formatShortDate(v) : v);
  const [text, setText] = useState(() => shown(value));
  // A new value from outside (a reload, a reset) replaces the text, unless it is what the text means.
  useEffect(() => {
    setText((t) => (parseUkDate(t) === value ? t : shown(value)));
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? 'dd/mm/yyyy'}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseUkDate(e.target.value);
        onChange(parsed === null ? e.target.value : parsed);
      }}
      onBlur={(e) => {
        const parsed = parseUkDate(text);
        if (parsed) setText(formatShortDate(parsed));
        onBlur?.(e);
      }}
    />
  );
}
