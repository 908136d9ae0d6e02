import type { Recommendation } from '../../../shared/model/findings';
import type { Ctx } from '../context';
import { ArchiveError } from '../db/errors';
import { auditRecommendation, recommendationSearchText, touchRecommendation } from './changes';
import { getRecommendation } from './queries';

/**
 * Recommendations are numbered 1, 2, 3, … with no gaps, as a report prints them. The numbers are
 * UNIQUE in the database, so a renumbering first makes the numbers it changes negative (free of
 * any clash) and then sets the final ones, all in the router's transaction. Each renumbered
 * recommendation's history records its number change; only the one a person moved gets a new
 * version (the others' content did not change, so a form open on them stays valid).
 */

interface Renumbering {
  id: string;
  from: number;
  to: number;
}

const count = (ctx: Ctx) => (ctx.db.prepare('SELECT count(*) AS n FROM recommendations').get() as { n: number }).n;

function renumber(ctx: Ctx, moves: readonly Renumbering[]): void {
  const changing = moves.filter((m) => m.from !== m.to);
  const negate = ctx.db.prepare('UPDATE recommendations SET number = -number WHERE id = ?');
  for (const m of changing) negate.run(m.id);
  const set = ctx.db.prepare('UPDATE recommendations SET number = ?, search_text = ? WHERE id = ?');
  const text = ctx.db.prepare('SELECT title, body, addressee FROM recommendations WHERE id = ?');
  for (const m of changing) {
    const r = text.get(m.id) as { title: string; body: string; addressee: string };
    set.run(m.to, recommendationSearchText(m.to, r.title, r.body, r.addressee), m.id);
  }
}

const auditNumber = (ctx: Ctx, action: string, m: Renumbering) => auditRecommendation(ctx, action, m.id, [{ field: 'number', old: m.from, new: m.to }]);

/** recommendations.move: the recommendation takes `number`; those between move up or down one. */
export function moveRecommendation(ctx: Ctx, id: string, number: number): Recommendation {
  const before = getRecommendation(ctx.db, id);
  const n = count(ctx);
  if (number > n) {
    throw new ArchiveError('invalid_input', `There ${n === 1 ? 'is only 1 recommendation' : `are only ${n} recommendations`}: choose a number from 1 to ${n}.`, 'number');
  }
  const from = before.number;
  const [lo, hi] = from < number ? [from + 1, number] : [number, from - 1];
  const between = ctx.db.prepare('SELECT id, number FROM recommendations WHERE number BETWEEN ? AND ? ORDER BY number').all(lo, hi) as { id: string; number: number }[];
  const shift = from < number ? -1 : 1;
  const moves: Renumbering[] = [{ id, from, to: number }, ...between.map((r) => ({ id: r.id, from: r.number, to: r.number + shift }))];
  renumber(ctx, moves);
  touchRecommendation(ctx, id);
  auditNumber(ctx, 'move', moves[0] as Renumbering);
  for (const m of moves.slice(1)) auditNumber(ctx, 'renumber', m);
  return getRecommendation(ctx.db, id);
}

/** After recommendation `number` is removed, those after it move up one. */
export function closeGapAt(ctx: Ctx, number: number): void {
  const after = ctx.db.prepare('SELECT id, number FROM recommendations WHERE number > ? ORDER BY number').all(number) as { id: string; number: number }[];
  const moves = after.map((r) => ({ id: r.id, from: r.number, to: r.number - 1 }));
  renumber(ctx, moves);
  for (const m of moves) auditNumber(ctx, 'renumber', m);
}

/** The number a new recommendation takes: after the last. */
export function nextNumber(ctx: Ctx): number {
  return (ctx.db.prepare('SELECT coalesce(max(number), 0) + 1 AS n FROM recommendations').get() as { n: number }).n;
}
