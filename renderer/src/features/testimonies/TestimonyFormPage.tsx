import { useParams } from 'react-router-dom';
import { useCall } from '../../api/useCall';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { TestimonyForm } from './form/TestimonyForm';

/** /testimonies/new and /testimonies/:id/edit: loads what the form needs, then shows it. */
export function TestimonyFormPage() {
  const { id } = useParams();
  const existing = useCall('testimonies.get', id ? { id } : null);
  const next = useCall('testimonies.nextRef', id ? null : {});
  if (id) {
    if (existing.error) return <ApiErrorNotice error={existing.error} retry={existing.reload} />;
    if (!existing.data || existing.data.id !== id) return <Loading what="Opening testimony…" />;
    return <TestimonyForm key={`${id}:${existing.data.version}`} existing={existing.data} nextRef={null} />;
  }
  return <TestimonyForm key="new" existing={null} nextRef={next.data?.ref ?? null} />;
}
