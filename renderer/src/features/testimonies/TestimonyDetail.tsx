import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { useTabParam } from '../../components/useTabParam';
import { ThemesTab } from '../coding/ThemesTab';
import { RecordTabs } from '../shared/RecordTabs';
import { FilesTab } from './attachments/FilesTab';
import { TestimonyFacts } from './TestimonyFacts';
import { useRecordsOutlet } from '../shared/RecordsLayout';
import { TestimonyHeader } from './TestimonyHeader';
import { TranscriptView } from './TranscriptView';
import { WithdrawDialog } from './WithdrawDialog';

/** The selected testimony: header, then Details, Transcript, Themes, Files and History (?tab=transcript opens that tab). */
export function TestimonyDetail() {
  const { id = '' } = useParams();
  const [tab, chooseTab] = useTabParam();
  const { refreshList } = useRecordsOutlet();
  const { dataVersion, refreshInfo } = useArchive();
  const [version, setVersion] = useState(0);
  const result = useCall('testimonies.get', { id }, `${dataVersion}|${version}`);
  const [withdrawing, setWithdrawing] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const changed = () => {
    setVersion((v) => v + 1);
    refreshList();
    refreshInfo();
  };

  const restore = async () => {
    setRestoring(true);
    setActionError(null);
    const r = await call('testimonies.restore', { id });
    setRestoring(false);
    if (r.ok) changed();
    else setActionError(r.error.message);
  };

  if (result.error && result.data?.id !== id) return <ApiErrorNotice error={result.error} retry={result.reload} />;
  const t = result.data && result.data.id === id ? result.data : null;
  if (!t) return <Loading what="Opening testimony…" />;

  return (
    <article className="record testimony-record" aria-labelledby="record-title">
      <TestimonyHeader testimony={t} onWithdraw={() => setWithdrawing(true)} onRestore={() => void restore()} restoring={restoring} />
      {actionError ? <Notice kind="error">{actionError}</Notice> : null}
      <RecordTabs
        label="Testimony sections"
        current={tab}
        onChange={chooseTab}
        history={{ entityType: 'testimony', entityId: t.id, refresh: `${t.version}|${t.withdrawn}` }}
        tabs={[
          { id: 'details', label: 'Details', render: () => <TestimonyFacts testimony={t} /> },
          { id: 'transcript', label: 'Transcript', render: () => <TranscriptView key={t.id} testimony={t} /> },
          { id: 'themes', label: 'Themes', render: () => <ThemesTab key={t.id} testimony={t} onTestimonyChanged={changed} /> },
          { id: 'files', label: 'Files', render: () => <FilesTab key={t.id} testimony={t} /> },
        ]}
      />
      <WithdrawDialog
        testimony={t}
        open={withdrawing}
        onClose={() => setWithdrawing(false)}
        onDone={() => {
          setWithdrawing(false);
          changed();
        }}
      />
    </article>
  );
}
