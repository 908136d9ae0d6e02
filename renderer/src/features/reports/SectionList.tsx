import { useEffect, useRef, useState, type FormEvent } from 'react';
import { focusMoveButton, MoveButtons } from '../../components/MoveButtons';
import type { Result } from '../../../../shared/api';
import { sectionInput, type Report, type ReportSection } from '../../../../shared/model/reports';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { TextField } from '../../components/TextField';
import { plural } from '../../lib/format';

interface Props {
  report: Report;
  selectedId: string | null;
  /** Sections with typed, unsaved changes. */
  unsaved: ReadonlySet<string>;
  writer: boolean;
  onSelect: (sectionId: string) => void;
  /** The report after a change to its sections, and the section to select then. */
  onChanged: (report: Report, select?: string) => void;
  /** Puts the focus in the selected section's title field. */
  onRename: () => void;
  /** Drops the typed text of a deleted section. */
  onDeleted: (sectionId: string) => void;
}

/**
 * The report's sections in order: choose one to write in; add one after it, move it up or down,
 * rename it, delete it. Each act is a button (the keyboard reaches every one), and what changed is
 * said in words in the status line.
 */
export function SectionList({ report, selectedId, unsaved, writer, onSelect, onChanged, onRename, onDeleted }: Props) {
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ReportSection | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const sections = report.sections;
  const index = sections.findIndex((s) => s.id === selectedId);
  const selected = sections[index] ?? null;
  const actions = useRef<HTMLDivElement>(null);
  // A move to the first or last place disables the button just pressed: the focus goes to the other one.
  const moved = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    const dir = moved.current;
    if (!dir || !actions.current) return;
    moved.current = null;
    focusMoveButton(actions.current, dir);
  }, [index]);

  /** One change to the sections; answers why it failed, or null. */
  const run = async (act: () => Promise<Result<Report>>, done: string, select?: (r: Report) => string | undefined): Promise<string | null> => {
    setBusy(true);
    setError(null);
    const r = await act();
    setBusy(false);
    if (!r.ok) return r.error.message;
    onChanged(r.value, select?.(r.value));
    setStatus(done);
    return null;
  };

  const move = async (to: number) => {
    if (!selected) return;
    moved.current = to < index ? 'up' : 'down';
    const failed = await run(() => call('reports.moveSection', { id: report.id, sectionId: selected.id, to }), `“${selected.title}” is now section ${to + 1} of ${sections.length}.`);
    if (failed) moved.current = null;
    setError(failed);
  };

  return (
    <section className="section-list" aria-labelledby="section-list-title">
      <h2 id="section-list-title">Sections</h2>
      <ol className="section-items">
        {sections.map((s, i) => (
          <li key={s.id}>
            <button type="button" className={`section-item${s.id === selectedId ? ' is-selected' : ''}`} aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => onSelect(s.id)}>
              <span className="section-number">{i + 1}.</span> <span className="section-name">{s.title}</span>
              {unsaved.has(s.id) ? (
                <span className="section-unsaved">
                  <span aria-hidden="true"> ●</span>
                  <span className="visually-hidden"> (unsaved changes)</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
      {writer ? (
        <div ref={actions} className="section-list-actions" role="group" aria-label={selected ? `Section ${index + 1}: ${selected.title}` : 'Sections'}>
          {selected ? (
            <>
              <MoveButtons canUp={index > 0} canDown={index < sections.length - 1} busy={busy} onMove={(dir) => void move(dir === 'up' ? index - 1 : index + 1)} />
              <button type="button" className="button button--small" onClick={onRename}>
                Rename
              </button>
              <button type="button" className="button button--small" onClick={() => setDeleting(selected)} disabled={busy}>
                Delete…
              </button>
            </>
          ) : null}
          <button type="button" className="button button--small button--primary" onClick={() => setAdding(true)} disabled={busy}>
            {selected ? '+ Add a section after' : '+ Add a section'}
          </button>
        </div>
      ) : null}
      <p className="small muted section-list-status" role="status">
        {status}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <AddSection
        open={adding}
        after={selected}
        onClose={() => setAdding(false)}
        add={(title) =>
          run(
            () => call('reports.addSection', { id: report.id, after: selected?.id ?? null, data: { title, body: '' } }),
            `Added “${title}” as section ${index + 2}.`,
            (r) => r.sections.find((s) => !sections.some((old) => old.id === s.id))?.id,
          ).then((failed) => {
            if (!failed) setAdding(false);
            return failed;
          })
        }
      />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this section?"
        confirmLabel="Delete the section"
        danger
        busy={busy}
        error={deleteError}
        onCancel={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
        onConfirm={() => {
          const s = deleting;
          if (!s) return;
          const next = sections[index + 1] ?? sections[index - 1];
          void run(() => call('reports.removeSection', { id: report.id, sectionId: s.id }), `Deleted “${s.title}”.`, () => next?.id).then((failed) => {
            setDeleteError(failed);
            if (failed) return;
            setDeleting(null);
            onDeleted(s.id);
          });
        }}
      >
        {deleting ? (
          <>
            <p>
              <strong>{deleting.title}</strong> and its text ({plural(deleting.body.length, 'character', 'characters')}
              {unsaved.has(deleting.id) ? ', and the changes not saved yet' : ''}) will be removed from the report.
            </p>
            <p className="muted">The archive’s history keeps what the saved section said.</p>
          </>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

/** The title of a new section, added after the selected one. */
/** Adds the section; answers why it could not, or null. */
type Add = (title: string) => Promise<string | null>;

function AddSection({ open, after, onClose, add }: { open: boolean; after: ReportSection | null; onClose: () => void; add: Add }) {
  return (
    <Dialog open={open} title="Add a section" onClose={onClose}>
      {open ? <AddSectionForm after={after} onClose={onClose} add={add} /> : null}
    </Dialog>
  );
}

function AddSectionForm({ after, onClose, add }: { after: ReportSection | null; onClose: () => void; add: Add }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const check = sectionInput.safeParse({ title });
    if (!check.success) return setError(check.error.issues[0]?.message);
    setBusy(true);
    const failed = await add(check.data.title);
    setBusy(false);
    setError(failed ?? undefined);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="dialog-text">{after ? `The new section comes after “${after.title}”.` : 'The new section comes at the end.'} Each section is a chapter of the report.</p>
      <TextField path="newSectionTitle" label="Section title" required value={title} onChange={setTitle} error={error} autoFocus />
      <DialogActions label="Add section" busyLabel="Adding…" busy={busy} onCancel={onClose} />
    </form>
  );
}
