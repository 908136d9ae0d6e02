import { useState } from 'react';
import type { AuditEntry, EntityType } from '../../../../shared/api';
import { useCall } from '../../api/useCall';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { formatDateTime } from '../../lib/format';
import { fieldLabel } from '../../lib/fieldLabels';
import { describeValue } from './values';

/** Who changed what and when, newest first, from the audit log. */
export function HistoryPanel({ entityType, entityId, refresh }: { entityType: EntityType; entityId: string; refresh?: unknown }) {
  const history = useCall('archive.history', { entityType, entityId }, refresh);
  if (history.loading && !history.data) return <Loading what="Loading history…" />;
  if (history.error) return <ApiErrorNotice error={history.error} retry={history.reload} />;
  const entries = history.data ?? [];
  if (entries.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="history">
      {entries.map((e) => (
        <HistoryItem key={e.seq} entry={e} />
      ))}
    </ol>
  );
}

const ACTIONS: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  withdraw: 'Withdrawn',
  restore: 'Restored',
  // Memorials and markers (electron/archive/markers).
  inscription: 'Inscription draft saved',
  approve: 'Inscription approved',
  status: 'Status changed',
  'add-photo': 'Photo added',
  'update-photo': 'Photo changed',
  'remove-photo': 'Photo removed',
  // Attachments (electron/archive/attachments).
  attach: 'File attached',
  'attach-again': 'Same file attached again (no change)',
  'update-attachment': 'Attached file changed',
  detach: 'File taken off',
};

/** One event. A creation lists what was recorded; other events show each field before and after. */
function HistoryItem({ entry }: { entry: AuditEntry }) {
  // The engine names the event, and leaves empty fields out of a creation.
  const created = entry.action === 'create';
  return (
    <li className="history-item">
      <p className="history-head">
        <strong>{ACTIONS[entry.action] ?? entry.action}</strong> by {entry.user || 'someone unknown'} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </p>
      {entry.changes.length > 0 ? (
        <table className={created ? 'changes changes--created' : 'changes'}>
          <caption className="visually-hidden">{created ? 'Fields recorded' : 'Fields changed'}</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              {created ? <th scope="col">Recorded as</th> : (
                <>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {entry.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{fieldLabel(c.field)}</th>
                {created ? null : (
                  <td>
                    <ChangeValue value={c.old} field={c.field} />
                  </td>
                )}
                <td>
                  <ChangeValue value={c.new} field={c.field} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

const SHORT = 140;

function ChangeValue({ value, field }: { value: unknown; field: string }) {
  const [all, setAll] = useState(false);
  const text = describeValue(value, field);
  if (text === '') return <span className="muted">(empty)</span>;
  if (text.length <= SHORT) return <span className="change-value">{text}</span>;
  return (
    <span className="change-value">
      {all ? text : `${text.slice(0, SHORT)}…`}{' '}
      <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
        {all ? 'Show less' : `Show all (${text.length.toLocaleString()} characters)`}
      </button>
    </span>
  );
}
