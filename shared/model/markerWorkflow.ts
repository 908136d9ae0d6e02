import type { MarkerStatus } from './markers';

/**
 * The status workflow of a memorial or marker, one rule for the engine (which refuses anything
 * else) and the interface (which offers only these):
 *
 *   proposed → approved → fabricated → installed → dedicated
 *
 * and, at any point after installation, damaged or missing; a damaged or missing marker that is
 * repaired or found returns to where it stood (installed, or dedicated if it had been dedicated).
 * Fabrication needs an approved inscription: the fabricator works from the locked text.
 */

export const STATUS_LABELS: Record<MarkerStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  fabricated: 'Fabricated',
  installed: 'Installed',
  dedicated: 'Dedicated',
  damaged: 'Damaged',
  missing: 'Missing',
};

const FORWARD: Partial<Record<MarkerStatus, MarkerStatus>> = {
  proposed: 'approved',
  approved: 'fabricated',
  fabricated: 'installed',
  installed: 'dedicated',
};

const AFTER_INSTALLATION: readonly MarkerStatus[] = ['installed', 'dedicated', 'damaged', 'missing'];

/** The statuses a marker may move to from `current`; `wasDedicated` says whether it ever was. */
export function nextStatuses(current: MarkerStatus, wasDedicated: boolean): MarkerStatus[] {
  const next: MarkerStatus[] = [];
  const forward = FORWARD[current];
  if (forward) next.push(forward);
  if (current === 'damaged' || current === 'missing') next.push(wasDedicated ? 'dedicated' : 'installed');
  if (AFTER_INSTALLATION.includes(current)) {
    for (const s of ['damaged', 'missing'] as const) if (s !== current) next.push(s);
  }
  return next;
}

/** Why a change is refused, in words, or null when it is allowed. */
export function transitionProblem(
  current: MarkerStatus,
  to: MarkerStatus,
  facts: { wasDedicated: boolean; hasApprovedInscription: boolean },
): string | null {
  if (to === current) return `The marker is already ${STATUS_LABELS[to].toLowerCase()}.`;
  const allowed = nextStatuses(current, facts.wasDedicated);
  if (!allowed.includes(to)) {
    const options = allowed.map((s) => STATUS_LABELS[s].toLowerCase());
    const then = options.length ? ` From ${STATUS_LABELS[current].toLowerCase()} it can become ${options.join(' or ')}.` : '';
    return `A ${STATUS_LABELS[current].toLowerCase()} marker cannot become ${STATUS_LABELS[to].toLowerCase()}.${then}`;
  }
  if (to === 'fabricated' && !facts.hasApprovedInscription) return 'Approve an inscription first: the fabricator works from the approved, locked text.';
  return null;
}
