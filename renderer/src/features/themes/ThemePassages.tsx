import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { PassageHit } from '../../../../shared/model/themes';
import { call } from '../../api/client';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { plural } from '../../lib/format';
import { useDownload } from './ExportButtons';
import { PassageHitItem } from './PassageHitItem';

const PAGE = 50;

interface Loaded {
  key: string;
  total: number;
  testimonies: number;
  items: PassageHit[];
}

/** Every passage coded with a theme (narrower themes included if asked), a page at a time, and its CSV. */
export function ThemePassages({ themeId, refresh }: { themeId: string; refresh: unknown }) {
  const [includeNarrower, setIncludeNarrower] = useState(true);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const download = useDownload();
  const key = `${themeId}|${includeNarrower}|${String(refresh)}`;

  useEffect(() => {
    let live = true;
    void call('themes.passages', { id: themeId, includeNarrower, offset: 0, limit: PAGE }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setLoaded({ key, ...r.value });
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [key, themeId, includeNarrower]);

  const more = async () => {
    if (!loaded) return;
    setBusy(true);
    const r = await call('themes.passages', { id: themeId, includeNarrower, offset: loaded.items.length, limit: PAGE });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else setLoaded({ ...loaded, items: [...loaded.items, ...r.value.items] });
  };

  const current = loaded?.key === key ? loaded : null;
  return (
    <section className="theme-passages" aria-labelledby="theme-passages-title">
      <div className="theme-passages-head">
        <h2 id="theme-passages-title">Coded passages</h2>
        <label className="choice choice--inline">
          <input type="checkbox" checked={includeNarrower} onChange={(e) => setIncludeNarrower(e.target.checked)} />
          <span>Include narrower themes</span>
        </label>
        <button type="button" className="button button--small" disabled={download.busy} onClick={() => download.run(() => call('themes.exportPassages', { themeId }))}>
          Export passages (CSV)
        </button>
      </div>
      <ApiErrorNotice error={download.error} />
      <ApiErrorNotice error={error} />
      {!current ? (
        error ? null : (
          <Loading what="Reading coded passages…" />
        )
      ) : current.total === 0 ? (
        <p className="muted">No passage is coded with this theme{includeNarrower ? ' or its narrower themes' : ''} yet. Open a testimony’s transcript, select a passage and code it.</p>
      ) : (
        <>
          <p className="list-count-inline muted" aria-live="polite">
            {plural(current.total, 'passage', 'passages')} in {plural(current.testimonies, 'testimony', 'testimonies')}
            {current.items.length < current.total ? ` — showing the first ${current.items.length}` : ''}
          </p>
          <ol className="passage-hits">
            {current.items.map((h) => (
              <PassageHitItem key={h.passageId} hit={h} themeId={themeId} />
            ))}
          </ol>
          {current.items.length < current.total ? (
            <button type="button" className="button" disabled={busy} onClick={() => void more()}>
              {busy ? 'Loading…' : `Show ${Math.min(PAGE, current.total - current.items.length)} more`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
