import type { Theme } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { themeRow } from './rows';
import { requireLabelFree, requireNotMerged, requireParent } from './rules';
import { getTheme } from './tree';

/** Puts a theme, with everything narrower, under another theme or at the top of the thesaurus. */
export function moveTheme(ctx: Ctx, id: string, parentId: string | null): Theme {
  const row = themeRow(ctx.db, id);
  requireNotMerged(ctx.db, row);
  requireParent(ctx.db, parentId, id);
  requireLabelFree(ctx.db, row.label, parentId, id);
  if (parentId !== row.parent_id) {
    ctx.db.prepare('UPDATE themes SET parent_id = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(parentId, ctx.now, id);
  }
  ctx.audit({ action: 'move', entityType: 'theme', entityId: id, changes: parentId === row.parent_id ? [] : [{ field: 'parentId', old: row.parent_id, new: parentId }] });
  return getTheme(ctx.db, id, ctx.session.user.role);
}
