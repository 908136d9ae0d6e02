import type { HandlersOf } from '../../handlers';
import { startStatusReport } from './start';

/** The recommendation status report (a PDF job). */
export const recommendationPrintHandlers = {
  'recommendations.printStatusReport': (ctx, i) => startStatusReport(ctx, i),
} satisfies HandlersOf<'recommendations.printStatusReport'>;
