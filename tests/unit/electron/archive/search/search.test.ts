import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/api';
import { testArchive } from '../../../helpers';
import { nativeBindingPath } from '../../../../../electron/archive/db/native';
import { HIT_FACT_COLUMNS } from '../../../../../electron/archive/search/facets';
import { queryPlan } from '../db/queryPlan';

type Query = Input<'search.query'>;

function sample() {
  const a = testArchive();
  a.call('archive.loadSample', {});
  const search = (q: string, more: Omit<Query, 'q'> = {}) => a.call('search.query', { q, limit: 100, ...more });
  const refs = (q: string, more: Omit<Query, 'q'> = {}) => search(q, more).items.map((h) => h.title.slice(0, 24));
  return { ...a, search, refs };
}

/** FTS5's own comparison of the index with the records it was built from. */
function indexIsInStep(dir: string): void {
  const db = new Database(path.join(dir, 'archive.sqlite'), { nativeBinding: nativeBindingPath() });
  try {
    db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)").run();
  } finally {
    db.close();
  }
}

function newTestimony(a: ReturnType<typeof testArchive>, title: string, transcript: string, more: Partial<Input<'testimonies.create'>['data']> = {}) {
  return a.call('testimonies.create', { data: { title, type: 'written_statement', transcript, ...more } });
}

describe('search: finding testimony', () => {
  it('finds a word, ranks titles above bodies and marks the matches in the snippet', () => {
    const a = sample();
    const r = a.search('firebombing');
    expect(r.total).toBeGreaterThan(0);
    const top = r.items[0];
    expect(top?.title).toMatch(/firebombing/i);
    expect(top?.snippet.marks.length).toBeGreaterThan(0);
    const [s, e] = top?.snippet.marks[0] ?? [0, 0];
    expect(top?.snippet.text.slice(s, e).toLowerCase()).toContain('firebomb');
    expect(top?.snippet.text).not.toMatch(/[\uE000\uE001]/);
    expect(r.items.map((h) => h.score)).toEqual([...r.items.map((h) => h.score)].sort((x, y) => y - x));
  });

  it('matches an exact phrase only where the words stand together', () => {
    const a = sample();
    const phrase = a.search('"call the fire department"');
    expect(phrase.items.some((h) => h.title.includes('Tolliver-Hayes'))).toBe(true);
    // Each snippet comes from its own testimony.
    const several = a.search('"fire department"');
    expect(several.total).toBeGreaterThan(1);
    for (const h of several.items) {
      const t = a.call('testimonies.get', { id: h.id });
      const own = `${t.title} ${t.summary} ${t.transcript}`.replace(/\s+/g, ' ');
      expect(own).toContain(h.snippet.text.replace(/^…|…$/g, ''));
    }
    const scrambled = a.search('"department fire the call"');
    expect(scrambled.total).toBe(0);
  });

  it('OR widens, -exclusion narrows, prefix* completes', () => {
    const a = sample();
    const church = a.search('church').total;
    const pool = a.search('pool').total;
    const either = a.search('church OR pool').total;
    expect(either).toBeGreaterThanOrEqual(Math.max(church, pool));
    expect(either).toBeLessThanOrEqual(church + pool);
    const notPool = a.search('church -pool').total;
    expect(notPool).toBeLessThan(church);
    expect(a.search('firebom*').total).toBeGreaterThan(0);
    expect(a.search('firebom').total).toBe(0);
  });

  it('searches only exclusions, only a date, or only facets', () => {
    const a = sample();
    const all = a.search('').total;
    expect(all).toBe(a.call('archive.info', {}).counts.testimonies);
    expect(a.search('-church').total).toBe(all - a.search('church').total);
    const sixties = a.search('date:1963');
    expect(sixties.total).toBeGreaterThan(0);
    expect(sixties.total).toBeLessThan(all);
    expect(sixties.items[0]?.snippet.marks).toEqual([]);
  });

  it('filters by field: title, person and place', () => {
    const a = sample();
    const byTitle = a.search('title:tannery');
    expect(byTitle.total).toBeGreaterThan(0);
    byTitle.items.forEach((h) => expect(h.title.toLowerCase()).toContain('tannery'));
    expect(a.search('title:forsythia').total).toBe(0);
    expect(a.search('forsythia').total).toBeGreaterThan(0);
    expect(a.search('person:Ngcobo').total).toBeGreaterThan(0);
    const place = a.call('places.list', { limit: 1 }).items[0];
    expect(place).toBeDefined();
    expect(a.search(`place:"${place?.name ?? ''}"`).total).toBeGreaterThanOrEqual(0);
  });

  it('ignores case and diacritics, and finds Cyrillic, Greek, Arabic and Hebrew words', () => {
    const a = sample();
    expect(a.search('NIEUWOUDT').total).toBeGreaterThan(0);
    expect(a.search('nandu').total).toBe(a.search('Ñandú').total);
    expect(a.search('nandu').total).toBeGreaterThan(0);
    expect(a.search('мирошниченко').total).toBeGreaterThan(0);
    expect(a.search('Παπαδόπουλος').total).toBeGreaterThan(0);
    expect(a.search('حداد').total).toBeGreaterThan(0);
    newTestimony(a, 'A letter in Hebrew', 'כתבתי את המכתב הזה בירושלים');
    expect(a.search('בירושלים').total).toBe(1);
  });

  it('finds Chinese and Japanese text only as documented: a whole run, or the start of a run with *', () => {
    const a = testArchive();
    newTestimony(a, 'Statement in Japanese', '東京都に住んでいます。警察が来た');
    const q = (s: string) => a.call('search.query', { q: s }).total;
    expect(q('東京*')).toBe(1); // the start of a run (punctuation such as 。 ends a run)
    expect(q('警察*')).toBe(1);
    expect(q('警察が来た')).toBe(1); // a whole run
    expect(q('東京')).toBe(0); // a word inside a run without spaces: the documented limit
    expect(q('来た')).toBe(0);
  });
});

describe('search: facets, sorting, paging', () => {
  it('counts facet values over the results and narrows by them', () => {
    const a = sample();
    const r = a.search('police');
    const levels = r.facets.accessLevel;
    expect(levels.reduce((n, f) => n + f.count, 0)).toBe(r.total);
    const pub = levels.find((f) => f.value === 'public');
    expect(pub?.label).toBe('Public');
    const narrowed = a.search('police', { filters: { accessLevel: ['public'] } });
    expect(narrowed.total).toBe(pub?.count);
    // A facet's own counts ignore its own choice (so the other values stay choosable) …
    expect(narrowed.facets.accessLevel).toEqual(levels);
    // … and the other facets count within it.
    const typeSum = narrowed.facets.type.reduce((n, f) => n + f.count, 0);
    expect(typeSum).toBe(narrowed.total);
    expect(r.facets.decade.every((f) => /^\d{3}0s$/.test(f.value))).toBe(true);
    expect(r.facets.language.map((f) => f.value)).toContain('en');
    expect(r.facets.narratorRole.length).toBeGreaterThan(0);
    expect(r.facets.place.every((f) => f.label !== f.value)).toBe(true);
  });

  it('combines choices: any value within a facet, all facets together', () => {
    const a = sample();
    const two = a.search('', { filters: { accessLevel: ['public', 'sealed'] } }).total;
    const pub = a.search('', { filters: { accessLevel: ['public'] } }).total;
    const sealed = a.search('', { filters: { accessLevel: ['sealed'] } }).total;
    expect(two).toBe(pub + sealed);
    const both = a.search('', { filters: { accessLevel: ['public'], language: ['el'] } });
    both.items.forEach((h) => expect(h.accessLevel).toBe('public'));
    expect(both.total).toBeLessThan(pub);
  });

  it('sorts by date either way and pages without overlap', () => {
    const a = sample();
    const asc = a.search('police', { sort: 'date_asc' }).items.map((h) => h.id);
    const desc = a.search('police', { sort: 'date_desc' }).items.map((h) => h.id);
    expect(asc.length).toBeGreaterThan(2);
    expect(asc[0]).not.toBe(desc[0]);
    const p1 = a.call('search.query', { q: 'police', limit: 5, offset: 0 }).items.map((h) => h.id);
    const p2 = a.call('search.query', { q: 'police', limit: 5, offset: 5 }).items.map((h) => h.id);
    expect(p1).toHaveLength(5);
    expect(p1.filter((id) => p2.includes(id))).toEqual([]);
  });
});

describe('search: what may be seen', () => {
  it('leaves withdrawn testimonies out unless asked', () => {
    const a = sample();
    const hit = a.search('firebombing').items[0];
    expect(hit).toBeDefined();
    a.call('testimonies.withdraw', { id: hit?.id ?? '', reason: 'Narrator asked' });
    expect(a.search('firebombing').items.map((h) => h.id)).not.toContain(hit?.id);
    const again = a.search('firebombing', { includeWithdrawn: true }).items.find((h) => h.id === hit?.id);
    expect(again?.withdrawn).toBe(true);
  });

  it('in the public scope shows only publishable testimonies and never names', () => {
    const a = sample();
    const all = a.search('', { scope: 'public' });
    expect(all.total).toBe(18);
    all.items.forEach((h) => {
      expect(h.accessLevel).toBe('public');
      expect(h.narrators).toBe('');
    });
    // Witness K's statement is sealed: its words are not found in public.
    expect(a.search('"Plymouth Valiant"').total).toBe(1);
    expect(a.search('"Plymouth Valiant"', { scope: 'public' }).total).toBe(0);
    const named = a.search('person:Ngcobo', { scope: 'public' });
    expect(named.hints.join(' ')).toMatch(/Names are not searched/);
    expect(a.search('', { scope: 'public', includeWithdrawn: true }).total).toBe(18);
  });

  it('an embargo hides a public testimony from the public scope until its date', () => {
    const a = testArchive();
    const t = newTestimony(a, 'Embargoed words', 'a sentinel word zebrafinch', { accessLevel: 'public', consent: { publicRelease: true }, embargoUntil: '2999-01-01' });
    expect(a.call('search.query', { q: 'zebrafinch' }).total).toBe(1);
    expect(a.call('search.query', { q: 'zebrafinch', scope: 'public' }).total).toBe(0);
    a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { title: t.title, type: t.type, transcript: 'a sentinel word zebrafinch', accessLevel: 'public', consent: { publicRelease: true }, embargoUntil: '2000-01-01' } });
    expect(a.call('search.query', { q: 'zebrafinch', scope: 'public' }).total).toBe(1);
  });
});

describe('search: the index stays in step with the records', () => {
  it('follows creates, edits of transcripts, people and places, in the same transaction', () => {
    const a = sample();
    const place = a.call('places.create', { data: { name: 'Quillworth Landing', type: 'site' } });
    const person = a.call('people.create', { data: { name: 'Oriel Vantongeren' } });
    const t = newTestimony(a, 'Fresh statement', 'The marmalade cannery burned.', { placesSpokenAbout: [place.id], people: [{ personId: person.id, role: 'narrator', narratorRole: 'witness' }] });
    expect(a.search('marmalade').items[0]?.id).toBe(t.id);
    expect(a.search('place:quillworth').items[0]?.id).toBe(t.id);
    expect(a.search('person:vantongeren').items[0]?.id).toBe(t.id);
    const other = a.call('people.create', { data: { name: 'Nomsa Dube', otherNames: ['Ma Dube', 'Nomsa "Mama" D.'] } });
    newTestimony(a, 'Second statement', 'Nothing here.', { people: [{ personId: other.id, role: 'narrator', narratorRole: 'witness' }] });
    expect(a.search('person:mama').items[0]?.snippet.text).toBe('Nomsa Dube (Ma Dube, Nomsa \\"Mama\\" D.)');
    expect(a.search('person:vantongeren').items[0]?.snippet.text).toBe('Oriel Vantongeren');

    a.call('testimonies.update', { id: t.id, expectedVersion: t.version, data: { title: t.title, type: t.type, transcript: 'The tannery burned.', placesSpokenAbout: [place.id], people: [{ personId: person.id, role: 'narrator', narratorRole: 'witness' }] } });
    expect(a.search('marmalade').total).toBe(0);
    expect(a.search('tannery').items.map((h) => h.id)).toContain(t.id);

    a.call('people.update', { id: person.id, expectedVersion: person.version, data: { name: 'Oriel Marchetti' } });
    expect(a.search('person:vantongeren').total).toBe(0);
    expect(a.search('person:marchetti').items[0]?.id).toBe(t.id);

    a.call('places.update', { id: place.id, expectedVersion: place.version, data: { name: 'Quillmoor Landing', type: 'site' } });
    expect(a.search('place:quillworth').total).toBe(0);
    expect(a.search('place:quillmoor').items[0]?.id).toBe(t.id);
    indexIsInStep(a.dir);
  });

  it('a write that fails leaves the index as it was', () => {
    const a = sample();
    const before = a.search('forsythia').total;
    const r = a.router.call({ user: { name: 'x', role: 'administrator' } }, 'testimonies.createMany', {
      items: [
        { title: 'ok', type: 'audio', transcript: 'forsythia forsythia' },
        { title: 'bad', type: 'audio', placeRecordedId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(r.ok).toBe(false);
    expect(a.search('forsythia').total).toBe(before);
    indexIsInStep(a.dir);
  });
});

describe('search: bad input never breaks', () => {
  const hostile = [
    '"unbalanced phrase',
    '-',
    '*',
    'title:',
    'x'.repeat(10_000),
    "'; DROP TABLE testimonies; --",
    'NEAR(a b) AND OR NOT',
    '{title} : fire',
    '\u0000\u0007\u001b[31mfire',
    '^fire',
    'fire"',
    '()',
    'date:',
    'date:abc..',
    'date:1990..1960',
    '"" "" ""',
    Array.from({ length: 200 }, (_, i) => `w${i}`).join(' '),
  ];
  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 40)}…` : q, q]))('answers %j with results or a hint, never an error', (_label, q) => {
    const a = sample();
    const r = a.router.call({ user: { name: 'x', role: 'administrator' } }, 'search.query', { q });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.total >= 0).toBe(true);
  });

  it('explains what it left out', () => {
    const a = sample();
    expect(a.search('title:').hints[0]).toMatch(/needs a word/);
    expect(a.search('"church fire').hints[0]).toMatch(/quotation mark/);
    expect(a.search('x'.repeat(5000)).hints.join(' ')).toMatch(/cut to its first/);
  });
});

describe('saved searches and CSV', () => {
  it('saves, replaces by name, lists and deletes — each audited', () => {
    const a = sample();
    const s = a.call('search.saved.save', { name: 'Church fires', q: 'church fire', filters: { accessLevel: ['public'] } });
    expect(s.filters.accessLevel).toEqual(['public']);
    const again = a.call('search.saved.save', { name: 'church FIRES', q: 'church fire*' });
    expect(again.id).toBe(s.id);
    expect(a.call('search.saved.list', {})).toHaveLength(1);
    expect(a.call('archive.history', { entityType: 'saved_search', entityId: s.id }).map((h) => h.action)).toEqual(['update', 'create']);
    a.call('search.saved.delete', { id: s.id });
    expect(a.call('search.saved.list', {})).toEqual([]);
  });

  it('exports every result as formula-safe CSV with a BOM', () => {
    const a = sample();
    newTestimony(a, '=HYPERLINK("http://evil","click") on police', 'police police', { accessLevel: 'public' });
    const r = a.call('search.exportCsv', { q: 'police' });
    expect(r.rows).toBe(a.search('police').total);
    expect(r.csv.startsWith('\uFEFFReference,Title,')).toBe(true);
    expect(r.csv).toContain(`"'=HYPERLINK(""http://evil"",""click"") on police"`);
    expect(r.csv.split('\r\n').length).toBeGreaterThan(r.rows);
    const pub = a.call('search.exportCsv', { q: 'police', scope: 'public' });
    expect(pub.csv.split('\r\n')[0]).not.toContain('Narrators');
  });
});

describe('search: themes', () => {
  it('finds coded testimony by theme: and an other label, shows and filters the theme facet, and forgets a removed code', () => {
    const a = testArchive();
    const theme = a.call('themes.create', { data: { label: 'Denial of burial rites', altLabels: [{ label: 'Begrafnisweiering', lang: 'af' }] } });
    const text = 'They would not let us bury him in the churchyard.';
    const coded = newTestimony(a, 'Statement of a widow', text);
    const other = newTestimony(a, 'Statement of a neighbour', 'I saw the trucks arrive at night.');
    const passage = a.call('coding.code', { testimonyId: coded.id, range: { start: 10, end: 30, quote: text.slice(10, 30) }, data: { themeIds: [theme.id] } });
    const ids = (q: string, filters: Query['filters'] = {}) => a.call('search.query', { q, filters }).items.map((h) => h.id);

    expect(ids('theme:burial')).toEqual([coded.id]);
    expect(ids('theme:begrafnisweiering')).toEqual([coded.id]);
    expect(ids('theme:trucks')).toEqual([]);
    const facet = a.call('search.query', { q: '' }).facets.theme;
    expect(facet).toEqual([{ value: theme.id, label: 'Denial of burial rites', count: 1 }]);
    expect(ids('', { theme: [theme.id] })).toEqual([coded.id]);
    expect(ids('statement', { theme: [theme.id] })).toEqual([coded.id]);

    // A whole-testimony tag is a theme too.
    a.call('coding.tag', { testimonyId: other.id, themeId: theme.id });
    expect(ids('theme:burial').sort()).toEqual([coded.id, other.id].sort());
    a.call('coding.untag', { testimonyId: other.id, themeId: theme.id });

    a.call('coding.remove', { id: passage.id });
    expect(ids('theme:burial')).toEqual([]);
    expect(ids('', { theme: [theme.id] })).toEqual([]);
    expect(a.call('search.query', { q: '' }).facets.theme).toEqual([]);
    indexIsInStep(a.dir);
  });

  it('reads facet values from the covering index, with or without words', () => {
    const a = testArchive();
    const db = a.workspace.current()?.db;
    if (!db) throw new Error('The test archive is not open.');
    const plan = (sql: string) => queryPlan(db, sql);
    expect(plan(`SELECT t.doc_id, ${HIT_FACT_COLUMNS} FROM testimonies t INDEXED BY testimonies_search_facts WHERE t.withdrawn = 0`)).toContain('COVERING INDEX testimonies_search_facts');
    expect(
      plan(`SELECT m.doc_id, ${HIT_FACT_COLUMNS} FROM (SELECT rowid AS doc_id FROM search_fts WHERE search_fts MATCH 'x') m CROSS JOIN testimonies t ON t.doc_id = m.doc_id WHERE t.withdrawn = 0`),
    ).toContain('COVERING INDEX testimonies_search_facts');
  });
});
