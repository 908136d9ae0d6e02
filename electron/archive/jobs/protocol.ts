/**
 * What passes between the job runner (main thread) and a job's worker thread. The worker gets its
 * task in `workerData` and answers with progress messages, then exactly one `done` or `failed`.
 */

import type { BackupParams } from '../backup/write';
import type { ImportParams } from '../imports/task';
import type { ArchiveImportParams } from '../archiveJson/task';
import type { ArchiveExportFormat, ExportScope } from '../../../shared/api/exports';

/** The kinds of work a worker can do, with what each needs. */
export interface JobKinds {
  'reading-room': {
    /** The archive's database file, opened read-only by the worker. */
    dbFile: string;
    /** An empty folder the worker fills; the runner renames it into place when the job is done. */
    workDir: string;
    /** Where the folder will end up, for the words shown to the reader. */
    finalDir: string;
    /** When the export was asked for (ISO); shown on the reading room's first page. */
    builtAt: string;
  };
  /** A marker record sheet or the register of markers, as a PDF (markers/print/job.ts). */
  'marker-pdf': {
    dbFile: string;
    /** The archive folder: its photos are read from files/ab/cd/<sha256>. */
    archiveDir: string;
    document: 'sheet' | 'register';
    /** The markers to print, in order (one for a sheet). */
    markerIds: string[];
    edition: 'public' | 'confidential';
    /** A hidden file beside the destination; the runner renames it when the job is done. */
    workFile: string;
    /** When the PDF was asked for (ISO): its creation date and "Generated" line. */
    generatedAt: string;
    /** What the filter kept, in words, for the register's cover ("" for all markers). */
    selection: string;
  };
  /** The final report, in one edition (reports/pdf/job.ts). */
  'report-pdf': {
    dbFile: string;
    archiveDir: string;
    reportId: string;
    edition: 'public' | 'confidential';
    workFile: string;
    /** When the PDF was asked for (ISO): its creation date, "Generated" line and the publish policy's day. */
    generatedAt: string;
  };
  /** The recommendation status report (recommendations/print/job.ts). */
  'recommendations-pdf': {
    dbFile: string;
    /** The recommendations to print, in number order. */
    recommendationIds: string[];
    workFile: string;
    generatedAt: string;
    /** What the filter kept, in words, for the cover ("" for all recommendations). */
    selection: string;
  };
  /** Verifying the archive (preservation/verifyTask.ts); the runner's onEnd records the outcome. */
  verify: {
    dbFile: string;
    archiveDir: string;
  };
  /** The preservation events as PREMIS 3 XML (preservation/premisTask.ts). */
  'premis-xml': {
    dbFile: string;
    workFile: string;
    /** When the file was asked for (ISO): the file's own date. */
    generatedAt: string;
  };
  /** A verified backup of the archive (backup/write.ts); the runner renames its folder into backups/. */
  backup: BackupParams;
  /** An archival export: CSV, Dublin Core, JSON or BagIt (exports/archiveExportTask.ts, exports/formats.ts). */
  'archive-export': {
    dbFile: string;
    archiveDir: string;
    format: ArchiveExportFormat;
    scope: ExportScope;
    /** The chosen testimonies, or null for all of them. */
    testimonyIds: string[] | null;
    /** A hidden folder or file beside the destination; the runner renames it when the job is done. */
    workPath: string;
    /** When the export was asked for (ISO): the export's date and the publish policy's day. */
    generatedAt: string;
  };
  /** Importing CSV files, transcripts and attachments (imports/task.ts), writing through its own router. */
  import: ImportParams;
  /** Loading a JSON archive export into an empty archive (archiveJson/task.ts), through its own router. */
  'archive-import': ArchiveImportParams;
}
export type JobKind = keyof JobKinds;

export interface WorkerInput<K extends JobKind = JobKind> {
  /** The worker module to load (source mode: bootstrap.mjs loads it through tsx). */
  entry: string;
  kind: K;
  params: JobKinds[K];
}

export type WorkerMessage =
  | { type: 'progress'; step: string; done: number; total: number }
  /** `data`: what a task hands back to the main thread besides its words (a verification's checks). */
  | { type: 'done'; summary: string; data?: unknown }
  | { type: 'failed'; error: string };

/** What a task is given to report progress. `done` of `total` items in the named step. */
export interface JobIO {
  progress(step: string, done?: number, total?: number): void;
}

/** A task: does the work in the worker and says, in words, what it produced. */
export type Task<K extends JobKind> = (params: JobKinds[K], io: JobIO) => Promise<TaskResult> | TaskResult;
export interface TaskResult {
  summary: string;
  data?: unknown;
}
