import type { Citation, CitationState } from '../../../../shared/model/findings';

const STATE_LABELS: Record<CitationState, string> = {
  ok: 'As cited',
  moved: 'Moved in the transcript',
  missing: 'Words edited away',
  withdrawn: 'Testimony withdrawn',
};

/** What each state means for the report, said once beside the badge. */
const STATE_NOTES: Record<CitationState, string> = {
  ok: 'The cited words are where they were.',
  moved: 'The transcript was edited; the words were found once elsewhere and the citation follows them.',
  missing: 'The transcript was edited and these words are no longer in it: cite the passage again, or remove this citation.',
  withdrawn: 'The testimony has been withdrawn from the archive.',
};

const STATE_MARKS: Record<CitationState, string> = { ok: '✓', moved: '↷', missing: '⚠', withdrawn: '⊘' };

/** A citation's state in words (with a mark that supports them) and what it means. */
export function CitationStateBadge({ state }: { state: CitationState }) {
  return (
    <span className={`badge badge--compact badge--citation-${state}`} title={STATE_NOTES[state]}>
      <span aria-hidden="true" className="badge-mark">
        {STATE_MARKS[state]}
      </span>
      {STATE_LABELS[state]}
    </span>
  );
}

export function citationStateNote(state: CitationState): string | null {
  return state === 'ok' ? null : STATE_NOTES[state];
}

/** Whether the publish policy lets this excerpt into the public edition, in words. */
export function PublicBadge({ citation }: { citation: Pick<Citation, 'publishable'> }) {
  return citation.publishable ? (
    <span className="badge badge--plain badge--compact">Open to the public</span>
  ) : (
    <span className="badge badge--plain badge--compact badge--not-public">Confidential edition only</span>
  );
}
