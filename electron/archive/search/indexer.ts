import type { Database } from 'better-sqlite3';

/**
 * Keeps `search_fts` in step with `search_content` (migration 003). The index is external
 * content: to take a testimony out, FTS5 must be given exactly the text it indexed, so every
 * change to what the view shows for a testimony is wrapped in `reindexAround`, which removes the
 * entry while the old text is still there and adds the new one after, in the caller's transaction.
 */

const COLUMNS = 'title, summary, transcript, people, places, themes, segments';

export type Affected = { testimonyIds: string[] } | { personId: string } | { placeId: string } | { themeIds: string[] };

/** The search keys of the testimonies a change touches. */
function docIds(db: Database, affected: Affected): number[] {
  let rows: { doc_id: number }[];
  if ('testimonyIds' in affected) {
    const get = db.prepare('SELECT doc_id FROM testimonies WHERE id = ?');
    rows = affected.testimonyIds.map((id) => get.get(id) as { doc_id: number } | undefined).filter((r): r is { doc_id: number } => r !== undefined);
  } else if ('personId' in affected) {
    rows = db.prepare('SELECT DISTINCT t.doc_id FROM testimony_people tp JOIN testimonies t ON t.id = tp.testimony_id WHERE tp.person_id = ?').all(affected.personId) as { doc_id: number }[];
  } else if ('themeIds' in affected) {
    // Testimonies that carry any of the themes, whole or on a passage or segment (their labels are indexed).
    const get = db.prepare(
      `SELECT t.doc_id FROM testimony_themes tt JOIN testimonies t ON t.id = tt.testimony_id WHERE tt.theme_id = @th
       UNION SELECT t.doc_id FROM passage_themes pt JOIN passages p ON p.id = pt.passage_id JOIN testimonies t ON t.id = p.testimony_id WHERE pt.theme_id = @th`,
    );
    const seen = new Set<number>();
    for (const th of affected.themeIds) for (const r of get.all({ th }) as { doc_id: number }[]) seen.add(r.doc_id);
    rows = [...seen].map((doc_id) => ({ doc_id }));
  } else {
    rows = db
      .prepare(
        `SELECT doc_id FROM testimonies WHERE place_recorded_id = @p
         UNION SELECT t.doc_id FROM testimony_places tp JOIN testimonies t ON t.id = tp.testimony_id WHERE tp.place_id = @p`,
      )
      .all({ p: affected.placeId }) as { doc_id: number }[];
  }
  return rows.map((r) => r.doc_id);
}

function remove(db: Database, ids: number[]): void {
  const del = db.prepare(`INSERT INTO search_fts (search_fts, rowid, ${COLUMNS}) SELECT 'delete', doc_id, ${COLUMNS} FROM search_content WHERE doc_id = ?`);
  for (const id of ids) del.run(id);
}

function add(db: Database, ids: number[]): void {
  const ins = db.prepare(`INSERT INTO search_fts (rowid, ${COLUMNS}) SELECT doc_id, ${COLUMNS} FROM search_content WHERE doc_id = ?`);
  for (const id of ids) ins.run(id);
}

/** Runs `change` with the affected testimonies' index entries taken out before and put back after. */
export function reindexAround<T>(db: Database, affected: Affected, change: () => T): T {
  const before = docIds(db, affected);
  remove(db, before);
  const result = change();
  // A change to a testimony or to a theme's assignments may change which entries exist; re-read
  // and put back the union, so that an entry taken out is always put back.
  const after = 'testimonyIds' in affected ? docIds(db, affected) : 'themeIds' in affected ? [...new Set([...before, ...docIds(db, affected)])] : before;
  add(db, after);
  return result;
}

/** Indexes a testimony that has just been created. */
export function indexNew(db: Database, testimonyId: string): void {
  add(db, docIds(db, { testimonyIds: [testimonyId] }));
}

/** A search key for a new testimony. */
export function nextDocId(db: Database): number {
  return (db.prepare('SELECT coalesce(max(doc_id), 0) + 1 AS n FROM testimonies').get() as { n: number }).n;
}

/** Throws if the index and the records disagree (FTS5's own check). */
export function checkIndex(db: Database): void {
  db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
}

/** Builds the whole index again from the records. */
export function rebuildIndex(db: Database): void {
  db.prepare("INSERT INTO search_fts (search_fts) VALUES ('rebuild')").run();
}
