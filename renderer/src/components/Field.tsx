import type { ReactNode } from 'react';
import { errorId, fieldId } from '../lib/formErrors';

/** Props every form control gets from its Field: id, name, and the error/hint wiring. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required'?: true;
}

export function controlProps(path: string, error?: string, hint?: string, required?: boolean): ControlProps {
  const describedBy = [error ? errorId(path) : null, hint ? `${fieldId(path)}-hint` : null].filter(Boolean).join(' ');
  return {
    id: fieldId(path),
    name: path,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    ...(required ? { 'aria-required': true as const } : {}),
  };
}

export function FieldError({ path, error }: { path: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="field-error" id={errorId(path)}>
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

interface FieldProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}

/** A labelled control with its hint and its error message next to it. */
export function Field({ path, label, hint, error, required, className, children }: FieldProps) {
  const id = fieldId(path);
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError path={path} error={error} />
      {children(controlProps(path, error, hint ? 'yes' : undefined, required))}
    </div>
  );
}
