/**
 * Redactions (issue 8). A redaction is a passage of kind 'redaction' (migration 004 reserved the
 * kind and its anchoring); its reason is the passage's `note`.
 *
 * - `passages.field`: which text of the testimony a span is anchored in. Coded passages, segments
 *   and most redactions are on the transcript; a redaction may also cover words of the summary.
 * - `passages_redactions`: every redaction, so public outputs read all of them without passing over
 *   the coded passages and segments (the public search asks which hits have any).
 * - `passages_redaction_review`: the redactions an edit of their text left flagged for review. The
 *   publish policy holds back a testimony while it has one (a redaction that could not follow its
 *   words must never let them out), so the policy asks this small index on every public read.
 */
export const sql = `
ALTER TABLE passages ADD COLUMN field TEXT NOT NULL DEFAULT 'transcript' CHECK (field IN ('transcript','summary'));
CREATE INDEX passages_redactions ON passages(testimony_id, field, start) WHERE kind = 'redaction';
CREATE INDEX passages_redaction_review ON passages(testimony_id) WHERE kind = 'redaction' AND review <> '';
`;
