import { useEffect, useSyncExternalStore } from 'react';
import type { EmbargoDue } from '../../../../shared/api/embargo';
import { ARCHIVISTS } from '../../../../shared/api/define';
import type { Role } from '../../../../shared/model/enums';
import { call } from '../../api/client';

/**
 * The scheduled embargo check (issue 8): when an archive opens, and then once a day while the app
 * stays open, ask which testimonies' embargoes have ended without a review. The answer is kept here
 * for the overview's notice and the review page. Only archivists may review, so only they are asked.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EmbargoState {
  /** The archive and user the answer is for ('' before the first check). */
  key: string;
  items: readonly EmbargoDue[] | null;
  error: string | null;
}

let state: EmbargoState = { key: '', items: null, error: null };
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let current: { key: string; role: Role } | null = null;

function set(next: EmbargoState): void {
  state = next;
  for (const l of listeners) l();
}

export const mayReviewEmbargoes = (role: Role): boolean => ARCHIVISTS.includes(role);

/** Asks the engine now (after a review, or on the daily tick). */
export async function checkEmbargoes(): Promise<void> {
  const asked = current;
  if (!asked || !mayReviewEmbargoes(asked.role)) return;
  const r = await call('testimonies.embargoReview', {});
  // Another archive or user may have come in while the answer was on its way.
  if (current?.key !== asked.key) return;
  set(r.ok ? { key: asked.key, items: r.value.items, error: null } : { key: asked.key, items: state.key === asked.key ? state.items : null, error: r.error.message });
}

/** Starts (or moves) the schedule to an archive and user: checks at once, then daily. False when it already follows them. */
function follow(key: string, role: Role): boolean {
  if (current?.key === key) return false;
  current = { key, role };
  set({ key, items: null, error: null });
  void checkEmbargoes();
  if (timer === null) timer = setInterval(() => void checkEmbargoes(), DAY_MS);
  return true;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The testimonies due for review in the open archive (null until known, or when the user may not
 * review). `archivePath` and `role` say whose answer it is; a change runs the check again, and so
 * does a change of `refresh` (the overview passes the archive's info, which is read again after
 * the archive's records change, e.g. when the sample is loaded).
 */
export function useEmbargoesDue(archivePath: string | null, role: Role | null, refresh?: unknown): EmbargoState {
  const key = archivePath && role ? `${archivePath}|${role}` : '';
  useEffect(() => {
    if (archivePath && role && !follow(key, role)) void checkEmbargoes();
  }, [key, archivePath, role, refresh]);
  const s = useSyncExternalStore(subscribe, () => state);
  return s.key === key ? s : { key, items: null, error: null };
}
