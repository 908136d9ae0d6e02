import type { ThemeNode } from '../../../../shared/model/themes';
import { ThemeSwatch } from '../themes/ThemeSwatch';

/** The one-line key hint above the transcript, and the recent themes that 1–9 apply. */
export function CodingHint({ id, canCode, recent }: { id: string; canCode: boolean; recent: ThemeNode[] }) {
  if (!canCode) {
    return (
      <p id={id} className="coding-hint small muted">
        Coded passages are highlighted; click one, or press <kbd>Enter</kbd> on a paragraph, to see its codes.
      </p>
    );
  }
  return (
    <div className="coding-hint small">
      <p id={id} className="muted">
        On a paragraph: <kbd>↑</kbd>
        <kbd>↓</kbd> move · <kbd>→</kbd>
        <kbd>←</kbd> select a sentence · <kbd>Shift</kbd> with arrows extends · <kbd>C</kbd> code · <kbd>S</kbd> segment · <kbd>1</kbd>–<kbd>9</kbd> recent theme · <kbd>Enter</kbd> codes here
      </p>
      {recent.length > 0 ? (
        <ol className="recent-themes" aria-label="Recent themes (press the number to apply)">
          {recent.map((n, i) => (
            <li key={n.id}>
              <kbd>{i + 1}</kbd>
              <ThemeSwatch colour={n.colour} />
              {n.label}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
