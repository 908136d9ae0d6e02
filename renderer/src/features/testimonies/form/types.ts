import type { DraftForm } from '../../../lib/useDraftForm';
import type { TestimonyDraft } from './draft';

export interface SectionProps {
  form: DraftForm<TestimonyDraft>;
}
