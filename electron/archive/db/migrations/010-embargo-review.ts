/**
 * Embargo review (issue 8): "a scheduled check lists records whose embargo ended for review".
 *
 * - `testimonies.embargo_reviewed_on`: the day an archivist last reviewed the testimony's access
 *   after its embargo ended (YYYY-MM-DD), or NULL. A testimony is due for review when its embargo
 *   date has come and it has not been reviewed on or after that date, so moving the embargo to a
 *   later date asks for a new review when that one comes.
 * - `testimonies_embargo`: the few testimonies with an embargo, for the check the app runs on open
 *   and daily.
 */
export const sql = `
ALTER TABLE testimonies ADD COLUMN embargo_reviewed_on TEXT;
CREATE INDEX testimonies_embargo ON testimonies(embargo_until) WHERE embargo_until IS NOT NULL;
`;
