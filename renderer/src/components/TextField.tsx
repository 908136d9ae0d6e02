import type { ReactNode } from 'react';
import { Field } from './Field';

interface TextFieldProps {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  placeholder?: string;
  type?: 'text' | 'date' | 'number' | 'search' | 'password';
  /** Rows for a textarea; a single-line input when absent. */
  rows?: number;
  className?: string;
  inputClassName?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Shown and focusable but not editable (e.g. while its text is being saved). */
  readOnly?: boolean;
  /** Focused when its Dialog opens (the Dialog focuses [data-autofocus]). */
  autoFocus?: boolean;
}

/** A labelled text input or textarea, with its hint and error. */
export function TextField({ path, label, value, onChange, error, hint, required, placeholder, type = 'text', rows, className, inputClassName, autoComplete = 'off', spellCheck, inputMode, readOnly, autoFocus }: TextFieldProps) {
  return (
    <Field path={path} label={label} hint={hint} error={error} required={required} className={className}>
      {(p) =>
        rows ? (
          <textarea {...p} rows={rows} value={value} placeholder={placeholder} className={inputClassName} spellCheck={spellCheck} readOnly={readOnly} data-autofocus={autoFocus ? '' : undefined} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...p} type={type} value={value} placeholder={placeholder} className={inputClassName} autoComplete={autoComplete} spellCheck={spellCheck} inputMode={inputMode} readOnly={readOnly} data-autofocus={autoFocus ? '' : undefined} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
