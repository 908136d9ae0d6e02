import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import { searchFilters, type SavedSearch } from '../../../shared/api/search';
import type { Ctx } from '../context';
import { notFound } from '../db/errors';

interface Row {
  id: string;
  name: string;
  q: string;
  filters: string;
  sort: SavedSearch['sort'];
  created_by: string;
  created_at: string;
}

const toSaved = (r: Row): SavedSearch => ({ id: r.id, name: r.name, q: r.q, filters: searchFilters.parse(JSON.parse(r.filters)), sort: r.sort, createdBy: r.created_by, createdAt: r.created_at });

export function listSaved(db: Database): SavedSearch[] {
  return (db.prepare('SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE').all() as Row[]).map(toSaved);
}

/** Saves under a name; a search saved earlier under the same name (any case) is replaced. */
export function saveSearch(ctx: Ctx, input: ParsedInput<'search.saved.save'>): SavedSearch {
  const existing = ctx.db.prepare('SELECT * FROM saved_searches WHERE name = ? COLLATE NOCASE').get(input.name) as Row | undefined;
  const id = existing?.id ?? crypto.randomUUID();
  const filters = JSON.stringify(input.filters);
  ctx.db
    .prepare(
      `INSERT INTO saved_searches (id, name, q, filters, sort, created_by, created_at) VALUES (@id, @name, @q, @filters, @sort, @by, @at)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, q = excluded.q, filters = excluded.filters, sort = excluded.sort, created_by = excluded.created_by, created_at = excluded.created_at`,
    )
    .run({ id, name: input.name, q: input.q, filters, sort: input.sort, by: ctx.session.user.name, at: ctx.now });
  const saved = toSaved(ctx.db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as Row);
  ctx.audit({
    action: existing ? 'update' : 'create',
    entityType: 'saved_search',
    entityId: id,
    changes: [
      { field: 'name', old: existing?.name ?? null, new: saved.name },
      { field: 'q', old: existing?.q ?? null, new: saved.q },
      { field: 'filters', old: existing ? existing.filters : null, new: filters },
      { field: 'sort', old: existing?.sort ?? null, new: saved.sort },
    ].filter((c) => c.old !== c.new),
  });
  return saved;
}

export function deleteSaved(ctx: Ctx, id: string): { id: string } {
  const row = ctx.db.prepare('SELECT * FROM saved_searches WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('That saved search');
  ctx.db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id);
  ctx.audit({ action: 'delete', entityType: 'saved_search', entityId: id, changes: [{ field: 'name', old: row.name, new: null }, { field: 'q', old: row.q, new: null }] });
  return { id };
}
