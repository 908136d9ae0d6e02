import { useEffect, useRef, useState } from 'react';
import type { Marker, MarkerStatus } from '../../../../shared/model/markers';
import { nextStatuses, transitionProblem } from '../../../../shared/model/markerWorkflow';
import { formatDateTime, formatFlexDate } from '../../lib/format';
import { MarkerStatusBadge } from './MarkerBadges';
import { STATUS_LABELS, statusActionLabel } from './model/labels';
import { StatusDialog } from './StatusDialog';

/** Where the marker stands, how it got there (oldest first), and exactly the steps it may take next. */
export function StatusTab({ marker: m, onChanged }: { marker: Marker; onChanged: () => void }) {
  const [to, setTo] = useState<MarkerStatus | null>(null);
  const wasDedicated = m.history.some((e) => e.to === 'dedicated');
  const facts = { wasDedicated, hasApprovedInscription: m.approvedInscription !== null };
  const next = nextStatuses(m.status, wasDedicated).map((s) => ({ to: s, problem: transitionProblem(m.status, s, facts) }));
  const since = m.history.length ? m.history[m.history.length - 1]!.date : '';
  const heading = useRef<HTMLHeadingElement>(null);
  const steps = useRef<HTMLDivElement>(null);
  // The status just recorded: once the marker shows it, the button that was pressed is gone, so
  // focus moves to the first step now possible, or to the heading when there is none.
  const recorded = useRef<MarkerStatus | null>(null);
  useEffect(() => {
    if (recorded.current === null || recorded.current !== m.status) return;
    recorded.current = null;
    (steps.current?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? heading.current)?.focus();
  }, [m.status]);

  return (
    <div className="record-sections">
      <section aria-labelledby="m-status-now">
        <h2 id="m-status-now" ref={heading} tabIndex={-1}>
          Current status
        </h2>
        <p className="status-now">
          <MarkerStatusBadge status={m.status} />
          {since ? <span className="muted"> since {formatFlexDate(since)}</span> : null}
        </p>
        {next.length === 0 ? (
          <p className="muted">No further step is possible from here.</p>
        ) : (
          <>
            <div className="actions" role="group" aria-label="Next steps" ref={steps}>
              {next.map((n) => (
                <button key={n.to} type="button" className="button" onClick={() => setTo(n.to)} disabled={n.problem !== null} aria-describedby={n.problem ? `problem-${n.to}` : undefined}>
                  {statusActionLabel(n.to, m.status)}
                </button>
              ))}
            </div>
            {next
              .filter((n) => n.problem)
              .map((n) => (
                <p key={n.to} id={`problem-${n.to}`} className="field-hint">
                  {STATUS_LABELS[n.to]}: {n.problem}
                </p>
              ))}
            <p className="muted small">The workflow runs proposed → approved → fabricated → installed → dedicated; once installed a marker can also be reported damaged or missing.</p>
          </>
        )}
      </section>
      <section aria-labelledby="m-status-history">
        <h2 id="m-status-history">Status history</h2>
        <table className="marker-table status-table">
          <thead>
            <tr>
              <th scope="col">Date and step</th>
              <th scope="col">Note, and who recorded it</th>
            </tr>
          </thead>
          <tbody>
            {m.history.map((e) => (
              <tr key={e.id}>
                <td>
                  <span className="nowrap">{formatFlexDate(e.date)}</span>
                  <br />
                  {e.from ? <span className="muted">{STATUS_LABELS[e.from]} → </span> : null}
                  <strong>{STATUS_LABELS[e.to]}</strong>
                </td>
                <td>
                  {e.note ? <p className="pre-wrap status-note">{e.note}</p> : null}
                  <span className="muted small">
                    Recorded by {e.by}, {formatDateTime(e.recordedAt)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <StatusDialog
        marker={m}
        to={to}
        onClose={() => setTo(null)}
        onDone={() => {
          recorded.current = to;
          setTo(null);
          onChanged();
        }}
      />
    </div>
  );
}
