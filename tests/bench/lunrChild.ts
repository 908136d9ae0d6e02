/**
 * The lunr side of the search benchmark, run in its own process (with a larger heap) by
 * lunrBench.ts: build the reading room's index (shared/query/lunrIndex.ts) over the same corpus
 * the archive holds, serialize it, load it back as the reading room does, and time the fixed
 * queries through the reading room's own search (shared/query/lunrSearch.ts: the app's query
 * syntax on lunr, phrases checked in the text, dates on the catalogue), with what the app's search
 * call adds around it done in JavaScript: withdrawn and facet filters, facet counts, date sort, a
 * page, and the reading room's snippets for that page. Results go to a JSON file after every
 * phase, so a timeout or a crash still leaves the figures reached.
 *
 * Usage (normally by lunrBench.ts): node --import tsx tests/bench/lunrChild.ts job.json
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import lunr from 'lunr';
import type { CatalogueEntry, PublicRecord } from '../../shared/query/lunrFormat';
import { buildLunrIndex, type LunrDoc } from '../../shared/query/lunrIndex';
import { lead, snippet } from '../../shared/query/lunrMatch';
import { runSearch, type Env } from '../../shared/query/lunrSearch';
import type { CorpusDoc } from './generate';
import type { LunrJob, LunrQuery, LunrQueryResult, LunrResult } from './lunrTypes';
import { measureAsync, memory, ms, summarise } from './timing';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

type Meta = CorpusDoc['meta'] & { ref: string };

const decadeOf = (iso: string) => (iso ? `${iso.slice(0, 3)}0` : '');

function toRecord(d: CorpusDoc): PublicRecord {
  return {
    ref: d.ref,
    title: d.title,
    summary: d.summary,
    type: d.meta.type,
    languages: d.meta.languages,
    dateRecorded: d.dateRecorded,
    placeRecorded: d.placeRecorded,
    placesSpokenAbout: d.placesSpokenAbout,
    datesSpokenAbout: d.datesSpokenAbout,
    duration: null,
    extent: '',
    collection: '',
    series: '',
    hearing: null,
    provenance: '',
    contentWarnings: [],
    people: d.people,
    transcript: d.transcript,
    wordCount: 0,
  };
}

function toEntry(d: CorpusDoc): CatalogueEntry {
  return {
    ref: d.ref,
    title: d.title,
    dateRecorded: d.dateRecorded,
    type: d.meta.type,
    narrators: d.people.filter((p) => p.role === 'narrator').map((p) => p.name),
    people: d.people.map((p) => p.name),
    places: [d.placeRecorded, ...d.placesSpokenAbout],
    dates: d.meta.dates,
    shard: 0,
    wordCount: 0,
  };
}

const toLunrDoc = (d: CorpusDoc): LunrDoc => ({ id: d.ref, title: d.title, body: `${d.summary}\n\n${d.transcript}`, people: d.people.map((p) => p.name), places: [d.placeRecorded, ...d.placesSpokenAbout] });

/** What the app's search call does around the matching: withdrawn, facets, counts, sort, page. */
async function runQuery(env: Env, records: Map<string, PublicRecord>, q: LunrQuery, metas: Map<string, Meta>): Promise<{ total: number; shown: number }> {
  const { refs, highlight } = await runSearch(q.text, env);
  const matches = (m: Meta): boolean => {
    if (m.withdrawn) return false;
    for (const [facet, wanted] of Object.entries(q.filters)) {
      if (wanted.length === 0) continue;
      if (facet === 'decade' && !wanted.includes(decadeOf(m.date))) return false;
      if (facet === 'accessLevel' && !wanted.includes(m.accessLevel)) return false;
      if (facet === 'type' && !wanted.includes(m.type)) return false;
      if (facet === 'narratorRole' && !m.narratorRoles.some((r) => wanted.includes(r))) return false;
      if (facet === 'language' && !m.languages.some((l) => wanted.includes(l))) return false;
    }
    return true;
  };
  const hits: Meta[] = [];
  for (const ref of refs) {
    const meta = metas.get(ref);
    if (meta && matches(meta)) hits.push(meta);
  }
  const counts = new Map<string, Map<string, number>>();
  const bump = (facet: string, value: string) => {
    if (!value) return;
    let m = counts.get(facet);
    if (!m) counts.set(facet, (m = new Map<string, number>()));
    m.set(value, (m.get(value) ?? 0) + 1);
  };
  for (const meta of hits) {
    bump('accessLevel', meta.accessLevel);
    bump('type', meta.type);
    bump('decade', decadeOf(meta.date));
    bump('year', meta.date.slice(0, 4));
    bump('hearing', meta.hearingId ?? '');
    for (const r of meta.narratorRoles) bump('narratorRole', r);
    for (const l of meta.languages) bump('language', l);
    for (const p of new Set(meta.placeIds)) bump('place', p);
  }
  if (q.sort === 'date_asc' || q.sort === 'date_desc') {
    const dir = q.sort === 'date_asc' ? 1 : -1;
    hits.sort((a, b) => (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? -dir : dir));
  }
  const page = hits.slice(q.offset, q.offset + q.limit).map((h) => {
    const r = records.get(h.ref);
    const body = r ? `${r.summary}\n\n${r.transcript}` : '';
    return { ref: h.ref, date: h.date, snippet: snippet(body, highlight) ?? lead(r?.summary || body) };
  });
  return { total: hits.length, shown: page.length };
}

async function main(): Promise<void> {
  const jobFile = process.argv[2];
  if (!jobFile) throw new Error('usage: lunrChild.ts job.json');
  const job = JSON.parse(readFileSync(jobFile, 'utf8')) as LunrJob;
  const result: LunrResult = {
    phase: 'reading',
    lunrVersion: lunr.version,
    builder: 'buildLunrIndex (shared/query/lunrIndex.ts, Unicode pipeline)',
    searcher: 'runSearch (shared/query/lunrSearch.ts) and the reading room snippets (lunrMatch.ts)',
    documents: 0,
    corpusMB: Math.round(statSync(job.corpusFile).size / 1024 / 1024),
    heapLimitMB: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024),
    phaseStartedAt: Date.now(),
  };
  const save = (phase: LunrResult['phase']) => {
    if (result.phase !== phase) result.phaseStartedAt = Date.now();
    result.phase = phase;
    result.peak = memory();
    writeFileSync(job.outFile, JSON.stringify(result, null, 2));
  };
  const log = (m: string) => process.stdout.write(`  [lunr] ${m}\n`);

  let t = performance.now();
  const docs = readFileSync(job.corpusFile, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as CorpusDoc);
  const metas = new Map(docs.map((d) => [d.ref, { ...d.meta, ref: d.ref }]));
  const entries = docs.map(toEntry);
  const records = new Map(docs.map((d) => [d.ref, toRecord(d)]));
  result.documents = docs.length;
  result.readMs = performance.now() - t;
  gc();
  result.heapBeforeBuild = memory();
  save('building');

  log(`building the index of ${docs.length.toLocaleString('en')} documents…`);
  let peak = 0;
  let sampled = 0;
  const lunrDocs = docs.map(toLunrDoc);
  t = performance.now();
  let json: string | null = buildLunrIndex(lunrDocs, (done) => {
    if (done - sampled >= 250) {
      sampled = done;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  });
  result.buildMs = performance.now() - t;
  result.heapAfterBuild = memory();
  result.heapPeakSampledMB = Math.round(Math.max(peak, process.memoryUsage().heapUsed) / 1024 / 1024);
  // buildLunrIndex returns the index serialised (JSON), so the build time includes that.
  writeFileSync(job.indexFile, json);
  result.indexBytes = Buffer.byteLength(json);
  json = null;
  gc();
  save('loading');
  log(`built in ${((result.buildMs ?? 0) / 1000).toFixed(1)} s; index ${(result.indexBytes / 1024 / 1024).toFixed(0)} MB; loading it back…`);

  t = performance.now();
  const text = readFileSync(job.indexFile, 'utf8');
  const readMs = performance.now() - t;
  t = performance.now();
  const parsed = JSON.parse(text) as object;
  const parseMs = performance.now() - t;
  t = performance.now();
  const index = lunr.Index.load(parsed);
  const indexLoadMs = performance.now() - t;
  result.load = { readMs, parseMs, indexLoadMs, totalMs: readMs + parseMs + indexLoadMs, heapAfterLoad: memory() };

  // The reading room loads records from its data files; here they are already in memory.
  const env: Env = { index, entries, records: (want) => Promise.resolve(new Map(want.map((e) => [e.ref, records.get(e.ref) as PublicRecord]))) };
  save('querying');
  log(`loaded in ${((result.load.totalMs) / 1000).toFixed(1)} s; searching…`);

  const samples: number[] = [];
  result.queries = [];
  for (const q of job.queries) {
    const base = { id: q.id, q: q.text };
    try {
      const { samples: times, value } = await measureAsync(() => runQuery(env, records, q, metas), job.runs, job.queryBudgetMs);
      samples.push(...times);
      const latency = summarise(times);
      if (latency.p50 > 1000) log(`${q.id}: ${ms(latency.p50)} a search (${times.length} run${times.length === 1 ? '' : 's'})`);
      result.queries.push({ ...base, total: value.total, latency } satisfies LunrQueryResult);
      save('querying');
    } catch (e) {
      result.queries.push({ ...base, total: 0, latency: summarise([]), error: (e as Error).message });
    }
  }
  result.overall = summarise(samples);
  save('done');
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
