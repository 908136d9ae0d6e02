import { Link } from 'react-router-dom';
import type { ArchiveInfo } from '../../../../shared/api';
import { Notice } from '../../components/Notice';
import { plural } from '../../lib/format';
import { mayReviewEmbargoes, useEmbargoesDue } from './embargoCheck';

/** The overview's line for archivists: "2 embargoes ended — review". Nothing when none are due. */
export function EmbargoNotice({ info }: { info: ArchiveInfo }) {
  const role = info.user.role;
  const { items, error } = useEmbargoesDue(info.path, role, info);
  if (!mayReviewEmbargoes(role)) return null;
  if (error) return <Notice kind="error">The embargo check did not run: {error}</Notice>;
  if (!items || items.length === 0) return null;
  return (
    <Notice kind="warning">
      <span data-testid="embargo-notice">
        {plural(items.length, 'embargo', 'embargoes')} ended — <Link to="/embargoes">review</Link>
      </span>
    </Notice>
  );
}
