import type { HandlersOf } from '../handlers';
import { requireReadable } from '../access/readable';
import { addRedaction, confirmRedaction, removeRedaction, updateReason } from './mutations';
import { redactionsOfTestimony } from './queries';

/** Redacting spans of a testimony's transcript and summary (issue 8). */
export const redactionHandlers = {
  'redactions.list': (ctx, i) => {
    requireReadable(ctx.db, ctx.session.user.role, i.testimonyId);
    return redactionsOfTestimony(ctx.db, i.testimonyId);
  },
  'redactions.add': (ctx, i) => addRedaction(ctx, i.testimonyId, i.field, i.range, i.reason),
  'redactions.update': (ctx, i) => updateReason(ctx, i.id, i.expectedVersion, i.reason),
  'redactions.confirm': (ctx, i) => confirmRedaction(ctx, i.id, i.expectedVersion),
  'redactions.remove': (ctx, i) => removeRedaction(ctx, i.id),
} satisfies HandlersOf<'redactions.list' | 'redactions.add' | 'redactions.update' | 'redactions.confirm' | 'redactions.remove'>;
