import type { Theme, ThemeData } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { diff } from '../audit/record';
import { ArchiveError } from '../db/errors';
import { requireVersion } from '../records/links';
import { reindexAround } from '../search/indexer';
import { auditFields, insertTheme, themeRow, writeTheme } from './rows';
import { requireLabelFree, requireNotMerged, requireParent } from './rules';
import { getTheme, subtreeIds } from './tree';

/** Creating, editing and retiring themes. Every write is checked first and audited. */

export function createTheme(ctx: Ctx, d: ThemeData, id: string = crypto.randomUUID()): Theme {
  requireParent(ctx.db, d.parentId, null);
  requireLabelFree(ctx.db, d.label, d.parentId, null);
  insertTheme(ctx.db, id, { ...d, retired: false }, ctx.now);
  ctx.audit({ action: 'create', entityType: 'theme', entityId: id, changes: diff(null, auditFields(themeRow(ctx.db, id))) });
  return getTheme(ctx.db, id, ctx.session.user.role);
}

export function updateTheme(ctx: Ctx, id: string, expectedVersion: number, d: ThemeData): Theme {
  const before = themeRow(ctx.db, id);
  requireNotMerged(ctx.db, before);
  requireVersion(before.version, expectedVersion, `The theme “${before.label}”`);
  if (d.parentId !== before.parent_id) requireParent(ctx.db, d.parentId, id);
  requireLabelFree(ctx.db, d.label, d.parentId, id);
  // Labels are searchable: the index entries of every testimony carrying the theme are renewed.
  reindexAround(ctx.db, { themeIds: [id] }, () => writeTheme(ctx.db, id, { ...d, retired: before.retired === 1 }, ctx.now));
  ctx.audit({ action: 'update', entityType: 'theme', entityId: id, changes: diff(auditFields(before), auditFields(themeRow(ctx.db, id))) });
  return getTheme(ctx.db, id, ctx.session.user.role);
}

/**
 * Retiring takes a theme and everything narrower out of use (they keep their assignments and
 * counts); restoring brings back the one theme, once its broader theme is in use again.
 */
export function retireTheme(ctx: Ctx, id: string, retired: boolean): Theme {
  const row = themeRow(ctx.db, id);
  requireNotMerged(ctx.db, row);
  if (!retired && row.parent_id !== null) {
    const parent = themeRow(ctx.db, row.parent_id);
    if (parent.retired === 1) throw new ArchiveError('conflict', `“${row.label}” is under “${parent.label}”, which is retired. Restore “${parent.label}” first, or move “${row.label}” elsewhere.`);
  }
  const ids = retired ? subtreeIds(ctx.db, id) : [id];
  const set = ctx.db.prepare('UPDATE themes SET retired = @retired, updated_at = @now, version = version + 1 WHERE id = @id AND retired <> @retired');
  for (const each of ids) {
    const changed = set.run({ id: each, retired: retired ? 1 : 0, now: ctx.now }).changes > 0;
    if (changed || each === id) {
      ctx.audit({ action: retired ? 'retire' : 'restore', entityType: 'theme', entityId: each, changes: changed ? [{ field: 'retired', old: !retired, new: retired }] : [] });
    }
  }
  return getTheme(ctx.db, id, ctx.session.user.role);
}
