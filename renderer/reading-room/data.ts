import lunr from 'lunr';
import '../../shared/query/lunrPipeline';
import { DATA_GLOBALS, shardFile, type Catalogue, type CatalogueEntry, type PublicRecord } from '../../shared/query/lunrFormat';

/**
 * The reading room's data, read from the classic scripts in data/ (no fetch: the page opens from
 * file://). The catalogue is loaded by index.html; the index and the record files are added as
 * script elements when first needed.
 */

declare global {
  interface Window {
    [DATA_GLOBALS.catalogue]?: Catalogue;
    [DATA_GLOBALS.index]?: object;
    [DATA_GLOBALS.shards]?: Record<number, PublicRecord[]>;
  }
}

const loading = new Map<string, Promise<void>>();

function loadScript(src: string): Promise<void> {
  let p = loading.get(src);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`${src} is missing from the reading room folder.`));
      document.head.appendChild(s);
    });
    loading.set(src, p);
    p.catch(() => loading.delete(src));
  }
  return p;
}

export function catalogue(): Catalogue {
  const c = window[DATA_GLOBALS.catalogue];
  if (!c) throw new Error('data/catalogue.js is missing from the reading room folder.');
  return c;
}

let index: Promise<lunr.Index> | null = null;

/** The search index, loaded once (lunrPipeline registered the functions it names). */
export function loadIndex(): Promise<lunr.Index> {
  index ??= loadScript('data/index.js').then(() => {
    const data = window[DATA_GLOBALS.index];
    if (!data) throw new Error('data/index.js does not hold a search index.');
    return lunr.Index.load(data);
  });
  index.catch(() => (index = null));
  return index;
}

/** Full records for the given catalogue entries, loading the files that hold them. */
export async function loadRecords(entries: readonly CatalogueEntry[]): Promise<Map<string, PublicRecord>> {
  const shards = [...new Set(entries.map((e) => e.shard))];
  await Promise.all(shards.map((n) => loadScript(shardFile(n))));
  const all = window[DATA_GLOBALS.shards] ?? {};
  const wanted = new Set(entries.map((e) => e.ref));
  const out = new Map<string, PublicRecord>();
  for (const n of shards) for (const r of all[n] ?? []) if (wanted.has(r.ref)) out.set(r.ref, r);
  return out;
}
