import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFlexDate } from '../../../../shared/model/flexDate';
import { buildLunrIndex, type LunrDoc } from '../../../../shared/query/lunrIndex';
import { DATA_GLOBALS, type Catalogue, type CatalogueEntry, type PublicRecord } from '../../../../shared/query/lunrFormat';
import { openReadOnly } from '../../db/readOnly';
import type { JobIO, JobKinds } from '../../jobs/protocol';
import { publishableIds, today } from '../../publish/policy';
import { createPublicForm, nameFacts } from '../../publish/publicTestimony';
import { readRedactions } from '../../publish/redact';
import { readSettings } from '../../settings/settings';
import { getTestimony } from '../../testimonies/queries';
import { PAGE_SCRIPT, PAGE_STYLES, readingRoomAssetsDir } from './assets';
import { indexHtml, plural, readme } from './html';
import { ShardWriter } from './shards';

/**
 * The reading room job, run in a worker thread: read the publishable testimonies in their public
 * form (one read transaction, so the export is one consistent moment of the archive), write them
 * in shards, build the lunr index with the shared pipeline, and write the page. Everything goes
 * into `workDir`; the job runner renames it to the destination when this returns.
 */

export const STEPS = {
  prepare: 'Preparing the page',
  read: 'Reading the public testimonies',
  index: 'Indexing the testimonies',
  write: 'Writing the reading room',
} as const;

/** [start, end] days of a flexible date, or null when it has none. */
function span(text: string): [string, string] | null {
  const d = parseFlexDate(text);
  if (!d.ok || d.value.start === null) return null;
  return [d.value.start, d.value.end ?? d.value.start];
}

const placesOf = (r: PublicRecord) => [...new Set([r.placeRecorded, ...r.placesSpokenAbout].filter((p): p is string => !!p))];

function catalogueEntry(r: PublicRecord, shard: number): CatalogueEntry {
  return {
    ref: r.ref,
    title: r.title,
    dateRecorded: r.dateRecorded,
    type: r.type,
    narrators: r.people.filter((p) => p.role === 'narrator').map((p) => p.name),
    people: r.people.map((p) => p.name),
    places: placesOf(r),
    dates: [r.dateRecorded, ...r.datesSpokenAbout].map(span).filter((s): s is [string, string] => s !== null),
    shard,
    wordCount: r.wordCount,
  };
}

function lunrDoc(r: PublicRecord): LunrDoc {
  return { id: r.ref, title: r.title, body: `${r.summary}\n\n${r.transcript}`, people: r.people.map((p) => p.name), places: placesOf(r) };
}

const assign = (name: string, value: unknown) => `window.${name} = ${JSON.stringify(value)};\n`;

export interface ReadingRoomOptions {
  /** Records per data file are cut at about this size (UTF-16 units of JSON). */
  shardChars?: number;
}

export function buildReadingRoom(p: JobKinds['reading-room'], io: JobIO, opts: ReadingRoomOptions = {}): { summary: string } {
  io.progress(STEPS.prepare);
  const assets = readingRoomAssetsDir();
  mkdirSync(path.join(p.workDir, 'assets'), { recursive: true });
  mkdirSync(path.join(p.workDir, 'data'), { recursive: true });
  for (const f of [PAGE_SCRIPT, PAGE_STYLES]) copyFileSync(path.join(assets, f), path.join(p.workDir, 'assets', f));

  const publishDay = today(new Date(p.builtAt));
  const shards = new ShardWriter(p.workDir, opts.shardChars);
  const entries: CatalogueEntry[] = [];
  const docs: LunrDoc[] = [];
  const db = openReadOnly(p.dbFile);
  let archiveName: string;
  try {
    ({ archiveName } = db
      .transaction(() => {
        const ids = publishableIds(db, publishDay);
        const toPublic = createPublicForm(nameFacts(db), readRedactions(db), publishDay);
        io.progress(STEPS.read, 0, ids.length);
        ids.forEach((id, i) => {
          const record = toPublic(getTestimony(db, { id }));
          entries.push(catalogueEntry(record, shards.add(record)));
          docs.push(lunrDoc(record));
          io.progress(STEPS.read, i + 1, ids.length);
        });
        return readSettings(db);
      })
      .deferred());
  } finally {
    db.close();
  }
  shards.close();

  io.progress(STEPS.index, 0, docs.length);
  const index = buildLunrIndex(docs, (done, total) => io.progress(STEPS.index, done, total));

  io.progress(STEPS.write, 0, 1);
  const catalogue: Catalogue = { archiveName, builtAt: p.builtAt, publishDay, records: entries };
  writeFileSync(path.join(p.workDir, 'data', 'index.js'), `window.${DATA_GLOBALS.index} = ${index};\n`);
  writeFileSync(path.join(p.workDir, 'data', 'catalogue.js'), assign(DATA_GLOBALS.catalogue, catalogue));
  writeFileSync(path.join(p.workDir, 'index.html'), indexHtml(catalogue));
  writeFileSync(path.join(p.workDir, 'README.txt'), readme(catalogue));
  io.progress(STEPS.write, 1, 1);
  return { summary: `${plural(entries.length, 'public testimony', 'public testimonies')}, searchable offline. Open index.html in any browser.` };
}
