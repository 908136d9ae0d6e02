import { useState } from 'react';
import type { Testimony } from '../../../../shared/model/testimony';
import { label } from '../../../../shared/model/enums';
import { formatCount } from '../../lib/format';

/** The transcript in a readable measure; held behind its content warnings until the reader opens it. */
export function TranscriptView({ testimony: t }: { testimony: Testimony }) {
  const [shown, setShown] = useState(t.contentWarnings.length === 0);
  if (t.transcript.trim() === '') return <p className="muted">No transcript has been entered for this testimony.</p>;
  if (!shown) {
    return (
      <div className="warning-gate">
        <h2>This transcript carries content warnings</h2>
        <p>It contains accounts of: {t.contentWarnings.map((w) => label(w).toLowerCase()).join(', ')}.</p>
        <p>Take the time you need. You can close it again at any point.</p>
        <button type="button" className="button button--primary" onClick={() => setShown(true)}>
          Show transcript
        </button>
      </div>
    );
  }
  const paragraphs = t.transcript.split(/\n\s*\n/);
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
      <article className="transcript">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </article>
    </div>
  );
}
