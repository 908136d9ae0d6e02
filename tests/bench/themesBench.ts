/**
 * Themes at scale: code the generated archive through the router as cataloguers would (a whole-
 * testimony theme on half the testimonies, three coded passages on each, one or two themes a
 * passage, skewed towards a few popular themes), then time what the Themes pages and coding ask for.
 */
import type { BenchClient } from './client';
import type { ListResult } from './listBench';
import { createRandom } from './random';
import { measure, summarise } from './timing';

export interface ThemesBenchResult {
  passages: number;
  tags: number;
  /** Wall time of all coding.code and coding.tag calls, and per call. */
  codingMs: number;
  perCodeMs: number;
  cases: ListResult[];
}

/** A span of about `length` characters that starts and ends at spaces. */
function spanIn(text: string, at: number, length: number): { start: number; end: number } | null {
  const start = text.indexOf(' ', at) + 1;
  if (start <= 0) return null;
  const end = text.indexOf(' ', start + length);
  if (end <= start) return null;
  return { start, end };
}

export function runThemesBench(client: BenchClient, runs: number, seed: number, progress: (done: number, total: number) => void): ThemesBenchResult {
  const { call } = client;
  const random = createRandom(seed);
  const themes = call('themes.tree', {}).items;
  const leaves = themes.filter((t) => !themes.some((c) => c.parentId === t.id));
  if (leaves.length === 0) throw new Error('the archive has no themes to code with');
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = call('testimonies.list', { limit: 500, offset });
    ids.push(...page.items.map((t) => t.id));
    if (page.items.length < 500) break;
  }
  let passages = 0;
  let tags = 0;
  let codingMs = 0;
  const coded: string[] = [];
  ids.forEach((id, i) => {
    const t = call('testimonies.get', { id });
    const started = performance.now();
    if (random.chance(0.5)) {
      call('coding.tag', { testimonyId: id, themeId: random.pickSkewed(leaves).id });
      tags += 1;
    }
    let at = 0;
    for (let k = 0; k < 3; k += 1) {
      at += random.int(50, Math.max(60, Math.floor(t.transcript.length / 4)));
      const span = spanIn(t.transcript, at, random.int(80, 600));
      if (!span) break;
      const themeIds = [...new Set([random.pickSkewed(leaves).id, ...(random.chance(0.4) ? [random.pick(leaves).id] : [])])];
      call('coding.code', { testimonyId: id, range: { ...span, quote: t.transcript.slice(span.start, span.end) }, data: { themeIds } });
      passages += 1;
      at = span.end;
    }
    codingMs += performance.now() - started;
    if (passages > 0 && coded.length < runs + 1) coded.push(id);
    if ((i + 1) % 1000 === 0 || i + 1 === ids.length) progress(i + 1, ids.length);
  });

  const top = themes.find((t) => t.parentId === null && t.counts.passages > 0) ?? themes[0];
  const popular = [...themes].sort((a, b) => b.counts.passages - a.counts.passages)[0];
  if (!top || !popular) throw new Error('no themes');
  let edit = 0;
  const cases: [string, () => unknown, number?][] = [
    ['themes.tree (the Themes page)', () => call('themes.tree', {})],
    ['themes.get, a top-level theme', () => call('themes.get', { id: top.id })],
    ['themes.passages, top-level, page 1', () => call('themes.passages', { id: top.id, limit: 50 })],
    ['themes.overview, no filters', () => call('themes.overview', {})],
    ['themes.overview, survivors, 1960–1979', () => call('themes.overview', { filters: { narratorRoles: ['survivor'], dateFrom: '1960', dateTo: '1979' } })],
    ['coding.get, one testimony', () => call('coding.get', { testimonyId: coded[0] ?? '' })],
    ['search.query, theme facet chosen', () => call('search.query', { q: '', filters: { theme: [popular.id] }, limit: 50 })],
    [
      'testimonies.update, a word added (re-anchors codes)',
      () => {
        const id = coded[edit++ % coded.length] ?? '';
        const t = call('testimonies.get', { id });
        // A testimony as shown has every field of the input; the contract ignores the rest.
        return call('testimonies.update', { id, expectedVersion: t.version, data: { ...t, transcript: `Note. ${t.transcript}` } });
      },
    ],
    ['themes.exportPassages, all (CSV)', () => call('themes.exportPassages', {}), 3],
  ];
  return {
    passages,
    tags,
    codingMs,
    perCodeMs: codingMs / Math.max(1, passages + tags),
    cases: cases.map(([name, fn, n]) => ({ name, latency: summarise(measure(fn, n ?? runs).samples) })),
  };
}
