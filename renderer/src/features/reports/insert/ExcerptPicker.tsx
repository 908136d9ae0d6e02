import { useEffect, useRef, useState, type FormEvent } from 'react';
import { label } from '../../../../../shared/model/enums';
import type { Testimony } from '../../../../../shared/model/testimony';
import { embedLine } from '../../../../../shared/report/embeds';
import { useCall } from '../../../api/useCall';
import { AccessBadge } from '../../../components/Badges';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { Field } from '../../../components/Field';
import { ApiErrorNotice, Loading } from '../../../components/Notice';
import { Select } from '../../../components/Select';
import { selectionOffsets, trimOffsets } from '../../coding/selection';
import { useTestimonyOptions } from '../../shared/usePickerOptions';

interface Props {
  open: boolean;
  onClose: () => void;
  onInsert: (line: string) => void;
}

/**
 * An excerpt of testimony: choose the testimony, then select the words in its transcript (or type
 * or paste them). The report quotes the words with the testimony's reference code; the engine finds
 * them in the transcript again each time it prints, so an excerpt edited away shows as a problem.
 */
export function ExcerptPicker({ open, onClose, onInsert }: Props) {
  return (
    <Dialog open={open} title="Insert an excerpt of testimony" onClose={onClose} className="excerpt-dialog">
      {open ? <ExcerptForm onClose={onClose} onInsert={onInsert} /> : null}
    </Dialog>
  );
}

function ExcerptForm({ onClose, onInsert }: Omit<Props, 'open'>) {
  const testimonies = useTestimonyOptions();
  const [testimonyId, setTestimonyId] = useState('');
  const [quote, setQuote] = useState('');
  const [errors, setErrors] = useState<{ testimony?: string; quote?: string }>({});
  const t = useCall('testimonies.get', testimonyId ? { id: testimonyId } : null);
  const testimony = t.data && t.data.id === testimonyId ? t.data : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: typeof errors = {};
    if (!testimony) problems.testimony = 'Choose the testimony the words come from';
    if (quote.trim() === '') problems.quote = 'Select the words in the transcript, or type them exactly as they are written there';
    setErrors(problems);
    if (!testimony || problems.quote) return;
    onInsert(embedLine({ kind: 'excerpt', ref: testimony.ref, quote: quote.trim() }));
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="dialog-text">The words are quoted as they stand in the transcript, with the testimony’s reference code. The public edition leaves out excerpts of testimonies that are not open to the public.</p>
      <Field path="excerptTestimony" label="Testimony" required error={errors.testimony}>
        {(p) => (
          <Select
            {...p}
            value={testimonyId}
            options={testimonies.options}
            empty={testimonies.loading ? 'Loading the testimonies…' : 'Choose a testimony'}
            data-autofocus
            onChange={(v) => {
              setTestimonyId(v);
              setQuote('');
              setErrors({});
            }}
          />
        )}
      </Field>
      {testimonyId && !testimony && !t.error ? <Loading what="Opening the transcript…" /> : null}
      <ApiErrorNotice error={t.error} retry={t.reload} />
      {testimony ? <Transcript key={testimony.id} testimony={testimony} onSelect={setQuote} /> : null}
      <Field path="excerptQuote" label="Words to quote" required error={errors.quote} hint="Filled in when you select words in the transcript above; you can also type or paste them. Line breaks become spaces.">
        {(p) => <textarea {...p} rows={3} value={quote} spellCheck={false} onChange={(e) => setQuote(e.target.value)} />}
      </Field>
      <DialogActions label="Insert" busyLabel="Inserting…" onCancel={onClose} />
    </form>
  );
}

/**
 * The transcript to select from, behind its content warnings until the reader opens it. The text
 * sits in one element marked `data-offset="0"`, the form the coding view's selection helpers read.
 */
function Transcript({ testimony, onSelect }: { testimony: Testimony; onSelect: (words: string) => void }) {
  const [opened, setOpened] = useState(testimony.contentWarnings.length === 0);
  const root = useRef<HTMLDivElement>(null);
  const text = testimony.transcript;

  useEffect(() => {
    if (!opened) return;
    const update = () => {
      const el = root.current;
      if (!el) return;
      const raw = selectionOffsets(el);
      const range = raw ? trimOffsets(text, raw) : null;
      if (range) onSelect(text.slice(range.start, range.end));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [opened, text, onSelect]);

  const heading = (
    <p className="excerpt-source">
      <span className="mono">{testimony.ref}</span> {testimony.title} <AccessBadge level={testimony.accessLevel} compact />
    </p>
  );
  if (text.trim() === '') {
    return (
      <>
        {heading}
        <p className="muted">This testimony has no transcript to quote from.</p>
      </>
    );
  }
  if (!opened) {
    return (
      <>
        {heading}
        <div className="notice notice--warning">
          <p>Content warnings: {testimony.contentWarnings.map(label).join(', ')}.</p>
          <button type="button" className="button button--small" onClick={() => setOpened(true)}>
            Show the transcript
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {heading}
      {/* Focusable so a long transcript can be scrolled from the keyboard. */}
      <div ref={root} className="excerpt-transcript" tabIndex={0} role="region" aria-label={`Transcript of ${testimony.ref}: select the words to quote`}>
        <div data-offset="0">{text}</div>
      </div>
    </>
  );
}
