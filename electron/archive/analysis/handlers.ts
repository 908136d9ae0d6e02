import type { HandlersOf } from '../handlers';
import { exportPassages } from './exportPassages';
import { themeOverview } from './overview';
import { countPassages, passageHits, themeAndNarrower } from './passages';
import { testimonyScope } from './scope';

/** Seeing the patterns: a theme's passages across the archive, the overview with co-occurrence, and the passage CSV. */
export const analysisHandlers = {
  'themes.passages': (ctx, i) => {
    const sel = { themeIds: themeAndNarrower(ctx.db, i.id, i.includeNarrower), scope: testimonyScope(ctx.session.user.role) };
    return { ...countPassages(ctx.db, sel), items: passageHits(ctx.db, sel, i) };
  },
  'themes.overview': (ctx, i) => themeOverview(ctx.db, i.filters, ctx.session.user.role),
  'themes.exportPassages': (ctx, i) => exportPassages(ctx.db, i.themeId, i.filters, ctx.now, ctx.session.user.role),
} satisfies HandlersOf<'themes.passages' | 'themes.overview' | 'themes.exportPassages'>;
