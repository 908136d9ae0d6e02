import type { Database } from 'better-sqlite3';
import type { Theme } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { refreshThemeFacts, testimoniesWithThemes } from '../coding/facts';
import { reindexAround } from '../search/indexer';
import { altLabelsOf, distinctAltLabels, labelColumns, themeRow, type ThemeRow } from './rows';
import { requireNotMerged } from './rules';
import { ancestorsOf, getTheme } from './tree';

/**
 * Merging one theme (the source) into another (the target): every assignment of the source moves
 * to the target, its narrower themes move under the target, its labels become the target's other
 * labels, and the source is kept, retired, pointing at the target, so history and old links resolve.
 */

function refuse(message: string): never {
  throw new ArchiveError('conflict', message);
}

function checkMerge(db: Database, source: ThemeRow, target: ThemeRow): ThemeRow[] {
  if (source.id === target.id) refuse(`A theme cannot be merged into itself (“${source.label}”).`);
  requireNotMerged(db, source);
  requireNotMerged(db, target);
  if (target.retired === 1) refuse(`“${target.label}” is retired. Restore it before merging another theme into it.`);
  if (ancestorsOf(db, target).some((a) => a.id === source.id)) {
    refuse(`“${target.label}” is a narrower theme of “${source.label}”. Move it out first, or merge the other way round.`);
  }
  const children = db.prepare('SELECT * FROM themes WHERE parent_id = ? AND merged_into IS NULL').all(source.id) as ThemeRow[];
  // The source itself may be one of the target's narrower themes; once merged it no longer counts.
  const taken = db.prepare('SELECT label FROM themes WHERE parent_id = ? AND label_sort = ? AND merged_into IS NULL AND id <> ?');
  for (const child of children) {
    const clash = taken.get(target.id, child.label_sort, source.id) as { label: string } | undefined;
    if (clash) refuse(`Both themes have a narrower theme “${clash.label}”. Merge or rename one of them first, then merge “${source.label}” into “${target.label}”.`);
  }
  return children;
}

/** Moves whole-testimony tags; where the testimony already has the target, keeps one and joins the notes. */
function moveTestimonyTags(db: Database, sourceId: string, targetId: string): number {
  const tags = db.prepare('SELECT testimony_id, note FROM testimony_themes WHERE theme_id = ?').all(sourceId) as { testimony_id: string; note: string }[];
  const existing = db.prepare('SELECT note FROM testimony_themes WHERE testimony_id = ? AND theme_id = ?');
  for (const tag of tags) {
    const kept = existing.get(tag.testimony_id, targetId) as { note: string } | undefined;
    if (!kept) {
      db.prepare('UPDATE testimony_themes SET theme_id = ? WHERE testimony_id = ? AND theme_id = ?').run(targetId, tag.testimony_id, sourceId);
      continue;
    }
    const note = [kept.note, tag.note].filter((n, i, all) => n !== '' && all.indexOf(n) === i).join('\n\n');
    db.prepare('UPDATE testimony_themes SET note = ? WHERE testimony_id = ? AND theme_id = ?').run(note, tag.testimony_id, targetId);
    db.prepare('DELETE FROM testimony_themes WHERE testimony_id = ? AND theme_id = ?').run(tag.testimony_id, sourceId);
  }
  return tags.length;
}

/** Moves passage and segment codes; a passage coded with both keeps one. */
function movePassageCodes(db: Database, sourceId: string, targetId: string): number {
  const moved = (db.prepare('SELECT count(*) AS n FROM passage_themes WHERE theme_id = ?').get(sourceId) as { n: number }).n;
  db.prepare('DELETE FROM passage_themes WHERE theme_id = @source AND passage_id IN (SELECT passage_id FROM passage_themes WHERE theme_id = @target)').run({ source: sourceId, target: targetId });
  db.prepare('UPDATE passage_themes SET theme_id = @target WHERE theme_id = @source').run({ source: sourceId, target: targetId });
  return moved;
}

export function mergeThemes(ctx: Ctx, sourceId: string, targetId: string): Theme {
  const { db } = ctx;
  const source = themeRow(db, sourceId);
  const target = themeRow(db, targetId);
  const children = checkMerge(db, source, target);
  const testimonies = testimoniesWithThemes(db, [sourceId, targetId]);
  const altLabels = distinctAltLabels(target.label, [...altLabelsOf(target), { label: source.label, lang: '' }, ...altLabelsOf(source)]);
  const moved = reindexAround(db, { themeIds: [sourceId, targetId] }, () => {
    const tags = moveTestimonyTags(db, sourceId, targetId);
    const passages = movePassageCodes(db, sourceId, targetId);
    const reparent = db.prepare('UPDATE themes SET parent_id = ?, updated_at = ?, version = version + 1 WHERE id = ?');
    for (const child of children) reparent.run(targetId, ctx.now, child.id);
    const labels = labelColumns(target.label, altLabels);
    db.prepare('UPDATE themes SET alt_labels = ?, search_labels = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(labels.alt_labels, labels.search_labels, ctx.now, targetId);
    db.prepare('UPDATE themes SET retired = 1, merged_into = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(targetId, ctx.now, sourceId);
    return { tags, passages };
  });
  refreshThemeFacts(db, testimonies);
  const counts = [
    { field: 'testimonyTags', old: null, new: moved.tags },
    { field: 'passageCodes', old: null, new: moved.passages },
    { field: 'narrowerThemes', old: null, new: children.map((c) => c.label) },
  ];
  ctx.audit({ action: 'merge', entityType: 'theme', entityId: sourceId, changes: [{ field: 'mergedInto', old: null, new: { id: targetId, label: target.label } }, ...counts] });
  ctx.audit({
    action: 'merge',
    entityType: 'theme',
    entityId: targetId,
    changes: [{ field: 'mergedFrom', old: null, new: { id: sourceId, label: source.label } }, { field: 'altLabels', old: altLabelsOf(target), new: altLabels }, ...counts],
  });
  for (const child of children) ctx.audit({ action: 'move', entityType: 'theme', entityId: child.id, changes: [{ field: 'parentId', old: sourceId, new: targetId }] });
  return getTheme(db, targetId, ctx.session.user.role);
}
