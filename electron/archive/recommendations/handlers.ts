import type { HandlersOf } from '../handlers';
import { createRecommendation, removeRecommendation, updateRecommendation } from './mutations';
import { moveRecommendation } from './numbering';
import { getRecommendation, listRecommendations } from './queries';
import { addStatus } from './status';

/**
 * Recommendations: numbered, addressed, resting on findings, with a dated implementation history.
 * recommendations.printStatusReport (a PDF job) is registered with the print module.
 */
export const recommendationHandlers = {
  'recommendations.list': (ctx, i) => listRecommendations(ctx.db, i),
  'recommendations.get': (ctx, i) => getRecommendation(ctx.db, i.id),
  'recommendations.create': (ctx, i) => createRecommendation(ctx, i.data, i.assessedBy, i.startedOn),
  'recommendations.update': (ctx, i) => updateRecommendation(ctx, i.id, i.expectedVersion, i.data),
  'recommendations.move': (ctx, i) => moveRecommendation(ctx, i.id, i.number),
  'recommendations.remove': (ctx, i) => removeRecommendation(ctx, i.id),
  'recommendations.addStatus': (ctx, i) => addStatus(ctx, i.id, i.entry),
} satisfies HandlersOf<
  | 'recommendations.list'
  | 'recommendations.get'
  | 'recommendations.create'
  | 'recommendations.update'
  | 'recommendations.move'
  | 'recommendations.remove'
  | 'recommendations.addStatus'
>;
