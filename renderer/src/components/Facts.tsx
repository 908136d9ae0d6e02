import type { ReactNode } from 'react';

/** A description list of label → value, skipping empty values. */
export function Facts({ items, className }: { items: [string, ReactNode][]; className?: string }) {
  const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return (
    <dl className={`facts${className ? ` ${className}` : ''}`}>
      {shown.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Long free text with its paragraphs kept. */
export function Prose({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="prose">
      {text.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
