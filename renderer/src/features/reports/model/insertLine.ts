/**
 * Where an embed line goes in a section's text. An embed is a paragraph of its own, so the line is
 * set apart by a blank line on either side (added only where there is not one already). Typed text
 * is never replaced or split: a caret inside a line moves to that line's end first.
 */
export interface Insertion {
  /** Where the inserted text starts. */
  at: number;
  /** The text to insert there: the line with the line breaks it needs. */
  insert: string;
  /** Where the caret goes afterwards: just after the line (on a fresh line at the end of the text). */
  caret: number;
}

export function insertLine(text: string, caret: number, line: string): Insertion {
  const cut = Math.max(0, Math.min(caret, text.length));
  const atLineStart = cut === 0 || text[cut - 1] === '\n';
  const lineEnd = text.indexOf('\n', cut);
  const at = atLineStart ? cut : lineEnd === -1 ? text.length : lineEnd;
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const insert = `${lead}${line}${trail}`;
  return { at, insert, caret: at + lead.length + line.length + (after === '' ? trail.length : 0) };
}

/** The text once `insertion` is made (when the editor cannot insert through the browser's own editing). */
export function applyInsertion(text: string, { at, insert }: Insertion): string {
  return `${text.slice(0, at)}${insert}${text.slice(at)}`;
}
