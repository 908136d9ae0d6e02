import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { ARCHIVISTS, CATALOGUERS } from '../../../../shared/api/define';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { Loading, Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { ArchivalExportsCard } from './ArchivalExportsCard';
import { JobProgress } from './JobProgress';
import { trackJob, useTrackedJobs } from './jobs';

function ReadingRoomCard({ archivePath, allowed }: { archivePath: string; allowed: boolean }) {
  const [out, setOut] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useTrackedJobs().find((j) => j.id === jobId) ?? null;
  const busy = starting || job?.state === 'running';

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setStarting(true);
    setError(null);
    const r = await call('exports.readingRoom', { out: out.trim() });
    setStarting(false);
    if (!r.ok) return setError(r.error);
    trackJob(r.value);
    setJobId(r.value.id);
  };

  return (
    <section className="card export-card" aria-labelledby="rr-title">
      <h2 id="rr-title">Reading room</h2>
      <p>
        A folder of web pages holding the public testimonies with their transcripts, searchable, for historians and the public. It opens in any browser
        straight from the folder — no installation, no network — so it can be copied to a USB stick, a library computer or a website.
      </p>
      <p className="muted">
        Only testimonies cleared for public release are included (public access, no running embargo, consent to publish, not withdrawn). People who did not
        consent to be named appear under their pseudonym. The export is recorded in the archive’s history.
      </p>
      {allowed ? (
        <form onSubmit={(e) => void start(e)} noValidate>
          <TextField
            path="out"
            label="New folder (optional)"
            value={out}
            onChange={setOut}
            error={error?.field === 'out' ? error.message : undefined}
            placeholder={`${archivePath}/exports/reading-room-…`}
            hint={
              <>
                The whole path of a folder that does not exist yet. Leave it empty to create a new folder in <span className="mono path">{archivePath}/exports</span>.
              </>
            }
            inputClassName="mono"
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Building the reading room…' : 'Build the reading room'}
          </button>
        </form>
      ) : (
        <Notice kind="info">Only an administrator or archivist may build a reading room.</Notice>
      )}
      {error && error.field !== 'out' ? <Notice kind="error">{error.message}</Notice> : null}
      {job?.state === 'running' ? <JobProgress job={job} cancelLabel="Cancel the export" after=". You can keep working; the progress is also shown at the bottom of the window." /> : null}
      {job?.state === 'done' && job.result ? (
        <Notice kind="success">
          <p>
            The reading room is ready in <span className="mono path">{job.result.path}</span>
          </p>
          <p>{job.result.summary}</p>
        </Notice>
      ) : null}
      {job?.state === 'failed' ? <Notice kind="error">{job.error}</Notice> : null}
      {job?.state === 'cancelled' ? <Notice kind="info">The export was cancelled. Nothing was left behind.</Notice> : null}
    </section>
  );
}

/** Exports: copies of the archive's records for use outside Tessera. */
export function ExportsPage() {
  const { info, loaded } = useArchive();
  // The contract's roles for exports.readingRoom.
  const mayExport = useRoleIn(ARCHIVISTS);
  // The contract's roles for exports.start.
  const mayExportArchival = useRoleIn(CATALOGUERS);
  if (!loaded) return <Loading what="Opening the archive…" />;
  if (!info) return <Notice kind="info">Open an archive to export from it.</Notice>;
  return (
    <div className="page page--narrow">
      <header className="page-head">
        <h1>Exports</h1>
        <p className="muted">Copies of this archive’s records for use outside Tessera. Exports run in the background; you can keep working.</p>
      </header>
      <ReadingRoomCard archivePath={info.path} allowed={mayExport} />
      <ArchivalExportsCard archivePath={info.path} role={info.user.role} allowed={mayExportArchival} />
    </div>
  );
}
