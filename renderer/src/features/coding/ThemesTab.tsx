import { useState } from 'react';
import type { Testimony } from '../../../../shared/model/testimony';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { useThemeTree } from '../themes/useThemeTree';
import { CodingDialogs, type DialogState } from './CodingDialogs';
import { CodingStatus } from './CodingStatus';
import { ImportCues } from './ImportCues';
import { PassageList } from './PassageList';
import { useRecentThemes } from './recentThemes';
import { ReviewList } from './ReviewList';
import { SegmentList } from './SegmentList';
import { useCoding } from './useCoding';
import { useCodingActions } from './useCodingActions';
import { WholeThemes } from './WholeThemes';

import '../../styles/coding.css';

/**
 * The testimony's Themes tab: themes of the whole testimony, what needs review after a transcript
 * edit, the coded passages (each opens in the transcript), the segments, and caption import.
 */
export function ThemesTab({ testimony: t, onTestimonyChanged }: { testimony: Testimony; onTestimonyChanged: () => void }) {
  const coding = useCoding(t.id, t.version);
  const tree = useThemeTree();
  const { remember } = useRecentThemes();
  const actions = useCodingActions(t.id, t.transcript, coding, remember);
  const [dialog, setDialog] = useState<DialogState>(null);

  if (coding.loading) return <Loading what="Reading the testimony’s themes…" />;
  if (coding.error && coding.codes.length === 0 && coding.themes.length === 0) return <ApiErrorNotice error={coding.error} retry={coding.reload} />;

  const accept = async (p: (typeof coding.review)[number]) => {
    const r = await coding.run('coding.confirm', { id: p.id, expectedVersion: p.version });
    if (!r.ok) return r.error.message;
    actions.setStatus({ kind: 'ok', text: 'Accepted as it now stands.' });
    return null;
  };

  return (
    <div className="themes-tab">
      <section aria-labelledby="whole-themes-h">
        <h2 id="whole-themes-h">Themes of the whole testimony</h2>
        <WholeThemes testimonyId={t.id} coding={coding} themes={tree.themes} setStatus={actions.setStatus} />
      </section>
      {coding.review.length > 0 ? (
        <section aria-labelledby="review-h" className="review-section">
          <h2 id="review-h">Needs review ({coding.review.length})</h2>
          <p className="muted small">The transcript was edited under these. Accept each as it stands, place it on the new text, or remove it.</p>
          <ReviewList passages={coding.review} canCode={coding.canCode} onAccept={accept} onRemove={actions.remove} />
        </section>
      ) : null}
      <section aria-labelledby="passages-h">
        <h2 id="passages-h">Coded passages ({coding.codes.filter((c) => c.review === '').length})</h2>
        <PassageList codes={coding.codes.filter((c) => c.review === '')} />
      </section>
      <section aria-labelledby="segments-h">
        <h2 id="segments-h">Segments ({coding.segments.filter((s) => s.review === '').length})</h2>
        <SegmentList segments={coding.segments.filter((s) => s.review === '')} canCode={coding.canCode} onEdit={(s) => setDialog({ kind: 'editSegment', passage: s })} onRemove={actions.remove} />
        {coding.canCode ? <ImportCues testimonyId={t.id} coding={coding} onTranscriptCreated={onTestimonyChanged} /> : null}
      </section>
      <CodingStatus status={actions.status} onUndo={(id) => void actions.undo(id)} onDismiss={() => actions.setStatus(null)} />
      <CodingDialogs dialog={dialog} setDialog={setDialog} text={t.transcript} coding={coding} themes={tree.themes} actions={actions} />
    </div>
  );
}
