import { Link } from 'react-router-dom';
import type { Passage } from '../../../../shared/model/themes';
import { ThemeSwatch } from '../themes/ThemeSwatch';
import { shorten } from './Quote';
import { passageHref } from './usePassageLinks';

/** Themes of a passage as small swatches with labels. */
export function ThemeChips({ themes, label = 'Themes' }: { themes: Passage['themes']; label?: string }) {
  if (themes.length === 0) return null;
  return (
    <ul className="theme-list" aria-label={label}>
      {themes.map((t) => (
        <li key={t.id}>
          <ThemeSwatch colour={t.colour} />
          {t.label}
        </li>
      ))}
    </ul>
  );
}

/** The coded passages of a testimony in transcript order; each quote opens the passage in the transcript. */
export function PassageList({ codes }: { codes: Passage[] }) {
  if (codes.length === 0) return <p className="muted">No passages are coded yet. Select text on the Transcript tab and press C to code it.</p>;
  return (
    <ol className="passage-list">
      {codes.map((p) => (
        <li key={p.id}>
          <Link to={passageHref(p.id)} className="passage-link">
            “{shorten(p.quote, 240)}”
          </Link>
          <ThemeChips themes={p.themes} />
          {p.note ? <p className="codes-note small">{p.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
