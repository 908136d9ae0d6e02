import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ReportRow } from '../../../../shared/model/reports';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { formatDateTime, formatFlexDate, plural } from '../../lib/format';
import { mayWrite } from './model/roles';
import { ReportDialog } from './ReportDialog';

/** The reports in the archive (newest first): open one to write it, start a new one, delete one. */
export function ReportsPage() {
  const { dataVersion, info } = useArchive();
  const [refresh, setRefresh] = useState(0);
  const r = useCall('reports.list', {}, `${dataVersion}:${refresh}`);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ReportRow | null>(null);
  const navigate = useNavigate();
  const writer = mayWrite(info?.user.role);
  const rows = r.data;

  const newButton = writer ? (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      New report…
    </button>
  ) : null;

  return (
    <div className="page reports-page">
      <header className="page-head reports-head">
        <div>
          <h1>Reports</h1>
          <p className="muted">The commission’s reports: written here in sections, with findings, recommendations and testimony embedded, and exported as PDF in a public or a confidential edition.</p>
        </div>
        {rows && rows.length > 0 ? newButton : null}
      </header>
      <ApiErrorNotice error={r.error} retry={r.reload} />
      {!rows && !r.error ? <Loading what="Reading the reports…" /> : null}
      {rows && rows.length === 0 ? (
        <EmptyState title="No reports yet" actions={newButton}>
          <p>A report is the commission’s document: what it found, on what evidence, and what it recommends to whom. Start one, then write its chapters as sections.</p>
          {writer ? null : <p className="muted">Reports are started by commissioners and archivists.</p>}
        </EmptyState>
      ) : null}
      {rows && rows.length > 0 ? (
        <table className="table reports-table">
          <caption className="visually-hidden">Reports, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Sections
              </th>
              <th scope="col">Last changed</th>
              {writer ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link to={`/reports/${row.id}`} className="reports-title">
                    {row.title}
                  </Link>
                  {row.subtitle ? <span className="muted small reports-subtitle">{row.subtitle}</span> : null}
                </td>
                <td className="nowrap">{formatFlexDate(row.date) || <span className="muted">No date</span>}</td>
                <td className="num">{row.sectionCount}</td>
                <td className="nowrap">{formatDateTime(row.updatedAt)}</td>
                {writer ? (
                  <td className="nowrap">
                    <button type="button" className="button button--small button--quiet" onClick={() => setDeleting(row)}>
                      Delete…<span className="visually-hidden"> {row.title}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <ReportDialog
        open={creating}
        existing={null}
        onClose={() => setCreating(false)}
        onDone={(report) => {
          setCreating(false);
          void navigate(`/reports/${report.id}`);
        }}
      />
      <DeleteReport
        row={deleting}
        onClose={() => setDeleting(null)}
        onDone={() => {
          setDeleting(null);
          setRefresh((n) => n + 1);
        }}
      />
    </div>
  );
}

/** Deleting a report says what goes (its sections) and what stays (the history keeps their text). */
function DeleteReport({ row, onClose, onDone }: { row: ReportRow | null; onClose: () => void; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const remove = async () => {
    if (!row) return;
    setBusy(true);
    setError(null);
    const r = await call('reports.remove', { id: row.id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    onDone();
  };
  return (
    <ConfirmDialog open={row !== null} title="Delete this report?" confirmLabel="Delete the report" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={close}>
      {row ? (
        <>
          <p>
            <strong>{row.title}</strong> and its {plural(row.sectionCount, 'section', 'sections')} will be deleted. PDFs already exported are not touched.
          </p>
          <p className="muted">The archive’s history keeps what the sections said, but the report cannot be opened or exported again.</p>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
