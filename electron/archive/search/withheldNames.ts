import type { Database } from 'better-sqlite3';
import type { Term } from '../../../shared/query/ast';
import { publicName } from '../publish/policy';
import type { NameFacts } from '../publish/publicTestimony';

/**
 * Withheld names in the public scope of search. search_fts indexes the names on file of people
 * who did not consent to be named, so a public search for "okonkwo" would find the testimony that
 * names them (and "-okonkwo" would leave it out), confirming whose testimony it is even though
 * every public output shows a pseudonym there. Conversely a search for the pseudonym would miss
 * it. When a query's words could touch such a person's name (or the public name that stands in
 * for it), the testimonies whose text holds that name are asked again in their public form
 * (publicCheck.ts). A query that touches no withheld name costs one look at the names, nothing more.
 *
 * Words are compared as FTS5 reads them: the query's terms and the names are tokenised by an FTS5
 * table with search_fts's tokenizer (case and diacritics folded, punctuation splitting words), so
 * the decision cannot drift from what the index matches.
 */

const TABLE = 'name_words';
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
/** The columns a public search matches (compile.ts): never the people column. */
const PUBLIC_COLUMNS = '{title summary transcript places themes segments}';

/** Each text's tokens in order, as search_fts's tokenizer reads them. */
function tokensOf(db: Database, texts: readonly string[]): string[][] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${TABLE} USING fts5(text, ${TOKENIZE})`);
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${TABLE}_vocab USING fts5vocab(temp, ${TABLE}, instance)`);
  db.exec(`DELETE FROM temp.${TABLE}`);
  const put = db.prepare(`INSERT INTO temp.${TABLE} (rowid, text) VALUES (?, ?)`);
  texts.forEach((text, i) => put.run(i + 1, text));
  const out: string[][] = texts.map(() => []);
  const rows = db.prepare(`SELECT doc, term FROM temp.${TABLE}_vocab ORDER BY doc, offset`).all() as { doc: number; term: string }[];
  for (const r of rows) out[r.doc - 1]?.push(r.term);
  return out;
}

/** The names a person is withheld under (the withholder skips one-character names). */
const namesOf = (p: NameFacts) => [p.name, ...p.otherNames].map((n) => n.trim()).filter((n) => [...n].length >= 2);

/**
 * The people without consent to be named whose names, or the public names shown in their place,
 * a term of the query could match (a word, or the start of a word for a prefix term). Empty when
 * the query touches no withheld name: then the public scope needs no name re-check.
 */
export function namesToRecheck(db: Database, terms: readonly Term[], people: readonly NameFacts[]): NameFacts[] {
  const withheld = people.filter((p) => !p.consentToBeNamed && namesOf(p).length > 0);
  if (withheld.length === 0 || terms.length === 0) return [];
  const tokens = tokensOf(db, [...terms.map((t) => t.text), ...withheld.map((p) => [...namesOf(p), publicName(p)].join('\n'))]);
  const termTokens = tokens.slice(0, terms.length);
  const touches = (words: ReadonlySet<string>) =>
    terms.some((t, i) => {
      const mine = termTokens[i] ?? [];
      // For a prefix term FTS5 reads the last word as a prefix (a phrase's other words are whole).
      return mine.some((w, j) => words.has(w) || (t.prefix && j === mine.length - 1 && [...words].some((n) => n.startsWith(w))));
    });
  return withheld.filter((_, k) => touches(new Set(tokens[terms.length + k])));
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Doc ids of the testimonies (meeting the search's conditions on `t`) whose public-scope text holds
 * a name of one of these people. FTS5's phrase match folds case and diacritics, so it finds every
 * place the withholder replaces a name (and perhaps a few more, which the re-check then answers
 * as their public text does).
 */
export function docsNaming(db: Database, people: readonly NameFacts[], where: string, params: Record<string, unknown>): number[] {
  const names = [...new Set(people.flatMap(namesOf))];
  if (names.length === 0) return [];
  const sql = `SELECT t.doc_id FROM (SELECT rowid AS doc_id FROM search_fts WHERE search_fts MATCH @nameMatch) m
    CROSS JOIN testimonies t ON t.doc_id = m.doc_id WHERE ${where}`;
  const named = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`@${k}`)));
  return db
    .prepare(sql)
    .pluck()
    .all({ ...named, nameMatch: `${PUBLIC_COLUMNS} : (${names.map(quote).join(' OR ')})` }) as number[];
}
