import type { HandlersOf } from '../handlers';
import { cite, moveCitation, uncite } from './citations';
import { createFinding, removeFinding, updateFinding } from './mutations';
import { citationsSeenBy, getFinding, listFindings } from './queries';

/** Findings: the statement, its themes, and its evidence (citations of testimony transcripts). */
export const findingHandlers = {
  'findings.list': (ctx, i) => listFindings(ctx.db, i.text),
  'findings.get': (ctx, i) => {
    const f = getFinding(ctx.db, i.id);
    return { ...f, citations: citationsSeenBy(ctx.db, ctx.session.user.role, f.citations) };
  },
  'findings.create': (ctx, i) => createFinding(ctx, i.data),
  'findings.update': (ctx, i) => updateFinding(ctx, i.id, i.expectedVersion, i.data),
  'findings.remove': (ctx, i) => removeFinding(ctx, i.id),
  'findings.cite': (ctx, i) => cite(ctx, i.id, i.citation),
  'findings.uncite': (ctx, i) => uncite(ctx, i.id, i.citationId),
  'findings.moveCitation': (ctx, i) => moveCitation(ctx, i.id, i.citationId, i.to),
} satisfies HandlersOf<
  'findings.list' | 'findings.get' | 'findings.create' | 'findings.update' | 'findings.remove' | 'findings.cite' | 'findings.uncite' | 'findings.moveCitation'
>;
