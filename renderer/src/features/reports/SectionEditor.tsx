import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { ApiError } from '../../../../shared/api';
import { sectionInput, type Report, type ReportSection } from '../../../../shared/model/reports';
import { parseMarkdown } from '../../../../shared/report/markdown';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { formatDateTime } from '../../lib/format';
import { EmbedHelp } from './EmbedHelp';
import { InsertMenu } from './insert/InsertMenu';
import { applyInsertion, insertLine } from './model/insertLine';
import { sectionLength } from './model/length';
import { SectionPreview } from './SectionPreview';
import { useEmbedPreviews } from './useEmbedPreviews';
import { useWide } from './useWide';

export interface SectionDraft {
  title: string;
  body: string;
}

/** The editor puts the preview beside the text from this width of its own (px); a tab below it. */
const SIDE_BY_SIDE = 900;

interface Props {
  report: Report;
  section: ReportSection;
  /** Its place in the report, from 0. */
  index: number;
  /** What is typed and not saved yet, or null when the editor shows the saved text. */
  draft: SectionDraft | null;
  onDraft: (draft: SectionDraft | null) => void;
  onSaved: (report: Report) => void;
  /** Reads the report again (after a conflict). */
  reload: () => void;
  writer: boolean;
  /** The title field, for "Rename" in the section list. */
  titleRef: RefObject<HTMLInputElement | null>;
}

/** One section: its title and Markdown text, a live preview, the Insert menu and Save. */
export function SectionEditor({ report, section, index, draft, onDraft, onSaved, reload, writer, titleRef }: Props) {
  const title = draft?.title ?? section.title;
  const body = draft?.body ?? section.body;
  const dirty = draft !== null && (draft.title !== section.title || draft.body !== section.body);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [tab, setTab] = useState('write');
  const [pending, setPending] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Until the person has been in the text, its caret means nothing: an insertion goes at the end.
  const caretChosen = useRef(false);
  const frame = useRef<HTMLDivElement>(null);
  const wide = useWide(frame, SIDE_BY_SIDE);
  const shownBody = useDeferredValue(body);
  const doc = useMemo(() => parseMarkdown(shownBody), [shownBody]);
  const previews = useEmbedPreviews(doc);
  const length = sectionLength(body);

  const change = (next: Partial<SectionDraft>) => {
    setError(null);
    onDraft({ title, body, ...next });
  };

  const save = async () => {
    if (!writer || saving || !dirty) return;
    const check = sectionInput.safeParse({ title, body });
    if (!check.success) return setError({ code: 'invalid_input', message: check.error.issues[0]?.message ?? 'This section cannot be saved as it is.' });
    setSaving(true);
    setError(null);
    const r = await call('reports.saveSection', { id: report.id, sectionId: section.id, expectedVersion: section.version, data: { title, body } });
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setSavedAt(new Date().toISOString());
    onSaved(r.value);
    onDraft(null);
  };
  // The latest `save` and `change` for handlers that outlive one render (Ctrl/Cmd+S, an insertion).
  const latest = useRef({ save, change });
  useEffect(() => {
    latest.current = { save, change };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 's' || e.altKey || e.shiftKey) return;
      e.preventDefault();
      // A dialog's own form is not this section: Ctrl/Cmd+S waits until it is closed.
      if (document.querySelector('dialog[open]')) return;
      void latest.current.save();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // An embed chosen from the Insert menu goes in once the menu's dialog has closed and handed the
  // focus back (child effects run first), so the text area keeps the focus and the caret.
  useEffect(() => {
    const el = textarea.current;
    if (pending === null || !el) return;
    setPending(null);
    const insertion = insertLine(el.value, caretChosen.current ? el.selectionEnd : el.value.length, pending);
    el.focus();
    el.setSelectionRange(insertion.at, insertion.at);
    // Through the browser's editing, so Undo takes the insertion back; by hand where that is missing.
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, insertion.insert);
    if (!inserted) latest.current.change({ body: applyInsertion(el.value, insertion) });
    requestAnimationFrame(() => el.setSelectionRange(insertion.caret, insertion.caret));
  }, [pending]);

  const insert = (line: string) => {
    setTab('write');
    setPending(line);
  };

  const write = (
    <div className="section-write">
      <Field path="sectionBody" label="Text (Markdown)" hint={length ? <span className={length.over ? 'length-over' : undefined}>{length.text}</span> : undefined}>
        {(p) => (
          <textarea
            {...p}
            ref={textarea}
            className="section-body"
            value={body}
            readOnly={!writer || saving}
            spellCheck
            aria-invalid={length?.over || undefined}
            onChange={(e) => change({ body: e.target.value })}
            onSelect={() => {
              caretChosen.current = true;
            }}
          />
        )}
      </Field>
      <EmbedHelp />
    </div>
  );
  const preview = <SectionPreview title={title} doc={doc} previews={previews} idPrefix={`s${index + 1}`} />;

  return (
    <section className="section-editor" aria-labelledby="section-editor-title">
      <h2 id="section-editor-title" className="section-editor-title">
        Section {index + 1} of {report.sections.length}
      </h2>
      <div className="section-toolbar">
        <Field path="sectionTitle" label="Section title" className="section-title-field">
          {(p) => <input {...p} ref={titleRef} type="text" value={title} readOnly={!writer || saving} autoComplete="off" onChange={(e) => change({ title: e.target.value })} />}
        </Field>
        {writer ? (
          <div className="section-actions">
            <InsertMenu onInsert={insert} disabled={saving} />
            <button type="button" className="button button--primary" onClick={() => void save()} disabled={saving || !dirty} aria-keyshortcuts="Control+S Meta+S">
              {saving ? 'Saving…' : 'Save'}
            </button>
            <SaveState dirty={dirty} saving={saving} savedAt={savedAt} updatedAt={section.updatedAt} />
          </div>
        ) : null}
      </div>
      {writer ? null : <Notice kind="info">You can read this report; commissioners and archivists write it.</Notice>}
      {error ? (
        <SaveError
          error={error}
          onReload={(discard) => {
            setError(null);
            if (discard) onDraft(null);
            reload();
          }}
        />
      ) : null}
      <div ref={frame} className={`section-panes${wide ? ' section-panes--wide' : ''}`}>
        {wide ? (
          <>
            {write}
            <div className="section-preview-column">
              <p className="pane-label" id="section-preview-label">
                Preview
              </p>
              {/* Focusable so a long preview can be scrolled from the keyboard. */}
              <div className="section-preview-pane" role="region" aria-labelledby="section-preview-label" tabIndex={0}>
                {preview}
              </div>
            </div>
          </>
        ) : (
          <Tabs
            label="Write or preview"
            current={tab}
            onChange={setTab}
            tabs={[
              { id: 'write', label: 'Write', render: () => write },
              { id: 'preview', label: 'Preview', render: () => preview },
            ]}
          />
        )}
      </div>
    </section>
  );
}

function SaveState({ dirty, saving, savedAt, updatedAt }: { dirty: boolean; saving: boolean; savedAt: string | null; updatedAt: string }): ReactNode {
  const text = saving ? 'Saving…' : dirty ? 'Unsaved changes' : savedAt ? `Saved ${formatDateTime(savedAt)}` : `Last saved ${formatDateTime(updatedAt)}`;
  return (
    <span className={`save-state${dirty ? ' save-state--dirty' : ''}`} role="status">
      {dirty ? <span aria-hidden="true">● </span> : null}
      {text}
    </span>
  );
}

/** Why the save failed, next to the text; a version conflict offers both ways on, keeping what was typed. */
function SaveError({ error, onReload }: { error: ApiError; onReload: (discard: boolean) => void }) {
  if (error.code !== 'conflict') {
    return (
      <Notice kind="error">
        <p>Not saved: {error.message} Nothing you typed has been lost.</p>
      </Notice>
    );
  }
  return (
    <Notice kind="error">
      <p>
        Not saved: this section was changed elsewhere (by someone else, or in another window) after you opened it. Your text is still here, unsaved.
      </p>
      <div className="actions actions--tight">
        <button type="button" className="button button--small" onClick={() => onReload(false)}>
          Keep my text (Save again replaces theirs)
        </button>
        <button type="button" className="button button--small" onClick={() => onReload(true)}>
          Discard my text and show theirs
        </button>
      </div>
    </Notice>
  );
}
