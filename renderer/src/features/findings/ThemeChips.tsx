import { Link } from 'react-router-dom';
import { ThemeChipText } from '../themes/ThemeSwatch';

/** Themes of a finding or recommendation as chips (swatch and label), each a link to its theme page, or plain in a table cell. */
export function ThemeChips({ themes, links = true, label }: { themes: { id: string; label: string; colour: string }[]; links?: boolean; label: string }) {
  if (themes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="theme-chips" aria-label={label}>
      {themes.map((t) => (
        <li key={t.id} className="theme-chip">
          {links ? (
            <Link to={`/themes/${t.id}`}>
              <ThemeChipText colour={t.colour} label={t.label} />
            </Link>
          ) : (
            <ThemeChipText colour={t.colour} label={t.label} />
          )}
        </li>
      ))}
    </ul>
  );
}
