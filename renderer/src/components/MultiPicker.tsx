import { useId, useMemo, useState, type ReactNode } from 'react';
import { foldText } from '../../../shared/model/text';
import { errorId, fieldId } from '../lib/formErrors';
import { FieldError } from './Field';
import type { Option } from './Select';

interface MultiPickerProps {
  path: string;
  legend: ReactNode;
  options: Option[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  /** What the options are, for "Filter places". */
  noun: string;
  loading?: boolean;
}

const SHOWN = 200;

/** Choose several records from a long list: a filter box, the chosen ones as removable chips, and checkboxes. */
export function MultiPicker({ path, legend, options, value, onChange, error, noun, loading }: MultiPickerProps) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const shown = useMemo(() => {
    const f = foldText(filter.trim());
    return (f ? options.filter((o) => foldText(o.label).includes(f)) : options).slice(0, SHOWN);
  }, [options, filter]);
  const toggle = (v: string, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));

  return (
    <fieldset id={fieldId(path)} className={`picker${error ? ' field--invalid' : ''}`} aria-describedby={error ? errorId(path) : undefined}>
      <legend>{legend}</legend>
      <FieldError path={path} error={error} />
      {value.length > 0 ? (
        <ul className="chips" aria-label={`Chosen ${noun}`}>
          {value.map((v) => (
            <li key={v} className="chip">
              {byValue.get(v) ?? 'Unknown record'}
              <button type="button" className="chip-remove" aria-label={`Remove ${byValue.get(v) ?? 'this'}`} onClick={() => toggle(v, false)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">None chosen.</p>
      )}
      <label htmlFor={filterId} className="small">
        Filter {noun}
      </label>
      <input id={filterId} type="search" value={filter} autoComplete="off" onChange={(e) => setFilter(e.target.value)} />
      <div className="picker-options" role="group" aria-label={`All ${noun}`}>
        {loading ? <p className="muted small">Loading…</p> : null}
        {!loading && shown.length === 0 ? <p className="muted small">No {noun} match.</p> : null}
        {shown.map((o) => (
          <label key={o.value} className="choice">
            <input type="checkbox" name={path} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
        {options.length > shown.length && !filter ? <p className="muted small">Showing the first {SHOWN}; type to filter.</p> : null}
      </div>
    </fieldset>
  );
}
