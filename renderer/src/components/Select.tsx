import type { SelectHTMLAttributes } from 'react';
import { label as labelOf } from '../../../shared/model/enums';

export interface Option {
  value: string;
  label: string;
}

/** Options for a closed vocabulary, labelled with the words people read. */
export function enumOptions(values: readonly string[]): Option[] {
  return values.map((v) => ({ value: v, label: labelOf(v) }));
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Text of an empty first choice, if the field may be left empty. */
  empty?: string;
}

export function Select({ value, options, onChange, empty, ...rest }: SelectProps) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
