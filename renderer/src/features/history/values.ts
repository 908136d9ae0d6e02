import { label } from '../../../../shared/model/enums';
import { fieldLabel } from '../../lib/fieldLabels';
import { formatDateTime } from '../../lib/format';


/** A value from the audit log as readable text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ENUM_FIELDS = new Set(['type', 'status', 'accessLevel', 'role', 'narratorRole', 'contentWarnings']);

export function describeValue(value: unknown, field = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    if (UUID.test(value)) return `linked record ${value.slice(0, 8)}…`;
    if (ISO_TIME.test(value)) return formatDateTime(value);
    return ENUM_FIELDS.has(field.split('.').pop() ?? '') ? label(value) : value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (Array.isArray(value)) return value.map((v) => describeValue(v, field)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(k)}: ${describeValue(v, k) || '—'}`)
      .join('; ');
  }
  return '';
}
