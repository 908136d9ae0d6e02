import './styles.css';
import { catalogue, loadIndex, loadRecords } from './data';
import { h, replace } from './dom';
import { lead, NO_HIGHLIGHT, snippet } from '../../shared/query/lunrMatch';
import { href, parseRoute, type Route } from './routes';
import { runSearch } from '../../shared/query/lunrSearch';
import { headingFor, PAGE_SIZE, pager, recordView, resultItem, searchForm } from './views';
import type { CatalogueEntry } from '../../shared/query/lunrFormat';

/**
 * The reading room page: a classic script (built as an iife by scripts/build-reading-room.mjs)
 * that runs from file:// with no network. It shows the catalogue, searches the lunr index and
 * shows records, all addressed in the location hash.
 */

const app = document.getElementById('app');
const about = document.querySelector<HTMLElement>('.about');
const status = h('p', { class: 'visually-hidden', role: 'status' });
document.body.appendChild(status);

let renderId = 0;
let firstRender = true;

const go = (route: Route) => {
  location.hash = href(route);
};
const onSearch = (q: string) => go(q.trim() ? { view: 'search', q, page: 1 } : { view: 'home', page: 1 });

function say(message: string): void {
  status.textContent = message;
}

function problem(message: string): HTMLElement {
  return h('div', { class: 'notice', role: 'alert' }, h('p', null, message));
}

/** Focus moves to the new view's heading on every change but the first (screen readers follow). */
function settle(target: HTMLElement | null, announce: string): void {
  if (!firstRender && target) target.focus();
  firstRender = false;
  say(announce);
}

function showHome(root: HTMLElement, page: number): void {
  const entries = catalogue().records;
  const shown = entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const heading = h('h2', { id: 'all-title', tabindex: '-1' }, `All testimonies (${entries.length.toLocaleString('en')})`);
  replace(
    root,
    searchForm('', onSearch),
    h(
      'section',
      { 'aria-labelledby': 'all-title' },
      heading,
      entries.length === 0 ? h('p', null, 'No testimony of this archive was cleared for public release when the reading room was built.') : null,
      h('ol', { class: 'hits', start: (page - 1) * PAGE_SIZE + 1 }, shown.map((e) => resultItem(e, '', NO_HIGHLIGHT, null, 'h3'))),
      pager(entries.length, page, (p) => ({ view: 'home', page: p })),
    ),
  );
  settle(page > 1 ? heading : null, `${entries.length} testimonies`);
}

async function showSearch(root: HTMLElement, q: string, page: number, id: number): Promise<void> {
  replace(root, searchForm(q, onSearch), h('p', { class: 'loading' }, 'Searching…'));
  const index = await loadIndex();
  const entries = catalogue().records;
  const outcome = await runSearch(q, { index, entries, records: loadRecords });
  const byRef = new Map(entries.map((e) => [e.ref, e]));
  const shown = outcome.refs
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((ref) => byRef.get(ref))
    .filter((e): e is CatalogueEntry => !!e);
  const records = await loadRecords(shown);
  if (id !== renderId) return;
  const heading = h('h1', { id: 'results-title', tabindex: '-1' }, headingFor(outcome.refs.length, q));
  replace(
    root,
    searchForm(q, onSearch),
    h(
      'section',
      { class: 'results', 'aria-labelledby': 'results-title' },
      heading,
      outcome.hints.length ? h('ul', { class: 'hints' }, outcome.hints.map((m) => h('li', null, m))) : null,
      outcome.refs.length === 0
        ? h('p', null, 'Only the public testimonies of the archive are in this reading room. Try fewer words, the beginning of a word with *, or ', h('a', { href: '#/' }, 'browse all testimonies'), '.')
        : null,
      h(
        'ol',
        { class: 'hits', start: (page - 1) * PAGE_SIZE + 1 },
        shown.map((e) => {
          const r = records.get(e.ref);
          const body = r ? `${r.summary}\n\n${r.transcript}` : '';
          return resultItem(e, q, outcome.highlight, snippet(body, outcome.highlight) ?? lead(r?.summary || body), 'h2');
        }),
      ),
      pager(outcome.refs.length, page, (p) => ({ view: 'search', q, page: p })),
    ),
  );
  settle(heading, headingFor(outcome.refs.length, q));
}

async function showRecord(root: HTMLElement, ref: string, q: string, id: number): Promise<void> {
  const entry = catalogue().records.find((e) => e.ref === ref);
  if (!entry) {
    replace(root, problem(`There is no testimony ${ref} in this reading room.`), h('p', null, h('a', { href: '#/' }, 'All testimonies')));
    return settle(null, `There is no testimony ${ref} in this reading room.`);
  }
  const record = (await loadRecords([entry])).get(ref);
  const highlight = q ? (await runSearch(q, { index: await loadIndex(), entries: [entry], records: loadRecords })).highlight : NO_HIGHLIGHT;
  if (id !== renderId) return;
  if (!record) return replace(root, problem(`The file holding ${ref} is missing from the reading room folder.`));
  const { view } = recordView(record, q, highlight);
  replace(root, view);
  document.title = `${record.title} — ${catalogue().archiveName}`;
  settle(view.querySelector('h1'), record.title);
}

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  if (!route || !app) return;
  const id = ++renderId;
  if (about) about.hidden = route.view !== 'home' || route.page > 1;
  document.title = `${catalogue().archiveName} — Reading room`;
  try {
    if (route.view === 'home') showHome(app, route.page);
    else if (route.view === 'search') await showSearch(app, route.q, route.page, id);
    else await showRecord(app, route.ref, route.q, id);
  } catch (e) {
    if (id === renderId) replace(app, problem(e instanceof Error ? e.message : String(e)));
  }
}

/** In-page links (skip link, "go to the first match") move focus without touching the address. */
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('a') : null;
  const target = link?.getAttribute('href');
  if (!target?.startsWith('#') || target.startsWith('#/')) return;
  const el = document.getElementById(target.slice(1));
  if (!el) return;
  e.preventDefault();
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
});

window.addEventListener('hashchange', () => void render());
try {
  catalogue();
  void render();
  void loadIndex().catch(() => undefined);
} catch (e) {
  if (app) replace(app, problem(e instanceof Error ? e.message : String(e)));
}

