import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from '../../../../shared/query/lunrIndex';
import type { CatalogueEntry, PublicRecord } from '../../../../shared/query/lunrFormat';
import { lead, snippet } from '../../../../shared/query/lunrMatch';
import { runSearch, type Env } from '../../../../shared/query/lunrSearch';

function record(ref: string, title: string, transcript: string, more: Partial<PublicRecord> = {}): PublicRecord {
  return {
    ref,
    title,
    summary: '',
    type: 'audio',
    languages: ['en'],
    dateRecorded: '2002-05-14',
    placeRecorded: null,
    placesSpokenAbout: [],
    datesSpokenAbout: [],
    duration: null,
    extent: '',
    collection: '',
    series: '',
    hearing: null,
    provenance: '',
    contentWarnings: [],
    people: [],
    transcript,
    wordCount: 0,
    ...more,
  };
}

const records = [
  record('R-1', 'The church fire', 'The church burned on a Sunday night in 1963. The fire department came late.', {
    people: [{ name: 'Cora Whitfield', role: 'narrator', narratorRole: 'survivor' }],
    placesSpokenAbout: ['Stoneford'],
    datesSpokenAbout: ['1963-04'],
    dateRecorded: '1964',
  }),
  record('R-2', 'A farm in the valley', 'We lost the farm. The fire was in the barn, not the church.', { people: [{ name: 'Witness K', role: 'narrator', narratorRole: 'witness' }], dateRecorded: '1998' }),
  record('R-3', 'Москва', 'Мы жили в Москве. Ñandú y mate.', { placesSpokenAbout: ['Calder'], dateRecorded: '1975' }),
  record('R-4', 'Night shift', 'The night shift at the church hall; firefighters never came.', { dateRecorded: '2001' }),
];

function env(): Env {
  const entries: CatalogueEntry[] = records.map((r) => ({
    ref: r.ref,
    title: r.title,
    dateRecorded: r.dateRecorded,
    type: r.type,
    narrators: r.people.map((p) => p.name),
    people: r.people.map((p) => p.name),
    places: r.placesSpokenAbout,
    dates: [r.dateRecorded, ...r.datesSpokenAbout].map((d): [string, string] => [`${d.slice(0, 4)}-01-01`, `${d.slice(0, 4)}-12-31`]),
    shard: 1,
    wordCount: 0,
  }));
  const json = buildLunrIndex(records.map((r) => ({ id: r.ref, title: r.title, body: `${r.summary}\n\n${r.transcript}`, people: r.people.map((p) => p.name), places: r.placesSpokenAbout })));
  return {
    index: lunr.Index.load(JSON.parse(json) as object),
    entries,
    records: (want) => Promise.resolve(new Map(records.filter((r) => want.some((e) => e.ref === r.ref)).map((r) => [r.ref, r]))),
  };
}

const refs = async (q: string) => (await runSearch(q, env())).refs.slice().sort();

describe('the reading room search (the app’s query syntax on lunr)', () => {
  it.each([
    ['church', ['R-1', 'R-2', 'R-4']],
    ['church fire', ['R-1', 'R-2']],
    ['fire*', ['R-1', 'R-2', 'R-4']],
    ['church -farm', ['R-1', 'R-4']],
    ['"church fire"', ['R-1']],
    ['"the church"', ['R-1', 'R-2', 'R-4']],
    ['"fire department"', ['R-1']],
    ['"department fire"', []],
    ['title:church', ['R-1']],
    ['person:whitfield', ['R-1']],
    ['person:"Witness K"', ['R-2']],
    ['place:stoneford', ['R-1']],
    ['place:calder', ['R-3']],
    ['farm OR москва', ['R-2', 'R-3']],
    ['nandu', ['R-3']],
    ['москв*', ['R-3']],
    ['date:1960..1969', ['R-1']],
    ['church date:1990..2005', ['R-2', 'R-4']],
    ['-church', ['R-3']],
    ['zebra', []],
  ])('%j → %j', async (q, expected) => {
    expect(await refs(q)).toEqual(expected);
  });

  it('lists everything, in catalogue order, for an empty search', async () => {
    expect((await runSearch('   ', env())).refs).toEqual(['R-1', 'R-2', 'R-3', 'R-4']);
  });

  it('ranks a title match first', async () => {
    expect((await runSearch('church', env())).refs[0]).toBe('R-1');
  });

  it('explains what it left out instead of failing', async () => {
    const r = await runSearch('the "of" church', env());
    expect(r.refs.sort()).toEqual(['R-1', 'R-2', 'R-4']);
    expect(r.hints.join(' ')).toMatch(/too common/);
    const odd = await runSearch('"unclosed ((( *** -', env());
    expect(odd.hints.length).toBeGreaterThan(0);
  });

  it('marks matches in a snippet around them', async () => {
    const { highlight } = await runSearch('fire*', env());
    const s = snippet(records[0]?.transcript ?? '', highlight) ?? [];
    expect(s.filter((p) => p.mark).map((p) => p.text)).toEqual(['fire']);
    expect(snippet('nothing here', highlight)).toBeNull();
    // A phrase is marked whole, stop words included, and only where it occurs as a phrase.
    const phrase = (await runSearch('"the fire department"', env())).highlight;
    const marks = (snippet('The fire was out. Then the fire department came.', phrase) ?? []).filter((p) => p.mark).map((p) => p.text);
    expect(marks).toEqual(['the', 'fire', 'department']);
    expect(lead('a '.repeat(400), 20)[0]?.text.length).toBeLessThanOrEqual(22);
  });
});
