import type { HandlersOf } from '../handlers';

/** Seeing the patterns: a theme's passages across the archive, the overview with co-occurrence, and the passage CSV. */
export const analysisHandlers = {} satisfies Partial<HandlersOf<'themes.passages' | 'themes.overview' | 'themes.exportPassages'>>;
