import { MARKER_STATUSES, type MarkerRow } from '../../../../../shared/model/markers';
import { STATUS_LABELS } from '../../../../../shared/model/markerWorkflow';

/** The register view groups its catalogue by where markers stand or by how far along they are. */
export const REGISTER_GROUPINGS = ['place', 'status'] as const;
export type RegisterGrouping = (typeof REGISTER_GROUPINGS)[number];

export interface RegisterGroup {
  key: string;
  heading: string;
  rows: MarkerRow[];
}

export const NO_PLACE = 'No place recorded';

/**
 * Rows in groups: by place (alphabetically, markers with no place last) or by status (in workflow
 * order, empty statuses left out). Within a group the rows keep the order they came in (by reference).
 */
export function groupRegister(rows: readonly MarkerRow[], by: RegisterGrouping): RegisterGroup[] {
  if (by === 'status') {
    return MARKER_STATUSES.map((s) => ({ key: s, heading: STATUS_LABELS[s], rows: rows.filter((r) => r.status === s) })).filter((g) => g.rows.length > 0);
  }
  const groups = new Map<string, RegisterGroup>();
  for (const r of rows) {
    const key = r.placeId ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { key, heading: r.placeId ? (r.placeName ?? 'Unnamed place') : NO_PLACE, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  return [...groups.values()].sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || a.heading.localeCompare(b.heading));
}

export function readGrouping(value: string | null): RegisterGrouping {
  return value === 'status' ? 'status' : 'place';
}
