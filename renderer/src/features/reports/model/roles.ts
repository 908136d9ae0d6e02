import { COMMISSION } from '../../../../../shared/api/reports';
import type { Role } from '../../../../../shared/model/enums';

/**
 * What the signed-in role may do with reports, so the page offers only what the engine will allow
 * (the engine decides: the contract's roles, and reports.export for the confidential edition).
 */

/** Commissioners and archivists write reports; other staff read them. */
export function mayWrite(role: Role | undefined): boolean {
  return role !== undefined && COMMISSION.includes(role);
}

/** Why this role may not export the confidential edition, or null when it may. */
export function confidentialRefusal(role: Role | undefined): string | null {
  if (role === undefined || mayWrite(role)) return null;
  return `Only commissioners and archivists may export it; you are signed in as a ${role}.`;
}
