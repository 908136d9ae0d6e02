import { useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard';
import { useTabParam } from '../../components/useTabParam';
import { RecordTabs } from '../shared/RecordTabs';
import { useRecordsOutlet } from '../shared/RecordsLayout';
import { DetailsTab } from './DetailsTab';
import { InscriptionTab } from './InscriptionTab';
import { MarkerHeader } from './MarkerHeader';
import { editorStart } from './model/inscription';
import { PhotosTab } from './PhotosTab';
import { PrintDialog } from './PrintDialog';
import { StatusTab } from './StatusTab';

/** The selected marker: header, then Details, Inscription, Status, Photos and History (?tab=status opens that tab). */
export function MarkerDetail() {
  const { id = '' } = useParams();
  const [tab, chooseTab] = useTabParam();
  const { refreshList } = useRecordsOutlet();
  const { dataVersion } = useArchive();
  const [version, setVersion] = useState(0);
  const result = useCall('markers.get', { id }, `${dataVersion}|${version}`);
  const [printing, setPrinting] = useState(false);
  // The inscription as typed, kept here so moving between tabs loses nothing.
  const [typed, setTyped] = useState<{ id: string; text: string } | null>(null);
  const allowLeave = useRef(false);
  const [seenId, setSeenId] = useState(id);
  if (seenId !== id) {
    // Another marker: its own saved text, and no dialog left open from the last one.
    setSeenId(id);
    setTyped(null);
    setPrinting(false);
  }

  const changed = () => {
    setVersion((v) => v + 1);
    refreshList();
  };

  if (result.error && result.data?.id !== id) return <ApiErrorNotice error={result.error} retry={result.reload} />;
  const m = result.data && result.data.id === id ? result.data : null;
  if (!m) return <Loading what="Opening the marker…" />;
  const typedHere = typed?.id === m.id ? typed.text : null;
  const dirty = typedHere !== null && typedHere !== editorStart(m.inscriptions, m.approvedInscription);

  return (
    <article className="record marker-record" aria-labelledby="record-title">
      <MarkerHeader marker={m} onPrint={() => setPrinting(true)} />
      <RecordTabs
        label="Marker sections"
        current={tab}
        onChange={chooseTab}
        history={{ entityType: 'marker', entityId: m.id, refresh: m.version }}
        tabs={[
          { id: 'details', label: 'Details', render: () => <DetailsTab marker={m} /> },
          {
            id: 'inscription',
            label: dirty ? 'Inscription (unsaved)' : 'Inscription',
            render: () => <InscriptionTab marker={m} typed={typedHere} onType={(text) => setTyped(text === null ? null : { id: m.id, text })} onChanged={changed} />,
          },
          { id: 'status', label: 'Status', render: () => <StatusTab marker={m} onChanged={changed} /> },
          { id: 'photos', label: `Photos (${m.photos.length})`, render: () => <PhotosTab marker={m} onChanged={changed} /> },
        ]}
      />
      <PrintDialog open={printing} onClose={() => setPrinting(false)} title="Print record sheet" start={(edition) => call('markers.printSheet', { id: m.id, edition, out: '' })}>
        <p>
          A PDF record sheet of <strong>{m.ref}</strong> {m.title}: the approved inscription set large as a proof, status and history, location, sponsors, dedication, honourees,
          related testimonies and photos.
        </p>
      </PrintDialog>
      <UnsavedChangesGuard dirty={dirty} allow={allowLeave} />
    </article>
  );
}
