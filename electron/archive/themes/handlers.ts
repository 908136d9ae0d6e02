import type { HandlersOf } from '../handlers';

/** The thesaurus: tree, one theme, edits, moves, merges, retirement, CSV and SKOS in and out. */
export const thesaurusHandlers = {} satisfies Partial<HandlersOf<'themes.tree' | 'themes.get' | 'themes.create' | 'themes.update' | 'themes.move' | 'themes.merge' | 'themes.retire' | 'themes.export' | 'themes.import'>>;
