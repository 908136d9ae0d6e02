import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Option } from './Select';

/** A compact multi-select: a disclosure button that opens a list of checkboxes. Escape or a click elsewhere closes it. */
export function FilterMenu({ label, options, value, onChange }: { label: string; options: Option[]; value: readonly string[]; onChange: (v: string[]) => void }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const toggle = (v: string, on: boolean) => onChange(options.map((o) => o.value).filter((x) => (x === v ? on : value.includes(x))));

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    const el = ref.current;
    if (e.key === 'Escape' && el?.open) {
      e.stopPropagation();
      el.open = false;
      el.querySelector('summary')?.focus();
    }
  };

  return (
    <details className="filter-menu" ref={ref} onKeyDown={onKeyDown}>
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
