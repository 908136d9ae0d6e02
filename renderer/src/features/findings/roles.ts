import { COMMISSION, STAFF } from '../../../../shared/api/reports';
import { useArchive } from '../../app/ArchiveContext';

/**
 * What the signed-in person may do with findings and recommendations (the contract's roles for
 * them). Write actions are hidden from those who may not write; the engine refuses them anyway.
 */
export function useFindingRoles(): { mayWrite: boolean; mayReadFindings: boolean } {
  const { info } = useArchive();
  const role = info?.user.role;
  return { mayWrite: role ? COMMISSION.includes(role) : false, mayReadFindings: role ? STAFF.includes(role) : false };
}
