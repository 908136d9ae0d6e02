import type { Input, ParsedInput } from '../../../../shared/api';
import { ACCESS_LEVELS, TESTIMONY_STATUSES, TESTIMONY_TYPES } from '../../../../shared/model/enums';
import { TESTIMONY_SORTS } from '../../../../shared/model/testimony';

/** The list's filters and sort, as the contract names them (without paging). */
export type ListQuery = Omit<ParsedInput<'testimonies.list'>, 'offset' | 'limit'>;

const pick = <T extends string>(values: string[], allowed: readonly T[]): T[] => allowed.filter((a) => values.includes(a));

/** Reads the list state from the URL query (?text=…&status=draft&status=reviewed&sort=date&dir=desc&withdrawn=1). */
export function readListQuery(params: URLSearchParams): ListQuery {
  const sort = params.get('sort') ?? 'ref';
  return {
    text: params.get('text') ?? '',
    status: pick(params.getAll('status'), TESTIMONY_STATUSES),
    type: pick(params.getAll('type'), TESTIMONY_TYPES),
    accessLevel: pick(params.getAll('access'), ACCESS_LEVELS),
    includeWithdrawn: params.get('withdrawn') === '1',
    sort: (TESTIMONY_SORTS as readonly string[]).includes(sort) ? (sort as ListQuery['sort']) : 'ref',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The URL query for a list state; defaults are left out so URLs stay short. */
export function writeListQuery(q: ListQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.text.trim()) p.set('text', q.text);
  for (const s of q.status) p.append('status', s);
  for (const t of q.type) p.append('type', t);
  for (const a of q.accessLevel) p.append('access', a);
  if (q.includeWithdrawn) p.set('withdrawn', '1');
  if (q.sort !== 'ref') p.set('sort', q.sort);
  if (q.direction !== 'asc') p.set('dir', q.direction);
  return p;
}

export function isFiltered(q: ListQuery): boolean {
  return q.text.trim() !== '' || q.status.length > 0 || q.type.length > 0 || q.accessLevel.length > 0;
}

export function toListInput(q: ListQuery, offset: number, limit: number): Input<'testimonies.list'> {
  return { ...q, text: q.text.trim(), offset, limit };
}
