import type { ReactNode } from 'react';
import { errorId, fieldId } from '../lib/formErrors';
import { FieldError } from './Field';
import type { Option } from './Select';

interface ChoiceGroupProps {
  path: string;
  legend: ReactNode;
  options: Option[];
  error?: string;
  hint?: ReactNode;
  className?: string;
}

function GroupFrame({ path, legend, error, hint, className, children }: ChoiceGroupProps & { children: ReactNode }) {
  const describedBy = [error ? errorId(path) : null, hint ? `${fieldId(path)}-hint` : null].filter(Boolean).join(' ');
  return (
    <fieldset id={fieldId(path)} className={`choice-group${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`} aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${fieldId(path)}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError path={path} error={error} />
      <div className="choice-options">{children}</div>
    </fieldset>
  );
}

/** Several of a list: one checkbox each, in a fieldset with a legend. */
export function CheckboxGroup(props: ChoiceGroupProps & { value: readonly string[]; onChange: (value: string[]) => void }) {
  const { path, options, value, onChange } = props;
  const toggle = (v: string, on: boolean) => {
    const set = new Set(value);
    if (on) set.add(v);
    else set.delete(v);
    onChange(options.map((o) => o.value).filter((x) => set.has(x)));
  };
  return (
    <GroupFrame {...props}>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type="checkbox" name={path} value={o.value} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          <span>{o.label}</span>
        </label>
      ))}
    </GroupFrame>
  );
}

/**
 * One of a list: radio buttons in a fieldset. Options may carry a description; `unavailable` names
 * the options that cannot be chosen now (they stay shown, disabled, with the description saying why).
 */
export function RadioGroup(
  props: ChoiceGroupProps & { value: string; onChange: (value: string) => void; describe?: (value: string) => ReactNode; unavailable?: readonly string[] },
) {
  const { path, options, value, onChange, describe, unavailable = [] } = props;
  return (
    <GroupFrame {...props}>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input type="radio" name={path} value={o.value} checked={value === o.value} disabled={unavailable.includes(o.value)} onChange={() => onChange(o.value)} />
          <span>
            {o.label}
            {describe ? <span className="choice-note"> — {describe(o.value)}</span> : null}
          </span>
        </label>
      ))}
    </GroupFrame>
  );
}
