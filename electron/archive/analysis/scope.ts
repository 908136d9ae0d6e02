import type { ThemeFilters } from '../../../shared/model/themes';
import { parseFlexDate } from '../../../shared/model/flexDate';
import { ArchiveError } from '../db/errors';
import type { Role } from '../../../shared/model/enums';
import { readableWhere, readParams, readsEverything } from '../access/readable';

/**
 * Which testimonies the themes overview, the counts and the passage export look at: never a
 * withdrawn one, only those the caller's role may read, and, when chosen, only those of the collections, narrator roles and dates given.
 * The date range means what search's `date:` means: a testimony matches when any of its dates
 * (recorded or spoken about, in `testimony_dates`) overlaps the range. `dateFrom` counts from the
 * first day it names (1963 → 1963-01-01), `dateTo` to the last (1963 → 1963-12-31); an open end
 * is unbounded.
 */
export interface TestimonyScope {
  /** Conditions on the testimonies table aliased `t`. */
  where: string;
  params: Record<string, string>;
}

export const NO_FILTERS: ThemeFilters = { collections: [], narratorRoles: [], dateFrom: '', dateTo: '' };

function bound(text: string, field: 'dateFrom' | 'dateTo'): string | null {
  if (text.trim() === '') return null;
  const d = parseFlexDate(text);
  if (!d.ok || d.value.start === null || d.value.end === null) {
    throw new ArchiveError('invalid_input', `"${text}" is not a date: ${d.ok ? 'it is empty' : d.message}.`, `filters.${field}`);
  }
  return field === 'dateFrom' ? d.value.start : d.value.end;
}

/** The SQL conditions for the filters; a bad date is refused with a message that names it. */
export function testimonyScope(role: Role, filters: ThemeFilters = NO_FILTERS): TestimonyScope {
  // Only the testimonies the caller may read are looked at, so counts and passages agree with what they can open.
  const where = readsEverything(role) ? ['t.withdrawn = 0'] : ['t.withdrawn = 0', readableWhere('t', role)];
  const params: Record<string, string> = readsEverything(role) ? {} : readParams();
  if (filters.collections.length > 0) {
    where.push('t.collection IN (SELECT value FROM json_each(@collections))');
    params.collections = JSON.stringify(filters.collections);
  }
  if (filters.narratorRoles.length > 0) {
    where.push('EXISTS (SELECT 1 FROM json_each(t.narrator_roles) r WHERE r.value IN (SELECT value FROM json_each(@narratorRoles)))');
    params.narratorRoles = JSON.stringify(filters.narratorRoles);
  }
  const from = bound(filters.dateFrom, 'dateFrom');
  const to = bound(filters.dateTo, 'dateTo');
  if (from !== null && to !== null && from > to) {
    throw new ArchiveError('invalid_input', `The range starts (${filters.dateFrom}) after it ends (${filters.dateTo}). Swap the two dates.`, 'filters.dateTo');
  }
  if (from !== null || to !== null) {
    where.push('EXISTS (SELECT 1 FROM testimony_dates d WHERE d.testimony_id = t.id AND d.start <= @dateTo AND d.end >= @dateFrom)');
    params.dateFrom = from ?? '0000-01-01';
    params.dateTo = to ?? '9999-12-31';
  }
  return { where: where.join(' AND '), params };
}
