import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Theme } from '../../../../shared/model/themes';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { Facts, Prose } from '../../components/Facts';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { formatCount, formatDateTime } from '../../lib/format';
import { RecordTabs } from '../shared/RecordTabs';
import { useRecordsOutlet } from '../shared/RecordsLayout';
import { MergeDialog } from './MergeDialog';
import { MoveDialog } from './MoveDialog';
import { RetireDialog } from './RetireDialog';
import { ThemePassages } from './ThemePassages';
import { ThemeSwatch } from './ThemeSwatch';

type Open = null | 'move' | 'merge' | 'retire';

function ThemeLinks({ items }: { items: { id: string; label: string; colour: string; retired?: boolean }[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="plain-list plain-list--inline theme-links">
      {items.map((t) => (
        <li key={t.id}>
          <Link to={`/themes/${t.id}`}>
            <ThemeSwatch colour={t.colour} />
            {t.label}
          </Link>
          {t.retired ? <span className="muted small"> (retired)</span> : null}
        </li>
      ))}
    </ul>
  );
}

const both = (all: number, own: number) => (all === own ? formatCount(all) : `${formatCount(all)} (${formatCount(own)} coded with this theme itself)`);

function ThemeView({ theme: t, onChanged }: { theme: Theme; onChanged: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const location = useLocation();
  const merged = t.mergedInto;
  const parent = t.ancestors[t.ancestors.length - 1];

  return (
    <article className="record theme-page" aria-labelledby="record-title">
      <header className="record-head">
        {t.ancestors.length > 0 ? (
          <nav aria-label="Broader themes" className="theme-path">
            <ol>
              {t.ancestors.map((a) => (
                <li key={a.id}>
                  <Link to={`/themes/${a.id}`}>{a.label}</Link>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <h1 className="record-title theme-title" id="record-title">
          <ThemeSwatch colour={t.colour} size="large" />
          {t.label}
        </h1>
        <div className="record-badges">
          {merged ? <span className="badge badge--withdrawn">Merged</span> : null}
          {t.retired && !merged ? <span className="badge badge--withdrawn">Retired</span> : null}
        </div>
        {merged ? null : (
          <div className="actions record-actions">
            <Link className="button button--primary" to={{ pathname: `/themes/${t.id}/edit`, search: location.search }}>
              Edit
            </Link>
            <Link className="button" to={`/themes/new?parent=${t.id}`}>
              New narrower theme
            </Link>
            <button type="button" className="button" onClick={() => setOpen('move')}>
              Move to…
            </button>
            <button type="button" className="button" onClick={() => setOpen('merge')}>
              Merge into…
            </button>
            <button type="button" className="button" onClick={() => setOpen('retire')}>
              {t.retired ? 'Restore' : 'Retire'}
            </button>
          </div>
        )}
      </header>
      {merged ? (
        <Notice kind="info">
          <p>
            Merged into <Link to={`/themes/${merged.id}`}>{merged.label}</Link>. Its passages and testimonies are now coded with that theme, and “{t.label}” is one of its other labels.
          </p>
        </Notice>
      ) : null}
      {t.retired && !merged ? (
        <Notice kind="warning">
          <p>Retired: kept with its coded passages, but no longer offered for coding.</p>
        </Notice>
      ) : null}
      <Facts
        className="theme-facts"
        items={[
          ['Other labels', t.altLabels.length ? t.altLabels.map((a) => (a.lang ? `${a.label} (${a.lang})` : a.label)).join('; ') : ''],
          ['Scope note', t.scopeNote ? <Prose text={t.scopeNote} /> : <span className="muted">No scope note yet.</span>],
          ['Broader', parent ? <ThemeLinks items={[{ ...parent }]} /> : 'Top level'],
          ['Narrower', t.children.length ? <ThemeLinks items={t.children} /> : ''],
          ['Passages', both(t.counts.passages, t.counts.ownPassages)],
          ['Testimonies', both(t.counts.testimonies, t.counts.ownTestimonies)],
          ['Last changed', formatDateTime(t.updatedAt)],
        ]}
      />
      <RecordTabs
        label="Theme sections"
        history={{ entityType: 'theme', entityId: t.id, refresh: t.version }}
        tabs={[{ id: 'passages', label: `Coded passages (${formatCount(t.counts.passages)})`, render: () => <ThemePassages themeId={t.id} refresh={t.version} /> }]}
      />
      <MoveDialog theme={t} open={open === 'move'} onClose={() => setOpen(null)} onDone={onChanged} />
      <MergeDialog theme={t} open={open === 'merge'} onClose={() => setOpen(null)} onDone={onChanged} />
      <RetireDialog theme={t} open={open === 'retire'} onClose={() => setOpen(null)} onDone={onChanged} />
    </article>
  );
}

/** /themes/:id — one theme: where it sits, what it means, its counts and every passage coded with it. */
export function ThemePage() {
  const { id = '' } = useParams();
  const { dataVersion, reload } = useArchive();
  const { refreshList } = useRecordsOutlet();
  const r = useCall('themes.get', { id }, dataVersion);
  const current = r.data?.id === id ? r.data : null;
  if (!current) return r.error ? <ApiErrorNotice error={r.error} retry={r.reload} /> : <Loading what="Opening theme…" />;
  return (
    <ThemeView
      theme={current}
      onChanged={() => {
        refreshList();
        reload();
      }}
    />
  );
}
