import { RecordsLayout } from '../shared/RecordsLayout';
import { TestimonyList } from './TestimonyList';

/** Testimonies: the list on the left, the chosen testimony (or its form) on the right. */
export function TestimoniesPage() {
  return <RecordsLayout wide listLabel="Testimony list" detailLabel="Selected testimony" list={(version) => <TestimonyList version={version} />} />;
}
