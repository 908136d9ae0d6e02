import { contract } from '../../../../shared/api';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { Loading, Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { useTabParam } from '../../components/useTabParam';
import { ArchiveJsonImport } from './ArchiveJsonImport';
import { CsvWizard } from './CsvWizard';
import { FilesWizard } from './FilesWizard';
import './imports.css';

/** Import: testimonies from a spreadsheet, or transcripts and recordings from files and folders. */
export function ImportPage() {
  const { info, loaded } = useArchive();
  // The contract's roles: imports.start for spreadsheets and files, imports.archive for a whole archive.
  const mayImport = useRoleIn(contract['imports.start'].roles);
  const mayLoadArchive = useRoleIn(contract['imports.archive'].roles);
  const [tab, setTab] = useTabParam('csv');
  if (!loaded) return <Loading what="Opening the archive…" />;
  if (!info) return <Notice kind="info">Open an archive to import into it.</Notice>;
  return (
    <div className="page import-page">
      <header className="page-head">
        <h1>Import</h1>
        <p className="muted">
          Bring testimonies in from a spreadsheet, or transcripts and recordings from files{mayLoadArchive ? ', or load a whole archive from its JSON export' : ''}.
          Check a spreadsheet or files first with a dry run: it changes nothing and says, row by row, what importing would do. Importing the same file again
          skips what is already here.
        </p>
      </header>
      {mayImport ? (
        <Tabs
          label="What to import"
          current={tab}
          onChange={setTab}
          tabs={[
            { id: 'csv', label: 'Spreadsheet (CSV)', render: () => <CsvWizard /> },
            { id: 'files', label: 'Transcripts and files', render: () => <FilesWizard /> },
            ...(mayLoadArchive ? [{ id: 'archive', label: 'Archive (JSON export)', render: () => <ArchiveJsonImport info={info} /> }] : []),
          ]}
        />
      ) : (
        <Notice kind="info">Only an administrator, archivist or cataloguer may import. Ask one of them to bring these records in.</Notice>
      )}
    </div>
  );
}
