import type { Database } from 'better-sqlite3';
import type { ArchiveExportFormat, ExportScope } from '../../../shared/api/exports';
import type { JobIO } from '../jobs/protocol';
import { writeBag } from './bagit/write';
import { writeCsvFolder } from './csvFolder';
import { writeDcFile } from './dublinCore';
import { writeJsonArchive } from './json/write';

/**
 * The archival exports of `exports.start` (CSV, Dublin Core, JSON, BagIt), each a writer the
 * 'archive-export' job calls with the database open read-only inside one read transaction (one
 * consistent moment of the archive). A writer fills `out` — a folder that exists and is empty, or
 * a file it creates — and returns in words what it wrote. Writers call each other: the bag puts the
 * CSV and Dublin Core exports in its data/ by calling them with another `out`.
 */

export interface ExportWriteInput {
  /** The archive's database, read-only, inside a read transaction the caller holds. */
  db: Database;
  /** The archive folder: stored files are under files/ab/cd/<sha256>. */
  archiveDir: string;
  /** The folder (made if missing) or the file to write. */
  out: string;
  /** public: only what the publish policy lets out, in its public form; full: everything. */
  scope: ExportScope;
  /** The testimonies chosen, or null for all of them (in the public scope, those publishable). */
  testimonyIds: string[] | null;
  /** When the export was asked for (ISO): the export's own date and the publish policy's day. */
  generatedAt: string;
  io: JobIO;
}

/** Writes one export and says what it wrote, in words. */
export type ExportWriter = (x: ExportWriteInput) => Promise<string> | string;

export interface ExportFormat {
  write: ExportWriter;
  /** A folder of files, or one file with the extension `ext`. */
  output: 'folder' | 'file';
  ext: '' | `.${string}`;
}

export const EXPORT_WRITERS: Record<ArchiveExportFormat, ExportFormat> = {
  csv: { write: writeCsvFolder, output: 'folder', ext: '' },
  dc: { write: writeDcFile, output: 'file', ext: '.xml' },
  json: { write: writeJsonArchive, output: 'folder', ext: '' },
  bagit: { write: writeBag, output: 'folder', ext: '' },
};
