import type { Database } from 'better-sqlite3';
import { label } from '../../../shared/model/enums';
import { publishableWhere } from '../publish/policy';

/**
 * The generated appendices. Public edition: the index lists only testimonies the publish policy
 * lets out on `day`, and private statement sessions are left out of the hearings (as on the
 * public marker sheets); the confidential edition lists every testimony not withdrawn and every
 * hearing. Every text passes through `text` (the name withholder in the public edition).
 */

type Text = (s: string) => string;

export function testimonyIndex(db: Database, publicOnly: boolean, day: string, text: Text) {
  const rows = db
    .prepare(`SELECT t.ref, t.title, t.date_text, t.type FROM testimonies t WHERE ${publicOnly ? publishableWhere('t') : 't.withdrawn = 0'} ORDER BY t.ref_sort, t.id`)
    .all(publicOnly ? { publishDay: day } : {}) as { ref: string; title: string; date_text: string; type: string }[];
  return rows.map((r) => ({ ref: r.ref, title: text(r.title), date: r.date_text, type: label(r.type) }));
}

export function hearingList(db: Database, publicOnly: boolean, text: Text) {
  const rows = db
    .prepare(
      `SELECT h.title, h.date_text, h.type, coalesce(p.name, '') AS place FROM hearings h LEFT JOIN places p ON p.id = h.place_id
       WHERE (@publicOnly = 0 OR h.type <> 'private_session') ORDER BY h.date_start IS NULL, h.date_start, h.title, h.id`,
    )
    .all({ publicOnly: publicOnly ? 1 : 0 }) as { title: string; date_text: string; type: string; place: string }[];
  return rows.map((r) => ({ title: text(r.title), date: r.date_text, type: label(r.type), place: text(r.place) }));
}

/** Themes in use (not retired), alphabetically, with their broader theme and scope note. */
export function glossary(db: Database, text: Text) {
  const rows = db
    .prepare(
      `SELECT th.label, coalesce(parent.label, '') AS broader, th.scope_note FROM themes th LEFT JOIN themes parent ON parent.id = th.parent_id
       WHERE th.retired = 0 ORDER BY th.label_sort, th.id`,
    )
    .all() as { label: string; broader: string; scope_note: string }[];
  return rows.map((r) => ({ label: text(r.label), broader: text(r.broader), scopeNote: text(r.scope_note) }));
}
