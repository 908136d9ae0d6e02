import type { TestimonyTheme } from '../../../shared/model/themes';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { requireCodable, requireUsableThemes } from './checks';
import { testimonyThemes } from './passages';
import { changingCoding } from './passageWrites';

/** Tags a whole testimony with a theme, or changes the note of a tag it already has. */
export function tagTestimony(ctx: Ctx, testimonyId: string, themeId: string, note: string): TestimonyTheme[] {
  const t = requireCodable(ctx.db, testimonyId);
  const [theme] = requireUsableThemes(ctx.db, [themeId], 'themeId');
  if (!theme) throw new ArchiveError('invalid_input', 'Choose a theme', 'themeId');
  const existing = testimonyThemes(ctx.db, t.id).find((x) => x.id === theme.id);
  if (existing && existing.note === note) throw new ArchiveError('conflict', `Testimony ${t.ref} is already tagged with “${theme.label}”.`, 'themeId');
  changingCoding(ctx, t.id, () => {
    ctx.db
      .prepare(
        `INSERT INTO testimony_themes (testimony_id, theme_id, note, created_by, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(testimony_id, theme_id) DO UPDATE SET note = excluded.note`,
      )
      .run(t.id, theme.id, note, ctx.session.user.name, ctx.now);
  });
  const old = existing ? { id: theme.id, label: theme.label, note: existing.note } : null;
  ctx.audit({ action: 'tag', entityType: 'testimony', entityId: t.id, changes: [{ field: 'theme', old, new: { id: theme.id, label: theme.label, note } }] });
  return testimonyThemes(ctx.db, t.id);
}

/** Takes a theme off a whole testimony (its passages keep their codes). */
export function untagTestimony(ctx: Ctx, testimonyId: string, themeId: string): TestimonyTheme[] {
  const t = requireCodable(ctx.db, testimonyId);
  const existing = testimonyThemes(ctx.db, t.id).find((x) => x.id === themeId);
  if (!existing) throw new ArchiveError('conflict', `Testimony ${t.ref} is not tagged with that theme as a whole; nothing was changed.`, 'themeId');
  changingCoding(ctx, t.id, () => {
    ctx.db.prepare('DELETE FROM testimony_themes WHERE testimony_id = ? AND theme_id = ?').run(t.id, themeId);
  });
  ctx.audit({ action: 'untag', entityType: 'testimony', entityId: t.id, changes: [{ field: 'theme', old: { id: existing.id, label: existing.label, note: existing.note }, new: null }] });
  return testimonyThemes(ctx.db, t.id);
}
