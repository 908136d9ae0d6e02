import { label } from '../../shared/model/enums';
import type { CatalogueEntry, PublicRecord } from '../../shared/query/lunrFormat';
import { h, type Child } from './dom';
import { matchSpans, segments, type Highlight, type Segment } from '../../shared/query/lunrMatch';
import { href, type Route } from './routes';

/** The reading room's views, built as elements (text always as text nodes). */

export const PAGE_SIZE = 20;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The search as typed, in quotation marks unless it brings its own. */
export const quoted = (q: string) => (q.includes('"') ? q.trim() : `“${q.trim()}”`);

export function marked(parts: readonly Segment[]): Child[] {
  return parts.map((s) => (s.mark ? h('mark', null, s.text) : s.text));
}

export function searchForm(q: string, onSearch: (q: string) => void): HTMLFormElement {
  const input = h('input', { id: 'q', name: 'q', type: 'search', value: q, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'search-tip' });
  const form = h(
    'form',
    { class: 'search', role: 'search', 'aria-label': 'Search the testimonies' },
    h('label', { for: 'q', class: 'search-label' }, 'Search the testimonies'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit' }, 'Search')),
    h('p', { id: 'search-tip', class: 'search-tip' }, 'Words in any language; every word must appear. Accents do not matter: nandu finds Ñandú.'),
    h(
      'details',
      { class: 'search-help' },
      h('summary', null, 'How to search'),
      h(
        'ul',
        null,
        h('li', null, h('code', null, 'church fire'), ' — testimonies with both words'),
        h('li', null, h('code', null, '"church fire"'), ' — the exact phrase'),
        h('li', null, h('code', null, 'burn*'), ' — words starting with burn (burned, burning)'),
        h('li', null, h('code', null, 'fire -church'), ' — fire, but not church'),
        h('li', null, h('code', null, 'fire OR flood'), ' — either word'),
        h('li', null, h('code', null, 'title:farm'), ', ', h('code', null, 'person:Whitfield'), ', ', h('code', null, 'place:Stoneford'), ' — only in the title, the people or the places'),
        h('li', null, h('code', null, 'date:1950..1959'), ' — recorded or spoken about in those years'),
      ),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSearch(input.value);
  });
  return form;
}

function entryMeta(e: CatalogueEntry): string {
  return [e.ref, e.dateRecorded, label(e.type), e.narrators.length ? `Narrated by ${e.narrators.join(', ')}` : ''].filter(Boolean).join(' · ');
}

/** One testimony in a list; `level` is its heading's level under the list's own heading. */
export function resultItem(e: CatalogueEntry, q: string, hl: Highlight, text: Segment[] | null, level: 'h2' | 'h3'): HTMLLIElement {
  const title = segments(e.title, matchSpans(e.title, hl));
  return h(
    'li',
    { class: 'hit' },
    h(level, { class: 'hit-title' }, h('a', { href: href({ view: 'record', ref: e.ref, q }) }, marked(title))),
    h('p', { class: 'hit-meta' }, entryMeta(e)),
    text ? h('p', { class: 'hit-snippet' }, marked(text)) : null,
  );
}

export function pager(total: number, page: number, to: (page: number) => Route): HTMLElement | null {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('a', { href: href(to(page - 1)), rel: 'prev' }, '← Previous') : h('span', { class: 'pager-off' }, '← Previous'),
    h('span', { class: 'pager-at' }, `Page ${page} of ${pages}`),
    page < pages ? h('a', { href: href(to(page + 1)), rel: 'next' }, 'Next →') : h('span', { class: 'pager-off' }, 'Next →'),
  );
}

export function headingFor(total: number, q: string): string {
  return total === 0 ? `No testimony matches ${quoted(q)}` : `${count(total, 'testimony matches', 'testimonies match')} ${quoted(q)}`;
}

function fact(term: string, value: Child | Child[] | null | undefined): HTMLElement[] {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
  return [h('dt', null, term), h('dd', null, ...(Array.isArray(value) ? value : [value]))];
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function personLine(p: PublicRecord['people'][number]): string {
  const role = p.role === 'narrator' && p.narratorRole ? `${label(p.role)}, ${label(p.narratorRole).toLowerCase()}` : label(p.role);
  return `${p.name} — ${role}`;
}

/** The record page: facts, content warnings, summary and transcript, matches marked. */
export function recordView(r: PublicRecord, q: string, hl: Highlight): { view: HTMLElement; matches: number } {
  let matches = 0;
  const mark = (text: string): Child[] => {
    const spans = matchSpans(text, hl);
    matches += spans.length;
    return marked(segments(text, spans));
  };
  const paragraphs = r.transcript
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const title = mark(r.title);
  const summary = r.summary ? mark(r.summary) : null;
  const transcript = paragraphs.map((p) => h('p', null, mark(p)));
  const back = q ? h('a', { href: href({ view: 'search', q, page: 1 }), class: 'back' }, `← Back to the results for ${quoted(q)}`) : h('a', { href: '#/', class: 'back' }, '← All testimonies');
  const view = h(
    'article',
    { class: 'record', 'aria-labelledby': 'record-title' },
    h('p', null, back),
    h('h1', { id: 'record-title', tabindex: '-1' }, title),
    q && matches > 0 ? h('p', { class: 'record-matches' }, `${count(matches, 'match', 'matches')} for ${quoted(q)} ${matches === 1 ? 'is' : 'are'} marked. `, h('a', { href: '#first-match', class: 'to-match' }, 'Go to the first match')) : null,
    r.contentWarnings.length ? h('p', { class: 'warning' }, h('strong', null, 'Content warning: '), r.contentWarnings.map((w) => label(w).toLowerCase()).join(', '), '.') : null,
    h(
      'dl',
      { class: 'facts' },
      fact('Reference', r.ref),
      fact('Type', label(r.type)),
      fact('Recorded', r.dateRecorded),
      fact('Place recorded', r.placeRecorded),
      fact('People', r.people.length ? h('ul', { class: 'plain' }, r.people.map((p) => h('li', null, personLine(p)))) : null),
      fact('Places spoken about', r.placesSpokenAbout.join(', ')),
      fact('Dates spoken about', r.datesSpokenAbout.join(', ')),
      fact('Languages', r.languages.map(languageName).join(', ')),
      fact('Duration', r.duration),
      fact('Extent', r.extent),
      fact('Collection', [r.collection, r.series].filter(Boolean).join(' / ')),
      fact('Hearing', r.hearing),
      fact('Provenance', r.provenance),
    ),
    summary ? h('section', { 'aria-labelledby': 'summary-title' }, h('h2', { id: 'summary-title' }, 'Summary'), h('p', null, summary)) : null,
    h(
      'section',
      { class: 'transcript', 'aria-labelledby': 'transcript-title' },
      h('h2', { id: 'transcript-title' }, 'Transcript'),
      transcript.length ? transcript : h('p', { class: 'muted' }, 'This testimony has no transcript in the reading room.'),
    ),
  );
  const first = view.querySelector('mark');
  if (first) first.id = 'first-match';
  return { view, matches };
}
