import type { Database } from 'better-sqlite3';
import type { ThemeRef } from '../../../shared/model/themes';
import { ArchiveError, notFound } from '../db/errors';

/** What coding needs to know about a testimony. */
export interface CodableTestimony {
  id: string;
  ref: string;
  transcript: string;
}

/** A testimony that may be coded: it exists and is not withdrawn (withdrawn ones may only be read). */
export function requireCodable(db: Database, testimonyId: string): CodableTestimony {
  const row = db
    .prepare('SELECT t.id, t.ref, t.withdrawn, coalesce(x.transcript, \'\') AS transcript FROM testimonies t LEFT JOIN testimony_texts x ON x.testimony_id = t.id WHERE t.id = ?')
    .get(testimonyId) as (CodableTestimony & { withdrawn: number }) | undefined;
  if (!row) throw notFound('That testimony');
  if (row.withdrawn === 1) throw new ArchiveError('conflict', `Testimony ${row.ref} is withdrawn: it can be read but not coded. Restore it first if it should be coded.`);
  return { id: row.id, ref: row.ref, transcript: row.transcript };
}

interface ThemeState extends ThemeRef {
  retired: number;
  merged_label: string | null;
}

/** The themes, each existing, not merged away and not retired; duplicates are dropped. */
export function requireUsableThemes(db: Database, themeIds: readonly string[], field = 'themeIds'): ThemeRef[] {
  const get = db.prepare('SELECT th.id, th.label, th.colour, th.retired, m.label AS merged_label FROM themes th LEFT JOIN themes m ON m.id = th.merged_into WHERE th.id = ?');
  return [...new Set(themeIds)].map((id) => {
    const t = get.get(id) as ThemeState | undefined;
    if (!t) throw new ArchiveError('invalid_input', 'A chosen theme does not exist in this archive. Reload the thesaurus and choose again.', field);
    if (t.merged_label !== null) throw new ArchiveError('invalid_input', `The theme “${t.label}” was merged into “${t.merged_label}”. Use “${t.merged_label}” instead.`, field);
    if (t.retired === 1) throw new ArchiveError('invalid_input', `The theme “${t.label}” is retired and no longer offered for coding. Choose another, or bring it back in the thesaurus first.`, field);
    return { id: t.id, label: t.label, colour: t.colour };
  });
}
