import { useRef, useState } from 'react';
import type { Testimony } from '../../../../shared/model/testimony';
import { label } from '../../../../shared/model/enums';
import { formatCount, plural } from '../../lib/format';
import { CodingTranscript } from '../coding/CodingTranscript';
import { FindBar, useFindKeys, useTranscriptFind } from '../search/TranscriptFind';
import { RedactDialog, type RedactRequest } from './redaction/RedactDialog';
import { RedactionsPanel } from './redaction/RedactionsPanel';
import { useRedactions } from './redaction/useRedactions';

/**
 * The transcript in a readable measure; held behind its content warnings until the reader opens it.
 * A find box (the search box's syntax, ?q= in the URL) marks every match and steps through them;
 * coded passages are highlighted and new ones are coded here (see features/coding). Redacted words
 * are shaded; "Redact…" on a selection redacts more, and the list under the transcript gives each
 * redaction's reason (the summary's words are redacted from there too).
 */
export function TranscriptView({ testimony: t }: { testimony: Testimony }) {
  const [shown, setShown] = useState(t.contentWarnings.length === 0);
  const find = useTranscriptFind(t.transcript);
  const findInput = useRef<HTMLInputElement>(null);
  const redactions = useRedactions(t.id, t.version);
  const [redacting, setRedacting] = useState<RedactRequest | null>(null);
  const redactSummary = redactions.canAdd && t.summary.trim() !== '' ? () => setRedacting({ field: 'summary' }) : null;
  const panel = (
    <>
      <RedactionsPanel redactions={redactions} onRedactSummary={redactSummary} />
      <RedactDialog
        testimonyId={t.id}
        text={redacting?.field === 'summary' ? t.summary : t.transcript}
        request={redacting}
        redactions={redactions}
        onClose={() => setRedacting(null)}
        onDone={() => {
          setRedacting(null);
          // The words are redacted: the selection (and its toolbar) has served.
          window.getSelection()?.removeAllRanges();
        }}
      />
    </>
  );
  useFindKeys(find, findInput, shown && t.transcript.trim() !== '');
  if (t.transcript.trim() === '') {
    return (
      <>
        <p className="muted">No transcript has been entered for this testimony.</p>
        {panel}
      </>
    );
  }
  if (!shown) {
    return (
      <div className="warning-gate">
        <h2>This transcript carries content warnings</h2>
        <p>It contains accounts of: {t.contentWarnings.map((w) => label(w).toLowerCase()).join(', ')}.</p>
        <p>Take the time you need. You can close it again at any point.</p>
        {find.matches.length > 0 ? (
          <p>
            Your search <code>{find.query}</code> is found {plural(find.matches.length, 'time', 'times')} in it; each place will be highlighted when you open it.
          </p>
        ) : null}
        <button type="button" className="button button--primary" onClick={() => setShown(true)}>
          Show transcript
        </button>
      </div>
    );
  }
  return (
    <div>
      <p className="muted small transcript-meta">
        {formatCount(t.wordCount)} words
        {t.contentWarnings.length > 0 ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => setShown(false)}>
              Hide transcript
            </button>
          </>
        ) : null}
      </p>
      <FindBar find={find} inputRef={findInput} />
      <CodingTranscript
        testimony={t}
        find={find}
        redaction={{ spans: redactions.transcript, onRedact: redactions.canAdd ? (range) => setRedacting({ field: 'transcript', range }) : null }}
      />
      {panel}
    </div>
  );
}
