import type { InscriptionVersion } from '../../../../../shared/model/markers';

/**
 * The draft being worked on: the newest version when it is a draft (versions come newest first).
 * A draft older than the approved version is history, not the work in hand.
 */
export function latestDraft(versions: readonly InscriptionVersion[]): InscriptionVersion | null {
  const newest = versions[0];
  return newest?.state === 'draft' ? newest : null;
}

/**
 * The text the editor starts from: the newest draft, else the approved text (editing it starts a
 * new draft; the approved version stays locked), else nothing.
 */
export function editorStart(versions: readonly InscriptionVersion[], approved: InscriptionVersion | null): string {
  return latestDraft(versions)?.text ?? approved?.text ?? '';
}

/** "1,234 of 4,000 characters". */
export function lengthNote(text: string, max: number): string {
  return `${text.length.toLocaleString()} of ${max.toLocaleString()} characters`;
}
