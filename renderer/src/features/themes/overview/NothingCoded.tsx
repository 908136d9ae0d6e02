import { Link } from 'react-router-dom';
import { useCall } from '../../../api/useCall';
import { EmptyState } from '../../../components/EmptyState';

/** The overview before anything is coded: what it will show, and a testimony to start with. */
export function NothingCoded() {
  const first = useCall('testimonies.list', { limit: 1, offset: 0 });
  const t = first.data?.items[0];
  return (
    <EmptyState
      title="Nothing is coded yet"
      actions={
        t ? (
          <Link className="button button--primary" to={`/testimonies/${t.id}?tab=transcript`}>
            Start coding {t.ref}
          </Link>
        ) : (
          <Link className="button button--primary" to="/testimonies">
            Go to testimonies
          </Link>
        )
      }
    >
      <p>Once passages of testimony are coded with themes, this page counts them per theme and shows which themes occur together. Open a transcript, select a passage and apply a theme.</p>
    </EmptyState>
  );
}
