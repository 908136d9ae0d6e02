import { useEffect, useState } from 'react';
import { PREMIS_EVENT_TYPE_NAMES, type PremisEventType, type PreservationEvent } from '../../../../shared/api/preservation';
import type { ApiError } from '../../../../shared/api';
import { call } from '../../api/client';
import { jobResultUrl } from '../../api/files';
import { ApiErrorNotice, Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { formatDateTime, plural } from '../../lib/format';
import { useStartJob } from '../exports/useStartJob';
import { progressText } from '../exports/jobs';

const PAGE = 25;
const TYPE_OPTIONS = PREMIS_EVENT_TYPE_NAMES.map((t) => ({ value: t, label: t.charAt(0).toUpperCase() + t.slice(1) }));

function objectWords(e: PreservationEvent): string {
  if (e.object.ref) return e.object.ref;
  if (e.object.type === 'archive') return 'The archive';
  if (e.object.type === 'database') return 'The database';
  return e.object.type.charAt(0).toUpperCase() + e.object.type.slice(1);
}

/** Export as PREMIS XML: a job, then a download of the file it wrote. */
function PremisExport() {
  const { job, starting, error, start } = useStartJob();
  const running = starting || job?.state === 'running';
  return (
    <div className="actions">
      <form onSubmit={(e) => void start(e, () => call('preservation.exportPremis', { out: '' }))}>
        <button type="submit" className="button" disabled={running}>
          {running ? 'Writing the PREMIS file…' : 'Export as PREMIS XML'}
        </button>
      </form>
      {job?.state === 'running' ? <span aria-live="polite">{progressText(job)}</span> : null}
      {job?.state === 'done' && job.result ? (
        <span aria-live="polite">
          {job.result.summary}{' '}
          <a className="button button--small" href={jobResultUrl(job.id)} download>
            Download the XML file
          </a>{' '}
          <span className="small muted">
            Saved in <span className="mono path">{job.result.path}</span>
          </span>
        </span>
      ) : null}
      {job?.state === 'failed' ? <Notice kind="error">{job.error}</Notice> : null}
      <ApiErrorNotice error={error} />
    </div>
  );
}

/** The PREMIS events, newest first, with a type filter and pages. `version` changes when a new event was recorded. */
export function EventsCard({ version }: { version: number }) {
  const [type, setType] = useState<PremisEventType | ''>('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; items: PreservationEvent[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void call('preservation.events', { ...(type ? { type } : {}), limit: PAGE, offset }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setPage(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [type, offset, version]);

  const from = page && page.total ? offset + 1 : 0;
  const to = page ? offset + page.items.length : 0;
  return (
    <section className="card preservation-card" aria-labelledby="events-title">
      <h2 id="events-title">Preservation events</h2>
      <p className="muted">
        What happened to the records, in the terms of PREMIS: ingestion, fixity checks, dissemination (exports), access changes (policy assignment),
        withdrawal (deaccession), redaction and schema migration. Each links to its entry in the audit log.
      </p>
      <div className="filters-row">
        <label htmlFor="event-type">Type of event</label>
        <Select
          id="event-type"
          value={type}
          empty="All events"
          options={TYPE_OPTIONS}
          onChange={(v) => {
            setType(v as PremisEventType | '');
            setOffset(0);
          }}
        />
        <PremisExport />
      </div>
      <ApiErrorNotice error={error} />
      {page && page.total === 0 ? <p>{type ? `No ${type} event has been recorded yet.` : 'No event has been recorded yet.'}</p> : null}
      {page && page.total > 0 ? (
        <>
          <table className="preservation-table">
            <caption className="visually-hidden">
              Events {from} to {to} of {page.total}
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Record</th>
                <th scope="col">Who</th>
                <th scope="col">Outcome</th>
                <th scope="col">Audit entry</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                  <td>
                    <strong>{e.type.charAt(0).toUpperCase() + e.type.slice(1)}</strong>
                    <div className="small">{e.detail}</div>
                  </td>
                  <td className="mono">{objectWords(e)}</td>
                  <td>{e.agent.kind === 'software' ? `${e.agent.name} (software)` : e.agent.name}</td>
                  <td className={e.outcome === 'failure' ? 'outcome--failure' : ''}>{e.outcome === 'success' ? 'Success' : 'Failure'}</td>
                  <td className="mono">{e.seq ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="preservation-pager" aria-label="Pages of events">
            <button type="button" className="button button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Newer
            </button>
            <span>
              {from}–{to} of {plural(page.total, 'event', 'events')}
            </span>
            <button type="button" className="button button--small" disabled={to >= page.total} onClick={() => setOffset(offset + PAGE)}>
              Older
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
