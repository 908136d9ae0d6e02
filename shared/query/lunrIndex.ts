import lunr from 'lunr';
import { configureBuilder } from './lunrPipeline';

/** One document of a lunr index: a testimony in its public form, reduced to searchable text. */
export interface LunrDoc {
  /** The document's ref in the index (the reading room uses the reference code). */
  id: string;
  title: string;
  /** Summary and transcript. */
  body: string;
  /** Names as they may be shown (public names in a reading room): a list, or one text. */
  people: readonly string[] | string;
  places: readonly string[] | string;
}

/** Called after each document is added: (documents added, documents in all). */
export type LunrProgress = (done: number, total: number) => void;

/**
 * Builds a lunr index with the shared Unicode-aware pipeline and returns it serialised as JSON,
 * ready for `lunr.Index.load(JSON.parse(json))` in a browser that imported lunrPipeline.ts.
 * Pure: no Node, no DOM; the reading room's worker and the benchmark both call it.
 */
export function buildLunrIndex(docs: readonly LunrDoc[], onProgress?: LunrProgress): string {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  const total = docs.length;
  docs.forEach((doc, i) => {
    builder.add(doc);
    onProgress?.(i + 1, total);
  });
  return JSON.stringify(builder.build());
}
