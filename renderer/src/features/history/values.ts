import { label } from '../../../../shared/model/enums';
import { fieldLabel } from '../../lib/fieldLabels';


/** A value from the audit log as readable text. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? label(v) : describeValue(v))).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldLabel(k)}: ${describeValue(v) || '—'}`)
      .join('; ');
  }
  return String(value);
}
