import { useState, type ReactNode } from 'react';
import { Field } from './Field';

interface ListTextProps {
  path: string;
  label: ReactNode;
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** 'lines': one item per line in a textarea; 'commas': comma-separated on one line. */
  mode: 'lines' | 'commas';
  error?: string;
  hint?: ReactNode;
  placeholder?: string;
}

const split = (raw: string, mode: 'lines' | 'commas') =>
  raw
    .split(mode === 'lines' ? /\r?\n/ : ',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const joinList = (v: readonly string[], mode: 'lines' | 'commas') => v.join(mode === 'lines' ? '\n' : ', ');

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A list of short texts edited as plain text; what is typed stays as typed until it means something else. */
export function ListText({ path, label, value, onChange, mode, error, hint, placeholder }: ListTextProps) {
  const [raw, setRaw] = useState(() => joinList(value, mode));
  const [seen, setSeen] = useState(value);
  // When the value changes from outside (not by typing here), show it as the text.
  if (seen !== value) {
    setSeen(value);
    if (!same(split(raw, mode), value)) setRaw(joinList(value, mode));
  }

  const update = (next: string) => {
    setRaw(next);
    const items = split(next, mode);
    if (!same(items, value)) onChange(items);
  };

  return (
    <Field path={path} label={label} hint={hint} error={error}>
      {(p) =>
        mode === 'lines' ? (
          <textarea {...p} rows={Math.min(8, Math.max(3, value.length + 1))} value={raw} placeholder={placeholder} onChange={(e) => update(e.target.value)} />
        ) : (
          <input {...p} type="text" value={raw} placeholder={placeholder} autoComplete="off" onChange={(e) => update(e.target.value)} />
        )
      }
    </Field>
  );
}
