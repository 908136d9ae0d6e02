import type { ContentWarning, LinkRole, NarratorRole, TestimonyType } from '../model/enums';

/**
 * The reading room's data files: what the builder (electron/archive/exports/readingRoom) writes and
 * the page (renderer/reading-room) reads. Each is a classic script assigning one global, so the
 * folder opens from file:// with no fetch and no modules:
 *
 *   data/catalogue.js      window.TESSERA_CATALOGUE = Catalogue
 *   data/index.js          window.TESSERA_INDEX = serialised lunr index (refs are reference codes)
 *   data/records-NNNN.js   window.TESSERA_SHARDS[n] = PublicRecord[]
 */

export const DATA_GLOBALS = { catalogue: 'TESSERA_CATALOGUE', index: 'TESSERA_INDEX', shards: 'TESSERA_SHARDS' } as const;

export const shardFile = (n: number): string => `data/records-${String(n).padStart(4, '0')}.js`;

/** A person as the public may see them: the public name (a pseudonym without consent). */
export interface PublicPerson {
  name: string;
  role: LinkRole;
  narratorRole: NarratorRole | null;
}

/** A testimony in its public form (electron/archive/publish/publicTestimony.ts makes it). */
export interface PublicRecord {
  ref: string;
  title: string;
  summary: string;
  type: TestimonyType;
  languages: string[];
  dateRecorded: string;
  placeRecorded: string | null;
  placesSpokenAbout: string[];
  datesSpokenAbout: string[];
  duration: string | null;
  extent: string;
  collection: string;
  series: string;
  hearing: string | null;
  provenance: string;
  contentWarnings: ContentWarning[];
  people: PublicPerson[];
  transcript: string;
  wordCount: number;
}

/** One line of the catalogue: enough to list, filter by date and find the record's shard. */
export interface CatalogueEntry {
  ref: string;
  title: string;
  dateRecorded: string;
  type: TestimonyType;
  /** Public names of the narrators, in order. */
  narrators: string[];
  people: string[];
  places: string[];
  /** [start, end] ISO days of the date recorded and the dates spoken about. */
  dates: [string, string][];
  /** Which data/records-NNNN.js holds the full record. */
  shard: number;
  wordCount: number;
}

export interface Catalogue {
  archiveName: string;
  /** When the reading room was built (ISO timestamp). */
  builtAt: string;
  /** The day the publish policy was applied (embargoes ending on or before it are included). */
  publishDay: string;
  records: CatalogueEntry[];
}
