import { useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { Report } from '../../../../shared/model/reports';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { EmptyState } from '../../components/EmptyState';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { formatFlexDate } from '../../lib/format';
import { ExportDialog } from './ExportDialog';
import { mayWrite } from './model/roles';
import { ReportDialog } from './ReportDialog';
import { SectionEditor, type SectionDraft } from './SectionEditor';
import { SectionList } from './SectionList';

/** /reports/:id — the report editor; the selected section is in the address (?section=…). */
export function ReportEditorPage() {
  const { id = '' } = useParams();
  const { dataVersion } = useArchive();
  const r = useCall('reports.get', { id }, dataVersion);
  if (r.error && (!r.data || r.data.id !== id)) {
    return (
      <div className="page">
        <p className="muted small">
          <Link to="/reports">← Reports</Link>
        </p>
        <ApiErrorNotice error={r.error} retry={r.reload} />
      </div>
    );
  }
  if (!r.data || r.data.id !== id) return <Loading what="Opening the report…" />;
  return <ReportEditor key={id} loaded={r.data} reload={r.reload} />;
}

function ReportEditor({ loaded, reload }: { loaded: Report; reload: () => void }) {
  const { info } = useArchive();
  const role = info?.user.role;
  const writer = mayWrite(role);
  const [report, setReport] = useState(loaded);
  const [drafts, setDrafts] = useState<Record<string, SectionDraft>>({});
  const [editingDetails, setEditingDetails] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [params, setParams] = useSearchParams();
  const titleRef = useRef<HTMLInputElement>(null);
  const allowLeave = useRef(false);

  // A fresh read (after a conflict, or another archive) replaces what is shown; typed text stays in `drafts`.
  const [seen, setSeen] = useState(loaded);
  if (seen !== loaded) {
    setSeen(loaded);
    setReport(loaded);
  }

  const sections = report.sections;
  const selectedIndex = Math.max(
    0,
    sections.findIndex((s) => s.id === params.get('section')),
  );
  const selected = sections[selectedIndex] ?? null;
  const unsaved = useMemo(() => {
    const out = new Set<string>();
    for (const s of report.sections) {
      const d = drafts[s.id];
      if (d && (d.title !== s.title || d.body !== s.body)) out.add(s.id);
    }
    return out;
  }, [drafts, report.sections]);

  const select = (sectionId: string) => setParams({ section: sectionId }, { replace: true });
  const setDraft = (sectionId: string, d: SectionDraft | null) =>
    setDrafts((all) => {
      const next = { ...all };
      if (d) next[sectionId] = d;
      else delete next[sectionId];
      return next;
    });

  return (
    <div className="report-editor">
      <header className="report-head">
        <div className="report-head-text">
          <p className="muted small">
            <Link to="/reports">← Reports</Link>
          </p>
          <h1>{report.title}</h1>
          {report.subtitle ? <p className="record-subtitle">{report.subtitle}</p> : null}
        </div>
        <button type="button" className="button button--primary" onClick={() => setExporting(true)}>
          Export PDF…
        </button>
      </header>
      <div className="report-body">
        <aside className="report-side" aria-label="The report’s details and sections">
          <section className="report-details" aria-labelledby="report-details-title">
            <h2 id="report-details-title">Details</h2>
            <dl className="report-facts">
              <dt>Authors</dt>
              <dd>{report.authors.length ? report.authors.join(', ') : <span className="muted">None named</span>}</dd>
              <dt>Date</dt>
              <dd>{formatFlexDate(report.date) || <span className="muted">No date</span>}</dd>
            </dl>
            {writer ? (
              <button type="button" className="button button--small" onClick={() => setEditingDetails(true)}>
                Edit details…
              </button>
            ) : null}
          </section>
          <SectionList
              report={report}
              selectedId={selected?.id ?? null}
              unsaved={unsaved}
              writer={writer}
              onSelect={select}
              onChanged={(next, sectionId) => {
                setReport(next);
                if (sectionId) select(sectionId);
              }}
              onRename={() => titleRef.current?.focus()}
              onDeleted={(sectionId) => setDraft(sectionId, null)}
            />
        </aside>
        <div className="report-main">
          {selected ? (
            <SectionEditor
              key={selected.id}
              report={report}
              section={selected}
              index={selectedIndex}
              draft={drafts[selected.id] ?? null}
              onDraft={(d) => setDraft(selected.id, d)}
              onSaved={setReport}
              reload={reload}
              writer={writer}
              titleRef={titleRef}
            />
          ) : (
            <EmptyState title="This report has no sections">
              <p>Sections are the report’s chapters. {writer ? 'Add one (beside this) to start writing.' : 'None has been written yet.'}</p>
            </EmptyState>
          )}
        </div>
      </div>
      <ReportDialog
        open={editingDetails}
        existing={report}
        onClose={() => setEditingDetails(false)}
        onDone={(next) => {
          setEditingDetails(false);
          setReport(next);
        }}
      />
      <ExportDialog open={exporting} report={report} role={role} unsaved={unsaved.size} onClose={() => setExporting(false)} />
      <UnsavedChangesGuard dirty={unsaved.size > 0} allow={allowLeave} />
    </div>
  );
}
