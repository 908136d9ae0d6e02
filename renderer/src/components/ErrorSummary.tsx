import { forwardRef } from 'react';
import type { FieldErrors } from '../lib/formErrors';
import { fieldId } from '../lib/formErrors';

/** Moves focus to the control for a path, or the nearest enclosing one that exists. */
export function focusField(path: string): void {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) {
      const target = el.matches('input, select, textarea, button') ? el : el.querySelector<HTMLElement>('input, select, textarea, button');
      (target ?? el).focus();
      (target ?? el).scrollIntoView({ block: 'center' });
      return;
    }
    parts.pop();
  }
}

interface ErrorSummaryProps {
  errors: FieldErrors;
  general?: string | null;
  /** Labels for paths, so the summary reads "Title: A title is required". */
  labels?: (path: string) => string;
}

/** The list of problems at the top of a form, each linking to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, general, labels }, ref) {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !general) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{entries.length > 0 ? (entries.length === 1 ? 'There is a problem' : `There are ${entries.length} problems`) : 'This was not saved'}</h2>
      {general ? <p>{general}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([path, message]) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(path);
                }}
              >
                {labels ? `${labels(path)}: ` : ''}
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
