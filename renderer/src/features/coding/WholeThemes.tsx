import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ThemeNode } from '../../../../shared/model/themes';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../lib/format';
import { ThemePicker } from '../themes/ThemePicker';
import { ThemeSwatch } from '../themes/ThemeSwatch';
import { themePath } from './CodesPanel';
import type { Coding } from './useCoding';
import type { Status } from './useCodingActions';

/** Themes given to the testimony as a whole: the list (remove), and a picker with a note to add more. */
export function WholeThemes({ testimonyId, coding, themes, setStatus }: { testimonyId: string; coding: Coding; themes: ThemeNode[]; setStatus: (s: Status) => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const present = new Set(coding.themes.map((t) => t.id));

  const add = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    const ids = chosen.filter((id) => !present.has(id));
    if (ids.length === 0) {
      setError(chosen.length === 0 ? 'Choose a theme to add' : 'The testimony already carries the chosen themes');
      return;
    }
    setBusy(true);
    for (const themeId of ids) {
      const r = await coding.run('coding.tag', { testimonyId, themeId, note });
      if (!r.ok) {
        setBusy(false);
        setError(r.error.message);
        return;
      }
      setChosen((c) => c.filter((x) => x !== themeId));
    }
    setBusy(false);
    setError(undefined);
    setNote('');
    setStatus({ kind: 'ok', text: ids.length === 1 ? 'Theme added to the testimony.' : `${ids.length} themes added to the testimony.` });
  };

  const remove = async (themeId: string, label: string) => {
    const r = await coding.run('coding.untag', { testimonyId, themeId });
    setStatus(r.ok ? { kind: 'ok', text: `“${label}” taken off the testimony.` } : { kind: 'error', text: r.error.message });
  };

  return (
    <>
      {coding.themes.length === 0 ? (
        <p className="muted">No themes are given to the testimony as a whole yet.</p>
      ) : (
        <ul className="whole-themes">
          {coding.themes.map((t) => (
            <li key={t.id}>
              <div className="whole-theme-line">
                <ThemeSwatch colour={t.colour} />
                <Link to={themePath(t.id)}>{t.label}</Link>
                <span className="muted small">
                  {t.createdBy ? `by ${t.createdBy}, ` : ''}
                  {formatDateTime(t.createdAt)}
                </span>
                {coding.canCode ? (
                  <button type="button" className="button button--small" aria-label={`Remove ${t.label} from this testimony`} onClick={() => void remove(t.id, t.label)}>
                    Remove
                  </button>
                ) : null}
              </div>
              {t.note ? <p className="codes-note small">{t.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {coding.canCode ? (
        <form className="add-theme" onSubmit={(e) => void add(e)} noValidate>
          <ThemePicker themes={themes} value={chosen} onChange={setChosen} label="Add a theme to the whole testimony" path="tag.themes" error={error} onSubmit={() => void add()} />
          <TextField path="tag.note" label="Note (optional)" value={note} onChange={setNote} />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add theme'}
          </button>
        </form>
      ) : null}
    </>
  );
}
