import type { PublicRecord } from '../../../shared/query/lunrFormat';
import type { Database } from 'better-sqlite3';
import type { ExportScope } from '../../../shared/api/exports';
import type { ContentWarning, LinkRole, NarratorRole, TestimonyStatus } from '../../../shared/model/enums';
import type { Consent } from '../../../shared/model/testimony';
import { publishableIds, today } from '../publish/policy';
import { createPublicForm, nameFacts, type NameFacts } from '../publish/publicTestimony';
import { readRedactions } from '../publish/redact';
import { getTestimony } from '../testimonies/queries';

/**
 * The testimonies an archival export holds, one at a time, in one shape for every format (CSV,
 * Dublin Core, the bag's metadata), so the rules of each scope live here once:
 *  - full: every testimony (withdrawn ones too, marked), every field, the transcript as stored,
 *    people by their names on file, the attachments by name and SHA-256;
 *  - public: only what the publish policy lets out as of the export's day, in the public form the
 *    reading room shows (publish/publicTestimony.ts: redactions applied, people by their public
 *    name, unconsented names withheld in every text). No provenance, consent record, cataloguer,
 *    status, attachments or other internals: the fields the public form does not carry stay null.
 *    The transcript goes out in its public form, as the reading room publishes it.
 * Records are read one by one (`getTestimony`), so an archive of any size is never in memory at once.
 */

export interface ExportPerson {
  personId: string;
  /** The name on file (full), or the public name (public). */
  name: string;
  role: LinkRole;
  narratorRole: NarratorRole | null;
}

export interface ExportAttachment {
  name: string;
  kind: string;
  sha256: string;
  mediaType: string;
  bytes: number;
}

/** The catalogue fields both editions share with the reading room's public record, then the export's own. */
export interface ExportRecord
  extends Pick<PublicRecord, 'ref' | 'title' | 'summary' | 'type' | 'languages' | 'dateRecorded' | 'placeRecorded' | 'placesSpokenAbout' | 'datesSpokenAbout' | 'hearing'> {
  id: string;
  people: ExportPerson[];
  themes: { id: string; label: string }[];
  accessLevel: string;
  embargoUntil: string | null;
  contentWarnings: ContentWarning[];
  duration: string | null;
  extent: string;
  collection: string;
  series: string;
  transcript: string;
  wordCount: number;
  /** Full scope only (null in the public scope). */
  status: TestimonyStatus | null;
  consent: Consent | null;
  provenance: string | null;
  cataloguer: string | null;
  withdrawn: { at: string | null; reason: string } | null;
  attachments: ExportAttachment[] | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ExportSelection {
  scope: ExportScope;
  /** The chosen testimonies, or null for all. */
  testimonyIds: readonly string[] | null;
  /** The publish policy's day (YYYY-MM-DD): embargoes that end on it are over. */
  day: string;
  /** How many testimonies were chosen (or are in the archive) before the scope's rules. */
  asked: number;
  ids: string[];
}

/** Which testimonies the export holds, in reference order: the selection, kept to what the scope lets out. */
export function selectTestimonies(db: Database, scope: ExportScope, testimonyIds: readonly string[] | null, generatedAt: string): ExportSelection {
  const day = today(new Date(generatedAt));
  const all = scope === 'public' ? publishableIds(db, day) : (db.prepare('SELECT id FROM testimonies ORDER BY ref_sort, id').pluck().all() as string[]);
  const asked = testimonyIds === null ? (db.prepare('SELECT count(*) FROM testimonies').pluck().get() as number) : new Set(testimonyIds).size;
  const chosen = testimonyIds === null ? null : new Set(testimonyIds);
  return { scope, testimonyIds, day, asked, ids: chosen ? all.filter((id) => chosen.has(id)) : all };
}

/** "18 public testimonies", with how many of a selection the public scope held back. */
export function testimoniesInWords(sel: ExportSelection): string {
  const n = sel.ids.length;
  const words = `${n.toLocaleString('en')} ${sel.scope === 'public' ? 'public ' : ''}${n === 1 ? 'testimony' : 'testimonies'}`;
  const heldBack = sel.testimonyIds === null ? 0 : sel.asked - n;
  return heldBack > 0 ? `${words} (${heldBack.toLocaleString('en')} of the ${sel.asked.toLocaleString('en')} chosen may not be published and ${heldBack === 1 ? 'was' : 'were'} left out)` : words;
}

/** One reader per export: the statements prepared once, the names and redactions read once. */
export function recordReader(db: Database, sel: ExportSelection): (id: string) => ExportRecord {
  const themeLabels = new Map((db.prepare('SELECT id, label FROM themes').all() as { id: string; label: string }[]).map((t) => [t.id, t.label]));
  const themeIds = db.prepare('SELECT theme_ids FROM testimonies WHERE id = ?').pluck();
  const themesOf = (id: string) =>
    (JSON.parse((themeIds.get(id) as string | undefined) ?? '[]') as string[])
      .map((themeId) => ({ id: themeId, label: themeLabels.get(themeId) ?? '' }))
      .filter((t) => t.label !== '')
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const attachments = db.prepare(
    `SELECT tf.name, tf.kind, tf.sha256, f.media_type AS mediaType, f.bytes FROM testimony_files tf JOIN files f ON f.sha256 = tf.sha256
     WHERE tf.testimony_id = ? ORDER BY tf.position, tf.name`,
  );

  if (sel.scope === 'full') {
    return (id) => {
      const t = getTestimony(db, { id });
      return {
        ...t,
        placeRecorded: t.placeRecordedName,
        placesSpokenAbout: t.placesSpokenAboutNames,
        hearing: t.hearingTitle,
        people: t.people.map((p) => ({ personId: p.personId, name: p.name, role: p.role, narratorRole: p.narratorRole })),
        themes: themesOf(id),
        withdrawn: t.withdrawn ? { at: t.withdrawnAt, reason: t.withdrawnReason } : null,
        attachments: attachments.all(id) as ExportAttachment[],
      };
    };
  }

  const toPublic = createPublicForm(nameFacts(db), readRedactions(db), sel.day);
  return (id) => {
    const t = getTestimony(db, { id });
    const r = toPublic(t);
    return {
      id: t.id,
      ref: r.ref,
      title: r.title,
      summary: r.summary,
      type: r.type,
      languages: r.languages,
      dateRecorded: r.dateRecorded,
      placeRecorded: r.placeRecorded,
      placesSpokenAbout: r.placesSpokenAbout,
      datesSpokenAbout: r.datesSpokenAbout,
      hearing: r.hearing,
      // The public form keeps the links in order; the person's id says which row of people.csv it is.
      people: r.people.map((p, i) => ({ personId: t.people[i]?.personId ?? '', name: p.name, role: p.role, narratorRole: p.narratorRole })),
      themes: themesOf(id),
      accessLevel: t.accessLevel,
      embargoUntil: t.embargoUntil,
      contentWarnings: r.contentWarnings,
      duration: r.duration,
      extent: r.extent,
      collection: r.collection,
      series: r.series,
      transcript: r.transcript,
      wordCount: r.wordCount,
      status: null,
      consent: null,
      provenance: null,
      cataloguer: null,
      withdrawn: null,
      attachments: null,
      createdAt: null,
      updatedAt: null,
    };
  };
}

/** What the people and theme lists need from the testimonies written: who appears where, which themes are used. */
export class Appearances {
  readonly people = new Map<string, string[]>();
  readonly themes = new Set<string>();

  add(r: ExportRecord): void {
    for (const p of r.people) {
      if (!p.personId) continue;
      const where = `${r.ref} (${p.role})`;
      const list = this.people.get(p.personId);
      if (list) list.push(where);
      else this.people.set(p.personId, [where]);
    }
    for (const t of r.themes) this.themes.add(t.id);
  }
}

/** Whether the public may see this person at all: named with consent, or by a pseudonym. */
export function publiclyNamed(p: Pick<NameFacts, 'consentToBeNamed' | 'pseudonym'>): boolean {
  return p.consentToBeNamed || p.pseudonym.trim() !== '';
}
