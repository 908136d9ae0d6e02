import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CATALOGUERS } from '../../../../shared/api/define';
import { ACCESS_LEVELS } from '../../../../shared/model/enums';
import type { ArchiveInfo } from '../../../../shared/api';
import { call } from '../../api/client';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { AccessBadge } from '../../components/Badges';
import { EmptyState } from '../../components/EmptyState';
import { Loading, Notice } from '../../components/Notice';
import { formatCount } from '../../lib/format';
import { EmbargoNotice } from '../embargo/EmbargoNotice';

function Counts({ info }: { info: ArchiveInfo }) {
  const { counts } = info;
  return (
    <div className="overview-grid">
      <section className="card" aria-labelledby="c-testimonies">
        <h2 id="c-testimonies">Testimonies</h2>
        <p className="big-number">
          <Link to="/testimonies">{formatCount(counts.testimonies)}</Link>
        </p>
        <table className="count-table">
          <caption className="visually-hidden">Testimonies by access level</caption>
          <tbody>
            {ACCESS_LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">
                  <AccessBadge level={level} />
                </th>
                <td className="num">
                  <Link to={`/testimonies?access=${level}`} aria-label={`${formatCount(info.byAccessLevel[level] ?? 0)} ${level} testimonies`}>
                    {formatCount(info.byAccessLevel[level] ?? 0)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {counts.withdrawn > 0 ? (
          <p className="muted small">
            {formatCount(counts.withdrawn)} withdrawn, kept but hidden. <Link to="/testimonies?withdrawn=1">Show them in the list</Link>
          </p>
        ) : null}
      </section>
      {(
        [
          ['People', counts.people, '/people'],
          ['Places', counts.places, '/places'],
          ['Hearings & forums', counts.hearings, '/hearings'],
        ] as const
      ).map(([title, n, to]) => (
        <section className="card" key={to} aria-label={title}>
          <h2>{title}</h2>
          <p className="big-number">
            <Link to={to}>{formatCount(n)}</Link>
          </p>
        </section>
      ))}
    </div>
  );
}

export function OverviewPage() {
  const { info, error, loaded, reload } = useArchive();
  // Loading the sample and adding testimony are cataloguers' work (archive.loadSample, testimonies.create).
  const mayCatalogue = useRoleIn(CATALOGUERS);
  const [loading, setLoading] = useState(false);
  const [sampleError, setSampleError] = useState<string | null>(null);
  const [loadedSample, setLoadedSample] = useState(false);

  if (!loaded) return <Loading what="Opening the archive…" />;
  if (!info) {
    return (
      <EmptyState title={error?.code === 'no_archive' ? 'No archive is open' : 'The archive could not be opened'} actions={<Link className="button button--primary" to="/archives">Open or create an archive</Link>}>
        <p>{error?.message}</p>
      </EmptyState>
    );
  }

  const loadSample = async () => {
    setLoading(true);
    setSampleError(null);
    const r = await call('archive.loadSample', {});
    setLoading(false);
    if (r.ok) {
      setLoadedSample(true);
      reload();
    } else setSampleError(r.error.message);
  };

  const empty = info.counts.testimonies === 0 && info.counts.withdrawn === 0;
  return (
    <div className="page">
      <header className="page-head">
        <h1>{info.name}</h1>
        <p className="muted">
          Archive folder: <span className="mono path">{info.path}</span>
        </p>
      </header>
      <EmbargoNotice info={info} />
      {loadedSample ? <Notice kind="success">The sample archive is loaded. Everything in it is fictional.</Notice> : null}
      {empty ? (
        <EmptyState
          title="This archive is empty"
          actions={
            mayCatalogue ? (
              <>
                <button type="button" className="button button--primary" onClick={() => void loadSample()} disabled={loading} aria-describedby="sample-note">
                  {loading ? 'Loading the sample archive…' : 'Load sample archive'}
                </button>
                <Link className="button" to="/testimonies/new">
                  New testimony
                </Link>
              </>
            ) : null
          }
        >
          <p>
            Tessera keeps a truth commission’s testimony safe and findable: statements, interviews and hearing transcripts, with the people and places they
            speak of, the consent given, and who may read them. Every change is recorded; nothing is silently lost.
          </p>
          {mayCatalogue ? (
            <p id="sample-note" className="muted">
              The sample is a small fictional commission, useful for finding your way around. You can start on your own records at any time.
            </p>
          ) : (
            <p className="muted">Records appear here once an archivist or cataloguer has added them.</p>
          )}
          {loading ? (
            <p role="status" className="loading">
              Loading the sample archive… this takes a few seconds.
            </p>
          ) : null}
          {sampleError ? <Notice kind="error">{sampleError}</Notice> : null}
        </EmptyState>
      ) : (
        <Counts info={info} />
      )}
    </div>
  );
}
