import type { HandlersOf } from '../handlers';
import { applyBatch } from './apply';
import { readReport } from './report';
import { previewCsv, startImport } from './start';

/** The imports.* methods of the contract (imports.archive is the JSON archive's, archiveJson/). */
export const importHandlers: HandlersOf<'imports.csvPreview' | 'imports.start' | 'imports.report' | 'imports.applyBatch'> = {
  'imports.csvPreview': (ctx, i) => previewCsv(ctx, i),
  'imports.start': (ctx, i) => startImport(ctx, i),
  'imports.report': (ctx, i) => readReport(ctx, i.jobId),
  'imports.applyBatch': (ctx, i) => applyBatch(ctx, i.jobId, i.items),
};
