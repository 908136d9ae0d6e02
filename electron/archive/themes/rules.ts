import type { Database } from 'better-sqlite3';
import { foldText } from '../../../shared/model/text';
import { ArchiveError } from '../db/errors';
import { ancestorsOf } from './tree';
import { findThemeRow, themeRow, type ThemeRow } from './rows';

/** The rules a thesaurus edit must keep, checked before anything is written. */

/** Where a theme sits, in words: "under “Policing”" or "at the top of the thesaurus". */
export function placeName(db: Database, parentId: string | null): string {
  if (parentId === null) return 'at the top of the thesaurus';
  return `under “${themeRow(db, parentId).label}”`;
}

/** A label must be unique among its siblings (compared without case or accents). */
export function requireLabelFree(db: Database, label: string, parentId: string | null, exceptId: string | null): void {
  const clash = db
    .prepare("SELECT id, label FROM themes WHERE coalesce(parent_id, '') = ? AND label_sort = ? AND merged_into IS NULL AND id <> ?")
    .get(parentId ?? '', foldText(label), exceptId ?? '') as { id: string; label: string } | undefined;
  if (clash) {
    throw new ArchiveError('conflict', `There is already a theme “${clash.label}” ${placeName(db, parentId)}. Choose another label, or merge the two themes.`, 'label');
  }
}

/** A theme that has been merged can only be read; its survivor is where edits go. */
export function requireNotMerged(db: Database, row: ThemeRow): void {
  if (row.merged_into !== null) {
    throw new ArchiveError('conflict', `“${row.label}” was merged into “${themeRow(db, row.merged_into).label}”. Edit that theme instead.`);
  }
}

/**
 * A broader theme must exist, be part of the thesaurus (not merged, not retired), and — when an
 * existing theme moves — be neither the theme itself nor one of its narrower themes.
 */
export function requireParent(db: Database, parentId: string | null, movingId: string | null): void {
  if (parentId === null) return;
  const parent = findThemeRow(db, parentId);
  if (!parent) throw new ArchiveError('invalid_input', 'The broader theme does not exist in this archive. Choose another.', 'parentId');
  if (parent.merged_into !== null) {
    throw new ArchiveError('invalid_input', `“${parent.label}” was merged into “${themeRow(db, parent.merged_into).label}”. Choose that theme instead.`, 'parentId');
  }
  if (parent.retired === 1) throw new ArchiveError('invalid_input', `“${parent.label}” is retired. Restore it first, or choose another broader theme.`, 'parentId');
  if (movingId === null) return;
  if (parentId === movingId) throw new ArchiveError('invalid_input', `A theme cannot be placed under itself (“${parent.label}”).`, 'parentId');
  if (ancestorsOf(db, parent).some((a) => a.id === movingId)) {
    const moving = themeRow(db, movingId);
    throw new ArchiveError('invalid_input', `“${parent.label}” is a narrower theme of “${moving.label}”, so “${moving.label}” cannot be placed under it (that would make a loop).`, 'parentId');
  }
}
