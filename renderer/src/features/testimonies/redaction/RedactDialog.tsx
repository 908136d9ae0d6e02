import { useRef, useState } from 'react';
import type { RedactableField } from '../../../../../shared/api/redactions';
import type { Offsets } from '../../coding/selection';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Redactions } from './useRedactions';

export type RedactRequest = { field: 'transcript'; range: Offsets } | { field: 'summary' };

interface Props {
  testimonyId: string;
  /** The text the words are taken from (transcript or summary, as shown). */
  text: string;
  request: RedactRequest | null;
  redactions: Redactions;
  onClose: () => void;
  onDone: () => void;
}

const WHAT: Record<RedactableField, string> = { transcript: 'transcript', summary: 'summary' };

/**
 * Asks why words are redacted, then redacts them. For the transcript the words are the selection;
 * for the summary the reader selects them here, in the summary shown read-only (the keyboard's
 * Shift+arrows select as well as the mouse).
 */
export function RedactDialog({ testimonyId, text, request, redactions, onClose, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const [shownFor, setShownFor] = useState<RedactRequest | null>(request);
  if (shownFor !== request) {
    // Each time it opens it starts empty.
    setShownFor(request);
    setReason('');
    setError(null);
  }
  if (!request) return null;

  const rangeOf = (): Offsets | null => {
    if (request.field === 'transcript') return request.range;
    const el = summaryRef.current;
    return el && el.selectionEnd > el.selectionStart ? { start: el.selectionStart, end: el.selectionEnd } : null;
  };

  const confirm = async () => {
    const range = rangeOf();
    if (!range) {
      setError('Select the words of the summary to redact first.');
      summaryRef.current?.focus();
      return;
    }
    if (reason.trim() === '') {
      setError('Say why these words are redacted; the reason is kept with the redaction and in its history.');
      document.getElementById('redact-reason')?.focus();
      return;
    }
    setBusy(true);
    const r = await redactions.run('redactions.add', { testimonyId, field: request.field, range: { ...range, quote: text.slice(range.start, range.end) }, reason });
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.error.message);
  };

  const words = request.field === 'transcript' ? text.slice(request.range.start, request.range.end) : null;
  return (
    <ConfirmDialog open title={`Redact words of the ${WHAT[request.field]}`} confirmLabel="Redact" busy={busy} error={error} onConfirm={() => void confirm()} onCancel={onClose}>
      <p>Every public output — the reading room, public search, the public report — will show “[redacted]” in place of these words. The archive keeps them.</p>
      {words !== null ? (
        <blockquote className="redact-quote">{words.length > 400 ? `${words.slice(0, 400)}…` : words}</blockquote>
      ) : (
        <div className="field">
          <label htmlFor="redact-summary">Select the words to redact</label>
          <textarea id="redact-summary" ref={summaryRef} readOnly rows={5} value={text} data-autofocus />
        </div>
      )}
      <div className="field">
        <label htmlFor="redact-reason">Reason (required)</label>
        <textarea
          id="redact-reason"
          rows={2}
          value={reason}
          data-autofocus={words !== null ? '' : undefined}
          aria-invalid={error ? true : undefined}
          placeholder="e.g. Names a witness who has not consented; gives a home address"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
