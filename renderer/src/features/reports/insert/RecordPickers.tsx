import { embedLine } from '../../../../../shared/report/embeds';
import { RECOMMENDATION_STATUS_LABELS } from '../../../../../shared/model/findings';
import { useCall } from '../../../api/useCall';
import { useArchive } from '../../../app/ArchiveContext';
import { plural } from '../../../lib/format';
import { PickDialog } from './PickDialog';

interface PickerProps {
  open: boolean;
  onClose: () => void;
  /** Inserts the embed line. */
  onInsert: (line: string) => void;
}

/** The finding to embed (its text and quoted evidence print in its place). */
export function FindingPicker({ open, onClose, onInsert }: PickerProps) {
  const { dataVersion } = useArchive();
  const r = useCall('findings.list', open ? { text: '' } : null, dataVersion);
  const options = r.data?.items.map((f) => ({ value: f.id, label: `${f.ref} ${f.title}`, note: `${plural(f.citationCount, 'citation', 'citations')} of testimony` })) ?? null;
  return (
    <PickDialog
      open={open}
      title="Insert a finding"
      noun="finding"
      intro={<p>The finding prints with its text and its evidence quoted, each excerpt with its testimony’s reference code.</p>}
      options={options}
      error={r.error?.message ?? null}
      none="There are no findings yet. Write them under Findings & recommendations, then embed them here."
      onClose={onClose}
      onPick={(id) => onInsert(embedLine({ kind: 'finding', id }))}
    />
  );
}

/** Recommendations in number order (the tracker's first 500: more than any commission has made). */
function useRecommendations(open: boolean) {
  const { dataVersion } = useArchive();
  return useCall('recommendations.list', open ? { addressees: [], statuses: [], themeId: null, text: '', offset: 0, limit: 500 } : null, dataVersion);
}

/** One recommendation to embed. */
export function RecommendationPicker({ open, onClose, onInsert }: PickerProps) {
  const r = useRecommendations(open);
  const options = r.data?.items.map((x) => ({ value: x.id, label: `${x.number}. ${x.title}`, note: `To ${x.addressee} · ${RECOMMENDATION_STATUS_LABELS[x.status]}` })) ?? null;
  return (
    <PickDialog
      open={open}
      title="Insert a recommendation"
      noun="recommendation"
      intro={<p>The recommendation prints with its number, its addressee, its current status and the findings it rests on.</p>}
      options={options}
      error={r.error?.message ?? null}
      none="There are no recommendations yet. Write them under Findings & recommendations, then embed them here."
      onClose={onClose}
      onPick={(id) => onInsert(embedLine({ kind: 'recommendation', id }))}
    />
  );
}

const EVERY = '\u0000every';

/** Every recommendation grouped by addressee, or those to one addressee. */
export function RecommendationsPicker({ open, onClose, onInsert }: PickerProps) {
  const r = useRecommendations(open);
  const addressees = r.data?.counts.byAddressee ?? null;
  const options = addressees
    ? [
        { value: EVERY, label: 'Every recommendation, grouped by addressee', note: plural(r.data?.counts.total ?? 0, 'recommendation', 'recommendations') },
        ...addressees.map((a) => ({ value: a.addressee, label: `Only those to ${a.addressee}`, note: plural(a.total, 'recommendation', 'recommendations') })),
      ]
    : null;
  return (
    <PickDialog
      open={open}
      title="Insert recommendations"
      noun="list"
      intro={<p>The list is drawn when the PDF is written, so recommendations added later appear in it too.</p>}
      options={options}
      initial={EVERY}
      error={r.error?.message ?? null}
      none="There are no recommendations yet."
      onClose={onClose}
      onPick={(v) => onInsert(embedLine({ kind: 'recommendations', addressee: v === EVERY ? null : v }))}
    />
  );
}
