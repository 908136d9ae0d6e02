import type { HandlersOf } from '../handlers';
import { createReport, removeReport, updateReport } from './mutations';
import { previewEmbeds } from './preview';
import { getReport, listReports } from './queries';
import { addSection, moveSection, removeSection, saveSection } from './sections';

/** The report and its sections, and the editor's embed preview. reports.export is the PDF's (pdf/handlers.ts). */
export const reportHandlers = {
  'reports.list': (ctx) => listReports(ctx.db),
  'reports.get': (ctx, i) => getReport(ctx.db, i.id),
  'reports.create': (ctx, i) => createReport(ctx, i.data),
  'reports.update': (ctx, i) => updateReport(ctx, i.id, i.expectedVersion, i.data),
  'reports.remove': (ctx, i) => removeReport(ctx, i.id),
  'reports.addSection': (ctx, i) => addSection(ctx, i.id, i.after, i.data),
  'reports.saveSection': (ctx, i) => saveSection(ctx, i.id, i.sectionId, i.expectedVersion, i.data),
  'reports.moveSection': (ctx, i) => moveSection(ctx, i.id, i.sectionId, i.to),
  'reports.removeSection': (ctx, i) => removeSection(ctx, i.id, i.sectionId),
  'reports.previewEmbeds': (ctx, i) => previewEmbeds(ctx.db, i.lines, ctx.session.user.role),
} satisfies HandlersOf<
  | 'reports.list'
  | 'reports.get'
  | 'reports.create'
  | 'reports.update'
  | 'reports.remove'
  | 'reports.addSection'
  | 'reports.saveSection'
  | 'reports.moveSection'
  | 'reports.removeSection'
  | 'reports.previewEmbeds'
>;
