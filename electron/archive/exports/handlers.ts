import type { HandlersOf } from '../handlers';
import { startArchiveExport } from './archiveExport';

/** The archival exports (CSV, Dublin Core, JSON, BagIt); the reading room keeps its own method. */
export const exportHandlers: HandlersOf<'exports.start'> = {
  'exports.start': startArchiveExport,
};
