/**
 * The fixed query set, as a person types it in Tessera's search box. Both sides read the same
 * text: the app's `search.query` and the reading room's lunr search share the syntax
 * (shared/query/parse.ts). Where the archive's generator planted a word or phrase, `expect` says
 * which documents must match, so the benchmark also checks the answers.
 */
import type { Facet } from '../../shared/api/search';
import { foldText } from '../../shared/model/text';

/** A testimony as the generator wrote it, for counting the expected hits. */
export interface DocText {
  title: string;
  summary: string;
  transcript: string;
  people: string;
  places: string;
}

/** Lazily folded (case and Latin diacritics) words of each field. */
export class DocView {
  private cache = new Map<string, Set<string>>();
  private foldedAll: string | null = null;
  constructor(private readonly doc: DocText) {}

  all(): string {
    this.foldedAll ??= foldText([this.doc.title, this.doc.summary, this.doc.transcript, this.doc.people, this.doc.places].join('\n'));
    return this.foldedAll;
  }

  words(field: keyof DocText | 'all'): Set<string> {
    let set = this.cache.get(field);
    if (!set) {
      const text = field === 'all' ? this.all() : foldText(this.doc[field]);
      set = new Set(text.split(/[^\p{L}\p{N}]+/u));
      this.cache.set(field, set);
    }
    return set;
  }
}

export type FacetSelection = Partial<Record<Facet, string[]>>;

export type SearchSort = 'relevance' | 'date_asc' | 'date_desc' | 'ref';

export interface BenchQuery {
  id: string;
  /** What kind of search it stands for, for the table. */
  kind: string;
  q: string;
  /**
   * Facet selections. Enumerated facets are given as values; `decade` is given as a year
   * ("1960") and matched to whichever value the engine's facet list uses for that decade.
   */
  filters?: FacetSelection;
  sort?: SearchSort;
  offset?: number;
  /** 'public': what a public output may show (the publish policy, redactions, withheld names). */
  scope?: 'full' | 'public';
  /** Which documents the search must find (withdrawn ones are excluded by the engine). */
  expect?: (d: DocView) => boolean;
}

const has = (field: keyof DocText | 'all', word: string) => (d: DocView) => d.words(field).has(word);

export const QUERIES: readonly BenchQuery[] = [
  { id: 'word-common', kind: 'single word (in most documents)', q: 'police' },
  { id: 'word-theme', kind: 'single word (one theme)', q: 'lynching' },
  { id: 'word-rare', kind: 'single word (planted, rare)', q: 'sjambok', expect: has('all', 'sjambok') },
  { id: 'word-diacritics', kind: 'diacritics folded (Ñandú)', q: 'nandu', expect: has('all', 'nandu') },
  { id: 'word-cyrillic', kind: 'Cyrillic name', q: 'Мирошниченко', expect: has('all', 'мирошниченко') },
  { id: 'word-greek', kind: 'Greek name', q: 'Παπαδόπουλος' },
  { id: 'word-arabic', kind: 'Arabic name', q: 'الحسيني', expect: has('all', 'الحسيني') },
  { id: 'word-hebrew', kind: 'Hebrew name', q: 'אלמוג', expect: has('all', 'אלמוג') },
  { id: 'two-words', kind: 'two words (both)', q: 'church fire' },
  { id: 'two-words-rarer', kind: 'two words (both, rarer)', q: 'deputies courthouse' },
  {
    id: 'phrase-planted',
    kind: 'phrase (planted)',
    q: '"the bell stopped ringing"',
    expect: (d) => d.all().includes('the bell stopped ringing'),
  },
  { id: 'phrase-common', kind: 'phrase (common words)', q: '"the police came"' },
  { id: 'prefix', kind: 'prefix', q: 'incarcer*' },
  { id: 'prefix-short', kind: 'prefix (2 letters)', q: 'po*' },
  { id: 'prefix-name', kind: 'prefix (a name)', q: 'blake*' },
  { id: 'or', kind: 'OR', q: 'lynching OR disappearance' },
  { id: 'exclusion', kind: 'exclusion', q: 'police -prison' },
  { id: 'field-person', kind: 'field filter person:', q: 'person:blakemoor', expect: has('people', 'blakemoor') },
  { id: 'field-place', kind: 'field filter place:', q: 'place:nandu', expect: has('places', 'nandu') },
  { id: 'field-title', kind: 'field filter title:', q: 'title:hearing' },
  { id: 'date-range-word', kind: 'word + date range', q: 'church date:1960..1969' },
  { id: 'date-only', kind: 'date alone', q: 'date:1963' },
  { id: 'facet-access', kind: 'word + facet (access: public)', q: 'police', filters: { accessLevel: ['public'] } },
  { id: 'facet-decade', kind: 'word + facet (decade)', q: 'fire', filters: { decade: ['2000'] } },
  {
    id: 'facet-multi',
    kind: 'word + 3 facets',
    q: 'school',
    filters: { type: ['audio', 'video'], narratorRole: ['survivor'], accessLevel: ['public', 'restricted'] },
  },
  { id: 'sort-date', kind: 'word, sorted by date', q: 'police', sort: 'date_desc' },
  { id: 'browse-date', kind: 'no words, sorted by date', q: '', sort: 'date_asc' },
  { id: 'browse', kind: 'no words (all, facet counts)', q: '' },
  { id: 'page-6', kind: 'word, 6th page of 50', q: 'police', offset: 250 },
  { id: 'public-word', kind: 'word, public scope', q: 'police', scope: 'public' },
  { id: 'public-name', kind: 'a surname, public scope (withheld-name re-check)', q: 'cohen', scope: 'public' },
  { id: 'full-name', kind: 'the same surname, full scope', q: 'cohen' },
];
