/**
 * A deterministic generator of realistic synthetic archives, created through the router as an
 * import would: a place hierarchy, people (names in Latin with diacritics, Cyrillic, Greek,
 * Arabic and Hebrew, pseudonyms, consent to be named), hearings, then testimonies in batches of
 * `testimonies.createMany`, with narrators and their roles, places recorded and spoken about, dates
 * recorded and spoken about (some approximate), types, languages, access levels, embargoes,
 * consent, and transcripts of 500–10,000 words (most near the median) built from vocabulary.ts.
 *
 * The same seed and count give the same archive. Each testimony is also written to a JSON-lines
 * corpus file so that lunr can index exactly the same text in another process, and the expected
 * hits of the fixed queries (queries.ts) are counted as the text is made.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Input } from '../../shared/api';
import type { AccessLevel, LinkRole, NarratorRole, TestimonyType } from '../../shared/model/enums';
import { parseFlexDate } from '../../shared/model/flexDate';
import type { BenchClient } from './client';
import { DocView, QUERIES } from './queries';
import { createRandom, type Random } from './random';
import {
  BUILDINGS,
  FAMILY,
  GENERAL_SENTENCES,
  GIVEN,
  LANGUAGES,
  QUESTIONS,
  REGIONS,
  SCRIPTS,
  SLOTS,
  STREETS,
  SYLLABLES,
  THEMES,
  TOWN_PARTS,
  type NamePair,
  type Script,
  type Theme,
} from './vocabulary';

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** The median transcript length in words (lengths are log-normal, 500–10,000). */
  medianWords?: number;
  batch?: number;
  /** Where to write the corpus for lunr (JSON lines); none when omitted. */
  corpusFile?: string;
  progress?: (done: number, total: number) => void;
}

/** One line of the corpus file: a testimony as the reading room has it, and what it filters on. */
export interface CorpusDoc {
  id: string;
  ref: string;
  title: string;
  summary: string;
  transcript: string;
  /** Names as the archive's search has them (name and other names). */
  people: { name: string; role: LinkRole; narratorRole: NarratorRole | null }[];
  placeRecorded: string;
  placesSpokenAbout: string[];
  dateRecorded: string;
  datesSpokenAbout: string[];
  meta: {
    type: TestimonyType;
    accessLevel: AccessLevel;
    /** ISO start of the date recorded ('' when none). */
    date: string;
    /** Inclusive ISO ranges of the date recorded and the dates spoken about. */
    dates: [string, string][];
    narratorRoles: NarratorRole[];
    languages: string[];
    placeIds: string[];
    hearingId: string | null;
    withdrawn: boolean;
  };
}

export interface GeneratedArchive {
  testimonies: number;
  people: number;
  places: number;
  hearings: number;
  withdrawn: number;
  words: { total: number; min: number; median: number; mean: number; p95: number; max: number };
  /** Documents each planted query must find, by query id. */
  expected: Record<string, number>;
  /** Milliseconds: places, people and hearings; the createMany calls (import + index); making the text. */
  timings: { setupMs: number; importMs: number; withdrawMs: number; textMs: number; peopleMs: number };
}

type TestimonyItem = Input<'testimonies.createMany'>['items'][number];

/** Names planted for the fixed queries; no template produces them. */
const PLANTED_FAMILY: Partial<Record<Script, NamePair[]>> = {
  cyrillic: [['Мирошниченко', 'Miroshnychenko']],
  greek: [['Παπαδόπουλος', 'Papadopoulos']],
  arabic: [['الحسيني', 'al-Husseini']],
  hebrew: [['אלמוג', 'Almog']],
};
const PLANTED_TOWN = 'Ñandú Creek';
const PLANTED_OFFICER = { name: 'Orrin Blakemoor', community: 'Sheriff’s department, retired' };
const SENTENCE_BELL = 'When the fire reached the tower, the bell stopped ringing, and that is when we knew it was gone.';
const SENTENCE_SJAMBOK = 'One of them carried a sjambok and used it on anyone who stood too close to the van.';
const SENTENCE_OFFICER = 'Deputy Orrin Blakemoor was in charge that night, and he knew every one of us by name.';

interface PersonRef {
  id: string;
  /** As written in the record (native script). */
  name: string;
  latin: string;
  script: Script;
  shown: string;
}

interface PlaceRef {
  id: string;
  name: string;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The long tail of names that come up in passing: neighbours, officers, employers. */
function passingSurname(r: Random): string {
  return `${r.pickSkewed(SYLLABLES.start, 1.6)}${r.pick(SYLLABLES.middle)}${r.pickSkewed(SYLLABLES.end, 1.6)}`;
}

function personName(r: Random, script: Script): { name: string; latin: string } {
  const given = r.pick(GIVEN[script]);
  const planted = PLANTED_FAMILY[script] ?? [];
  const family = planted.length > 0 && r.chance(0.08) ? r.pick(planted) : r.pick(FAMILY[script]);
  return { name: `${given[0]} ${family[0]}`, latin: `${given[1]} ${family[1]}` };
}

/** A spoken-about year: most stories are of the 1950s–1970s, some reach the 2010s. */
function eventYear(r: Random): number {
  return r.weighted([
    [r.int(1950, 1959), 3],
    [r.int(1960, 1969), 5],
    [r.int(1970, 1979), 3],
    [r.int(1980, 1999), 2],
    [r.int(2000, 2021), 1],
  ]);
}

function flexDate(r: Random, year: number): string {
  return r.weighted([
    [`${year}-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`, 3],
    [`${year}-${pad2(r.int(1, 12))}`, 2],
    [String(year), 3],
    [`circa ${year}`, 2],
    [`${Math.floor(year / 10) * 10}s`, 1],
  ]);
}

function range(text: string): [string, string] | null {
  const d = parseFlexDate(text);
  return d.ok && d.value.start && d.value.end ? [d.value.start, d.value.end] : null;
}

/** Fills {slots} in a template from the testimony's own world. */
function filler(r: Random, world: { towns: PlaceRef[]; sites: PlaceRef[]; people: PersonRef[] }, own: { towns: string[]; year: number }) {
  const year = () => (r.chance(0.7) ? own.year + r.int(-3, 3) : eventYear(r));
  const fills: Record<string, () => string> = {
    town: () => (r.chance(0.6) ? r.pick(own.towns) : r.pick(world.towns).name),
    place: () => r.pick(world.sites).name,
    street: () => r.pick(STREETS),
    year: () => String(year()),
    circaYear: () => `${r.pick(['circa', 'about', 'around'])} ${year()}`,
    decade: () => `${Math.floor(year() / 10) * 10}s`,
    date: () => `${r.int(1, 28)} ${r.pick(SLOTS.month ?? [])} ${year()}`,
    name: () => (r.chance(0.3) ? r.pick(world.people).shown : `${r.pick(['Mr', 'Mrs', 'Miss', 'old', 'Reverend', 'Deacon'])} ${passingSurname(r)}`),
    officer: () => passingSurname(r),
  };
  return (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const f = fills[slot];
      if (f) return f();
      const list = SLOTS[slot];
      if (!list) throw new Error(`No filler for {${slot}}`);
      return r.pick(list);
    });
}

const wordsOf = (s: string) => s.split(/\s+/).length;
const upper = (s: string) => s.toLocaleUpperCase('und');
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('und') + s.slice(1);

/** Makes the whole archive through the router. The archive must be open and empty. */
export function generateArchive(client: BenchClient, opts: GenerateOptions): GeneratedArchive {
  const { count } = opts;
  const r = createRandom(opts.seed ?? 20_260_314);
  const median = opts.medianWords ?? 1500;
  const batchSize = opts.batch ?? 500;
  const { call } = client;
  const timings = { setupMs: 0, importMs: 0, withdrawMs: 0, textMs: 0, peopleMs: 0 };
  const setupStart = performance.now();

  // Places: a country, regions, counties, towns (one of them planted), and buildings in towns.
  const country = call('places.create', { data: { name: 'Republic of Meridia', type: 'country' } });
  const towns: PlaceRef[] = [];
  const sites: PlaceRef[] = [];
  const townCount = Math.max(24, Math.min(240, Math.round(count / 40)));
  const counties: PlaceRef[] = [];
  for (const regionName of REGIONS) {
    const region = call('places.create', { data: { name: regionName, type: 'region', parentId: country.id } });
    for (let c = 0; c < 3; c++) {
      const county = call('places.create', { data: { name: `${r.pick(TOWN_PARTS.first)}${r.pick(['', 'shire', ' Vale'])} County`, type: 'county', parentId: region.id } });
      counties.push(county);
    }
  }
  const townNames = new Set<string>([PLANTED_TOWN]);
  for (let t = 0; t < townCount; t++) {
    let name = t === 5 ? PLANTED_TOWN : `${r.pick(TOWN_PARTS.first)}${r.pick(TOWN_PARTS.last)}`;
    if (t !== 5) {
      while (townNames.has(name)) name = `${name} ${r.pick(['North', 'South', 'East', 'West', 'Upper', 'Lower'])}`;
      townNames.add(name);
    }
    const lat = Number((r.next() * 60 - 30).toFixed(4));
    const lon = Number((r.next() * 120 - 60).toFixed(4));
    const town = call('places.create', { data: { name, type: r.chance(0.3) ? 'city' : 'town', parentId: r.pick(counties).id, latitude: lat, longitude: lon } });
    towns.push(town);
    for (const [building, type] of r.sample(BUILDINGS, r.int(1, 4))) {
      sites.push(call('places.create', { data: { name: `${building}, ${name}`, type, parentId: town.id } }));
    }
  }

  // Staff: statement takers and interpreters, always named.
  const staff = (n: number, role: string): PersonRef[] =>
    Array.from({ length: n }, () => {
      const script: Script = r.chance(0.85) ? 'latin' : r.pick(SCRIPTS);
      const { latin } = personName(r, script);
      const p = call('people.create', { data: { name: latin, community: role, consentToBeNamed: true } });
      const ref: PersonRef = { id: p.id, name: latin, latin, script: 'latin', shown: latin };
      return ref;
    });
  const interviewers = staff(Math.max(8, Math.min(60, Math.round(count / 200))), 'Commission statement taker');
  const interpreters = staff(12, 'Interpreter');
  const officer = call('people.create', { data: { name: PLANTED_OFFICER.name, community: PLANTED_OFFICER.community, consentToBeNamed: true, birthYear: 1931 } });
  const officerRef: PersonRef = { id: officer.id, name: officer.name, latin: officer.name, script: 'latin', shown: officer.name };

  // Hearings: public hearings, forums and private sessions across the towns.
  const hearings: { id: string; title: string; town: PlaceRef }[] = [];
  for (let h = 0; h < Math.max(5, Math.round(count / 60)); h++) {
    const town = r.pick(towns);
    const theme = r.pick(THEMES);
    const type = r.weighted([['public_hearing', 5], ['community_forum', 3], ['private_session', 2], ['memorial_dedication', 1]] as const);
    const title = `${type === 'community_forum' ? 'Community forum' : type === 'private_session' ? 'Statement session' : type === 'memorial_dedication' ? 'Memorial dedication' : 'Public hearing'} on ${theme.label.toLowerCase()}, ${town.name}`;
    const created = call('hearings.create', { data: { title, type, date: `${r.int(1998, 2024)}-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`, placeId: town.id, summary: `Hearing of the Commission on ${theme.label.toLowerCase()}.` } });
    hearings.push({ id: created.id, title, town });
  }
  timings.setupMs = performance.now() - setupStart;

  // Narrators are made as testimonies need them: most give one statement, some several.
  const narrators: PersonRef[] = [];
  const newNarrator = (): PersonRef => {
    const script = r.weighted<Script>([['latin', 70], ['cyrillic', 10], ['greek', 6], ['arabic', 8], ['hebrew', 6]]);
    const { name, latin } = personName(r, script);
    const consent = r.chance(0.45);
    const pseudonym = r.chance(0.18) ? r.pick([`Witness ${String.fromCharCode(65 + r.int(0, 25))}-${r.int(1, 400)}`, `A mother from ${r.pick(towns).name}`, `${name.split(' ')[0] ?? 'K'}.`]) : '';
    const t = performance.now();
    const p = call('people.create', {
      data: {
        name,
        otherNames: latin === name ? [] : [latin],
        pseudonym,
        community: r.chance(0.5) ? r.pick(towns).name : '',
        birthYear: r.chance(0.7) ? r.int(1920, 1995) : null,
        consentToBeNamed: consent,
      },
    });
    timings.peopleMs += performance.now() - t;
    const ref = { id: p.id, name, latin, script, shown: consent || pseudonym === '' ? name : pseudonym };
    narrators.push(ref);
    return ref;
  };
  const world = { towns, sites, people: narrators };

  const expected: Record<string, number> = {};
  const planted = QUERIES.filter((q) => q.expect);
  for (const q of planted) expected[q.id] = 0;
  const lengths: number[] = [];
  let withdrawn = 0;
  if (opts.corpusFile) writeFileSync(opts.corpusFile, '');

  for (let done = 0; done < count; done += batchSize) {
    const n = Math.min(batchSize, count - done);
    const items: TestimonyItem[] = [];
    const docs: Omit<CorpusDoc, 'id' | 'ref'>[] = [];
    const textStart = performance.now();
    for (let k = 0; k < n; k++) {
      const index = done + k;
      const themes = r.sample(THEMES, r.weighted([[1, 4], [2, 4], [3, 2]]));
      const main = themes[0] as Theme;
      const type = r.weighted<TestimonyType>([['written_statement', 35], ['audio', 30], ['video', 15], ['hearing_transcript', 20]]);
      const hearing = type === 'hearing_transcript' || r.chance(0.1) ? r.pick(hearings) : null;

      // People: one narrator (sometimes a family of two or three), a statement taker, an interpreter where needed.
      const tPeople = timings.peopleMs;
      const group = r.weighted([[1, 85], [2, 11], [3, 4]]);
      const tell: PersonRef[] = [];
      for (let g = 0; g < group; g++) {
        const again = narrators.length > 20 && r.chance(0.3) ? r.pickSkewed(narrators, 1.5) : null;
        tell.push(again && !tell.includes(again) ? again : newNarrator());
      }
      const officerNarrates = index === 7 || (main.key === 'policing' && r.chance(0.004));
      if (officerNarrates) tell.push(officerRef);
      const roles = tell.map((p) => (p === officerRef ? 'officer' : (r.pick(main.narratorRoles) as NarratorRole)));
      const interviewer = r.pick(interviewers);
      const firstTeller = tell[0] as PersonRef;
      const interpreter = firstTeller.script !== 'latin' || r.chance(0.05) ? r.pick(interpreters) : null;
      const links = [
        ...tell.map((p, i) => ({ personId: p.id, role: 'narrator' as const, narratorRole: roles[i] as NarratorRole })),
        ...(r.chance(0.85) ? [{ personId: interviewer.id, role: 'interviewer' as const }] : []),
        ...(interpreter ? [{ personId: interpreter.id, role: 'interpreter' as const }] : []),
      ];
      const peopleSpent = timings.peopleMs - tPeople;

      // Places and dates.
      const recordedAt = hearing ? hearing.town : r.pick(towns);
      const spokenAbout = r.sample([...towns, ...sites], r.weighted([[0, 1], [1, 4], [2, 3], [3, 2]]));
      const year = eventYear(r);
      const datesSpoken = Array.from({ length: r.weighted([[0, 2], [1, 4], [2, 3], [3, 1]]) }, () => flexDate(r, r.chance(0.6) ? year : eventYear(r)));
      const recordedYear = r.weighted([[r.int(1972, 1997), 1], [r.int(1998, 2024), 6]]);
      const dateRecorded = r.weighted([[`${recordedYear}-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`, 8], [`${recordedYear}-${pad2(r.int(1, 12))}`, 1], ['', 1]]);

      // Access and consent.
      const accessLevel = r.weighted<AccessLevel>([['public', 45], ['restricted', 38], ['confidential', 10], ['sealed', 7]]);
      const embargoUntil = accessLevel !== 'public' && r.chance(0.05) ? `${r.int(2030, 2060)}-01-01` : null;
      const naming = tell.every((p) => p.shown === p.name);
      const consent = {
        recording: r.chance(0.98),
        quoting: r.chance(0.7),
        naming,
        publicRelease: accessLevel === 'public' ? r.chance(0.85) : accessLevel === 'restricted' ? r.chance(0.3) : false,
        researchAccess: r.chance(0.8),
        archiveTransfer: r.chance(0.6),
        takenBy: interviewer.name,
        takenOn: /^\d{4}-\d\d-\d\d$/.test(dateRecorded) ? dateRecorded : '',
      };

      // Text.
      const ownTowns = [recordedAt.name, ...spokenAbout.filter((p) => towns.includes(p)).map((p) => p.name)];
      const fill = filler(r, world, { towns: ownTowns, year });
      const shown = firstTeller.shown;
      const titlePhrase = fill(r.pick(main.titles));
      const title = hearing && type === 'hearing_transcript' ? `${hearing.title}: testimony of ${shown}` : r.pick([`Statement of ${shown} on ${titlePhrase}`, `${cap(titlePhrase)}: testimony of ${shown}`, `${cap(titlePhrase)}`]);
      const summary = `${shown} speaks about ${themes.map((t) => t.label.toLowerCase()).join(' and ')}${spokenAbout[0] ? ` in ${spokenAbout[0].name}` : ''}. ${fill(r.pick(main.sentences))}`;
      const target = r.logNormal(median, 0.45, 500, 10_000);
      const speaker = upper(firstTeller.shown);
      const asker = upper(interviewer.name);
      const parts = [
        `[${type === 'audio' ? 'Audio recording' : type === 'video' ? 'Video recording' : type === 'hearing_transcript' ? 'Hearing transcript' : 'Written statement'} made at ${recordedAt.name}${dateRecorded ? `, ${dateRecorded}` : ''}. Present: ${tell.map((p) => p.shown).join(', ')}; ${interviewer.name} for the Commission${interpreter ? `; ${interpreter.name}, interpreter` : ''}.]`,
      ];
      let words = wordsOf(parts[0] ?? '');
      const plant: string[] = [];
      if (main.key === 'church_fires' || (themes.some((t) => t.key === 'church_fires') && r.chance(0.5))) if (r.chance(0.25)) plant.push(SENTENCE_BELL);
      if (themes.some((t) => t.key === 'policing') && r.chance(0.08)) plant.push(SENTENCE_SJAMBOK);
      if (themes.some((t) => t.key === 'policing' || t.key === 'incarceration') && r.chance(0.05)) plant.push(SENTENCE_OFFICER);
      while (words < target) {
        const question = `${asker}: ${fill(r.pick(QUESTIONS))}`;
        const answer: string[] = [];
        for (let s = r.int(3, 9); s > 0; s--) {
          const pool = r.chance(0.55) ? r.pick(themes).sentences : GENERAL_SENTENCES;
          answer.push(plant.length > 0 && r.chance(0.1) ? (plant.shift() as string) : fill(r.pick(pool)));
        }
        const paragraph = `${speaker}: ${answer.join(' ')}`;
        parts.push(question, paragraph);
        words += wordsOf(question) + wordsOf(paragraph);
      }
      if (plant.length > 0) parts.push(`${speaker}: ${plant.join(' ')}`);
      const transcript = parts.join('\n\n');
      lengths.push(wordsOf(transcript));

      const isWithdrawn = r.chance(0.005);
      const item: TestimonyItem = {
        title,
        summary,
        status: r.weighted([['draft', 25], ['catalogued', 45], ['reviewed', 30]] as const),
        type,
        languages: [r.pick(LANGUAGES[firstTeller.script]), ...(r.chance(0.1) ? ['English'] : [])].filter((l, i, a) => a.indexOf(l) === i),
        dateRecorded,
        placeRecordedId: recordedAt.id,
        placesSpokenAbout: spokenAbout.map((p) => p.id),
        datesSpokenAbout: datesSpoken,
        duration: type === 'audio' || type === 'video' ? `${r.int(0, 3)}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}` : null,
        extent: type === 'audio' ? `${r.int(1, 4)} audio cassettes` : type === 'written_statement' ? `${r.int(2, 30)} pages` : '',
        collection: 'Statements to the Commission',
        series: main.label,
        hearingId: hearing?.id ?? null,
        provenance: `Taken by ${interviewer.name}.`,
        transcript,
        accessLevel,
        embargoUntil,
        consent,
        contentWarnings: [...new Set(themes.flatMap((t) => t.warnings))],
        people: links,
        cataloguer: interviewer.name,
      };
      items.push(item);
      const byId = new Map([...tell, interviewer, ...(interpreter ? [interpreter] : [])].map((p) => [p.id, p]));
      const linked = links.map((l) => {
        const p = byId.get(l.personId) as PersonRef;
        return { name: p.latin === p.name ? p.name : `${p.name} ${p.latin}`, role: l.role, narratorRole: 'narratorRole' in l ? l.narratorRole : null };
      });
      const peopleText = linked.map((p) => p.name).join(' ; ');
      const placesText = [recordedAt.name, ...spokenAbout.map((p) => p.name)].join(' ; ');
      const dates = [dateRecorded, ...datesSpoken].map(range).filter((x): x is [string, string] => x !== null);
      docs.push({
        title,
        summary,
        transcript,
        people: linked,
        placeRecorded: recordedAt.name,
        placesSpokenAbout: spokenAbout.map((p) => p.name),
        dateRecorded,
        datesSpokenAbout: datesSpoken,
        meta: {
          type,
          accessLevel,
          date: range(dateRecorded)?.[0] ?? '',
          dates,
          narratorRoles: [...new Set(roles)],
          languages: item.languages ?? [],
          placeIds: [recordedAt.id, ...spokenAbout.map((p) => p.id)],
          hearingId: hearing?.id ?? null,
          withdrawn: isWithdrawn,
        },
      });
      if (!isWithdrawn) {
        const view = new DocView({ title, summary, transcript, people: peopleText, places: placesText });
        for (const q of planted) if (q.expect?.(view)) expected[q.id] = (expected[q.id] ?? 0) + 1;
      }
      timings.textMs -= peopleSpent;
    }
    timings.textMs += performance.now() - textStart;

    const t = performance.now();
    const created = call('testimonies.createMany', { items });
    timings.importMs += performance.now() - t;

    const tw = performance.now();
    docs.forEach((d, i) => {
      const rec = created[i];
      if (rec && d.meta.withdrawn) {
        call('testimonies.withdraw', { id: rec.id, reason: 'Withdrawn at the narrator’s request (benchmark data).' });
        withdrawn++;
      }
    });
    timings.withdrawMs += performance.now() - tw;
    if (opts.corpusFile) {
      const lines = docs.map((d, i) => {
        const rec = created[i];
        if (!rec) throw new Error('createMany returned fewer testimonies than it was given');
        return JSON.stringify({ id: rec.id, ref: rec.ref, ...d } satisfies CorpusDoc);
      });
      appendFileSync(opts.corpusFile, `${lines.join('\n')}\n`);
    }
    opts.progress?.(done + n, count);
  }

  const sorted = [...lengths].sort((a, b) => a - b);
  const total = lengths.reduce((s, n) => s + n, 0);
  return {
    testimonies: count,
    people: narrators.length + interviewers.length + interpreters.length + 1,
    places: 1 + REGIONS.length + counties.length + towns.length + sites.length,
    hearings: hearings.length,
    withdrawn,
    words: {
      total,
      min: sorted[0] ?? 0,
      median: sorted[Math.floor(sorted.length / 2)] ?? 0,
      mean: Math.round(total / Math.max(1, lengths.length)),
      p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      max: sorted[sorted.length - 1] ?? 0,
    },
    expected,
    timings,
  };
}
