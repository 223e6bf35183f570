// A radio button or checkbox with a visible label and an optional hint. The hint describes the control
// (aria-describedby) rather than being part of its name, so "Board paper" is announced as its name
// and the explanation after it.
import { useId, type ReactNode } from 'react';

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name?: string;
  value?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
}

export function Choice({ type, name, value, checked, onChange, label, hint, className }: ChoiceProps) {
  const id = useId();
  return (
    <div className={`choice${checked && type === 'radio' ? ' choice--chosen' : ''}${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
        {hint && (
          <span className="choice__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </span>
    </div>
  );
}
