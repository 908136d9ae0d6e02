import type { HandlersOf } from '../../handlers';
import { startReportExport } from './start';

/** The report as a PDF, in one edition (a job). */
export const reportPdfHandlers = {
  'reports.export': (ctx, i) => startReportExport(ctx, i),
} satisfies HandlersOf<'reports.export'>;
