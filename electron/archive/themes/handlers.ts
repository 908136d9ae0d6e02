import type { HandlersOf } from '../handlers';
import { exportThesaurus } from './exportThesaurus';
import { importThesaurus } from './importThesaurus';
import { mergeThemes } from './merge';
import { moveTheme } from './move';
import { createTheme, retireTheme, updateTheme } from './mutations';
import { getTheme, themeTree } from './tree';

/** The thesaurus: tree, one theme, edits, moves, merges, retirement, CSV and SKOS in and out. */
export const thesaurusHandlers = {
  'themes.tree': (ctx, i) => ({ items: themeTree(ctx.db, i.includeRetired, ctx.session.user.role) }),
  'themes.get': (ctx, i) => getTheme(ctx.db, i.id, ctx.session.user.role),
  'themes.create': (ctx, i) => createTheme(ctx, i.data),
  'themes.update': (ctx, i) => updateTheme(ctx, i.id, i.expectedVersion, i.data),
  'themes.move': (ctx, i) => moveTheme(ctx, i.id, i.parentId),
  'themes.merge': (ctx, i) => mergeThemes(ctx, i.sourceId, i.targetId),
  'themes.retire': (ctx, i) => retireTheme(ctx, i.id, i.retired),
  'themes.export': (ctx, i) => exportThesaurus(ctx.db, i.format),
  'themes.import': (ctx, i) => importThesaurus(ctx, i.format, i.text, i.dryRun),
} satisfies HandlersOf<'themes.tree' | 'themes.get' | 'themes.create' | 'themes.update' | 'themes.move' | 'themes.merge' | 'themes.retire' | 'themes.export' | 'themes.import'>;
