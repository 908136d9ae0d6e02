import type { Option } from './Select';

/** A compact multi-select: a disclosure button that opens a list of checkboxes. */
export function FilterMenu({ label, options, value, onChange }: { label: string; options: Option[]; value: readonly string[]; onChange: (v: string[]) => void }) {
  const toggle = (v: string, on: boolean) => onChange(options.map((o) => o.value).filter((x) => (x === v ? on : value.includes(x))));
  return (
    <details className="filter-menu">
      <summary>
        {label}
        {value.length > 0 ? <span className="filter-count"> ({value.length} chosen)</span> : null}
      </summary>
      <fieldset className="filter-menu-panel">
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
