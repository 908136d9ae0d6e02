import type { Database } from 'better-sqlite3';
import type { NarratorRole } from '../../../../../shared/model/enums';
import { testArchive } from '../../../helpers';

/**
 * A small archive to count by hand, built through the router as a cataloguer would. Themes (top level, then narrower):
 *
 *   Apology (A)
 *   Healing (H) › Community healing (CH)
 *   Memorials (M)                                  — never used
 *   Policing (P) › Police violence (PV) › Torture (TO)
 *               › Trust in police (TP)
 *
 * Testimonies (collection, narrator role, date) and what they carry; [s,e) are offsets:
 *
 *   T1 Greensboro, survivor, 1979:  whole H; p1 [0,20) TP; p2 [10,30) PV+A; p3 [50,60) TO; segment s1 [0,40) CH
 *   T2 Greensboro, witness, 1980:   whole TP; p4 [0,10) TP; p5 [20,30) CH; p6 [25,35) A; segment s2 [0,40) no theme
 *   T3 Maryland, family member, 1933: p7 [0,10) TO; p8 [5,15) A
 *   T4 Maryland, survivor, 1935:    whole A
 *   T5 Maryland, witness, 1936:     nothing
 *   T6 Greensboro, survivor, 1979:  WITHDRAWN; whole H; p9 [0,10) TP
 *   T7 no collection, no narrator, no date: p10 [0,10) CH; p11 [0,10) H; a redaction [5,15) carrying TP
 */

export const TEXT = 'The night the cars came, we heard them before we saw anything at all; then the lights went out.......';

export interface Hand {
  a: ReturnType<typeof testArchive>;
  db: Database;
  th: Record<'A' | 'H' | 'CH' | 'M' | 'P' | 'PV' | 'TO' | 'TP', string>;
  t: Record<'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7', string>;
  /** Passage ids by their name in the table above. */
  p: Record<string, string>;
  /** The short name (A, CH, …) of a theme id, to write expectations as literal tables. */
  name(id: string): string;
}

type Span = [start: number, end: number];

export function handArchive(): Hand {
  const a = testArchive();
  const db = a.workspace.current()?.db;
  if (!db) throw new Error('no archive open');

  // A new archive carries the starter thesaurus; none of it is used here, so none of it is counted.
  const theme = (label: string, parentId: string | null = null): string => a.call('themes.create', { data: { label, parentId, colour: '#1d4ed8' } }).id;
  const A = theme('Apology');
  const H = theme('Healing');
  const CH = theme('Community healing', H);
  const M = theme('Memorials');
  const P = theme('Policing');
  const PV = theme('Police violence', P);
  const TO = theme('Torture', PV);
  const TP = theme('Trust in police', P);
  const th = { A, H, CH, M, P, PV, TO, TP };

  const person = (role: NarratorRole) => a.call('people.create', { data: { name: `A ${role}` } }).id;
  const testimony = (title: string, collection: string, role: NarratorRole | null, dateRecorded: string) =>
    a.call('testimonies.create', {
      data: {
        title,
        type: 'written_statement',
        transcript: TEXT,
        collection,
        dateRecorded,
        people: role === null ? [] : [{ personId: person(role), role: 'narrator', narratorRole: role }],
      },
    }).id;
  const t = {
    T1: testimony('One', 'Greensboro', 'survivor', '1979-11-03'),
    T2: testimony('Two', 'Greensboro', 'witness', '1980'),
    T3: testimony('Three', 'Maryland', 'family_member', 'circa 1933'),
    T4: testimony('Four', 'Maryland', 'survivor', '1935'),
    T5: testimony('Five', 'Maryland', 'witness', '1936'),
    T6: testimony('Six', 'Greensboro', 'survivor', '1979'),
    T7: testimony('Seven', '', null, ''),
  };

  const tag = (testimonyId: string, themeId: string) => a.call('coding.tag', { testimonyId, themeId });
  const range = ([start, end]: Span) => ({ start, end, quote: TEXT.slice(start, end) });
  const p: Record<string, string> = {};
  const code = (name: string, testimonyId: string, span: Span, themeIds: string[]) => {
    p[name] = a.call('coding.code', { testimonyId, range: range(span), data: { themeIds } }).id;
  };
  const segment = (name: string, testimonyId: string, span: Span, themeIds: string[], title: string) => {
    p[name] = a.call('coding.addSegment', { testimonyId, range: range(span), data: { title, themeIds } }).id;
  };

  tag(t.T1, H);
  segment('s1', t.T1, [0, 40], [CH], 'Arrival');
  code('p1', t.T1, [0, 20], [TP]);
  code('p2', t.T1, [10, 30], [PV, A]);
  code('p3', t.T1, [50, 60], [TO]);
  tag(t.T2, TP);
  segment('s2', t.T2, [0, 40], [], 'Opening');
  code('p4', t.T2, [0, 10], [TP]);
  code('p5', t.T2, [20, 30], [CH]);
  code('p6', t.T2, [25, 35], [A]);
  code('p7', t.T3, [0, 10], [TO]);
  code('p8', t.T3, [5, 15], [A]);
  tag(t.T4, A);
  tag(t.T6, H);
  code('p9', t.T6, [0, 10], [TP]);
  a.call('testimonies.withdraw', { id: t.T6, reason: 'Consent withdrawn' });
  code('p10', t.T7, [0, 10], [CH]);
  code('p11', t.T7, [0, 10], [H]);
  // Redactions have no method of their own yet; one carrying a theme (which the engine never
  // writes) proves redactions are never counted.
  p.r1 = crypto.randomUUID();
  db.transaction(() => {
    db.prepare("INSERT INTO passages (id, testimony_id, kind, start, end, quote, created_by, created_at, updated_at) VALUES (?, ?, 'redaction', 5, 15, ?, 'Test Owner', 'now', 'now')").run(
      p.r1,
      t.T7,
      TEXT.slice(5, 15),
    );
    db.prepare('INSERT INTO passage_themes (passage_id, theme_id) VALUES (?, ?)').run(p.r1, TP);
  })();

  const names = new Map(Object.entries(th).map(([k, v]) => [v, k]));
  return { a, db, th, t, p, name: (id) => names.get(id) ?? id };
}
