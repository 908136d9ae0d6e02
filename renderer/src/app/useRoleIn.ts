import type { Role } from '../../../shared/model/enums';
import { useArchive } from './ArchiveContext';

/**
 * Whether the signed-in person's role is one of `roles` (a contract method's roles, from
 * shared/api/define.ts): pages offer a write only to those the engine will let do it. The engine
 * refuses the others anyway; this only spares them a button that can only fail.
 */
export function useRoleIn(roles: readonly Role[]): boolean {
  const role = useArchive().info?.user.role;
  return role !== undefined && roles.includes(role);
}
