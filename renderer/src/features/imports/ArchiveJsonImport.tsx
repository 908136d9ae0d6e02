import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ArchiveInfo } from '../../../../shared/api';
import { call } from '../../api/client';
import { stageFile } from '../../api/files';
import { useArchive } from '../../app/ArchiveContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { plural } from '../../lib/format';
import { JobProgress } from '../exports/JobProgress';
import { useStartJob } from '../exports/useStartJob';
import { FileDrop } from '../../components/FileDrop';

/** What the open archive holds already, in words ("12 testimonies, 30 people"); '' when nothing. */
function heldAlready(info: ArchiveInfo): string {
  const c = info.counts;
  const parts = [
    c.testimonies + c.withdrawn > 0 ? plural(c.testimonies + c.withdrawn, 'testimony', 'testimonies') : '',
    c.people > 0 ? plural(c.people, 'person', 'people') : '',
    c.places > 0 ? plural(c.places, 'place', 'places') : '',
    c.hearings > 0 ? plural(c.hearings, 'hearing', 'hearings') : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** Moves the focus to the result when it appears, so keyboard and screen reader users land on it. */
function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}

/**
 * Loading a JSON archive export (Exports → JSON archive) into this archive, which must be empty:
 * the engine reads the export in place — its archive.json and the files/ folder beside it — so
 * the person gives the export's folder by its path on this computer. In Electron a file chooser
 * can fill that path from the archive.json itself; in browser mode a chosen file would be
 * uploaded alone, without its files/, so the path is the only way.
 */
export function ArchiveJsonImport({ info }: { info: ArchiveInfo }) {
  const { reload } = useArchive();
  const [source, setSource] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [chooseError, setChooseError] = useState<string | undefined>();
  const { job, starting, error, start } = useStartJob();
  const busy = starting || job?.state === 'running';
  const held = heldAlready(info);
  const fieldError = error?.field === 'path' ? error.message : chooseError;
  const inApp = window.archiveFiles !== undefined;

  // Every page re-reads the archive once the load is done: its name, counts and records are new.
  const loaded = job?.state === 'done';
  useEffect(() => {
    if (loaded) reload();
  }, [loaded, reload]);

  const chooseFile = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    const s = await stageFile(file);
    if (!s.ok) return setChooseError(s.error.message);
    setChooseError(undefined);
    setSource(s.value.path);
  };

  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (source.trim() === '') return setChooseError('Give the path of the export’s folder, or of the archive.json inside it.');
    setChooseError(undefined);
    setConfirming(true);
  };

  const load = () => {
    setConfirming(false);
    void start(null, () => call('imports.archive', { path: source.trim() }));
  };

  if (job?.state === 'done' && job.result) {
    return (
      <div className="import-wizard">
      <section className="import-step import-result" aria-labelledby="archive-done-h">
        <h2 id="archive-done-h" tabIndex={-1} ref={focusOnMount}>
          The archive is loaded
        </h2>
        <Notice kind="success">
          <p>{job.result.summary}</p>
        </Notice>
        <div className="actions">
          <Link className="button button--primary" to="/testimonies">
            See the testimonies
          </Link>
          <Link className="button" to="/">
            The archive’s overview
          </Link>
        </div>
      </section>
      </div>
    );
  }

  return (
    <div className="import-wizard">
      <section className="import-step" aria-labelledby="archive-choose-h">
        <h2 id="archive-choose-h">Load a whole archive from its JSON export</h2>
        <p>
          A JSON archive export (made under Exports → Archival exports → JSON archive) is a folder holding <span className="mono">archive.json</span> and a{' '}
          <span className="mono">files</span> folder. Loading it makes this archive an exact copy of the one exported: every record, theme, code and stored
          file, and its history. It works only on an empty archive: nothing is merged.
        </p>
        {held ? (
          <Notice kind="warning">
            <p>
              This archive is not empty: it holds {held}. A JSON archive can only be loaded into an empty archive. <Link to="/archives">Create a new archive</Link>
              , open it, then come back here.
            </p>
          </Notice>
        ) : null}
        <form onSubmit={ask} noValidate>
          <TextField
            path="archiveSource"
            label="The export’s folder"
            value={source}
            onChange={(v) => {
              setSource(v);
              setChooseError(undefined);
            }}
            error={fieldError}
            inputClassName="mono"
            placeholder="/home/ana/Exports/Commission JSON archive"
            hint={
              <>
                The whole path of the folder on this computer (or of the <span className="mono">archive.json</span> in it); its{' '}
                <span className="mono">files</span> folder must be beside <span className="mono">archive.json</span>, as the export left it. An export on a
                USB drive or a network share can be read from there; copy it to this computer first if that is slow.
              </>
            }
          />
          {inApp ? (
            <FileDrop path="archiveJson" label="Or choose its archive.json" accept=".json,application/json" onFiles={(f) => void chooseFile(f)} disabled={busy} />
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Loading the archive…' : 'Load the archive…'}
            </button>
          </div>
        </form>
        {error && error.field !== 'path' ? <Notice kind="error">{error.message}</Notice> : null}
      </section>
      {job?.state === 'running' ? (
        <JobProgress
          job={job}
          cancelLabel="Cancel the load"
          note={<p className="muted small">The archive is loaded in one step: if you cancel, nothing of it is kept and this archive stays empty.</p>}
        />
      ) : null}
      {job?.state === 'failed' ? (
        <Notice kind="error">
          <p>The archive was not loaded; this archive is as it was. {job.error}</p>
        </Notice>
      ) : null}
      {job?.state === 'cancelled' ? <Notice kind="info">The load was cancelled. Nothing of the export was kept; this archive is as it was.</Notice> : null}
      <ConfirmDialog open={confirming} title="Load this JSON archive?" confirmLabel="Load the archive" onConfirm={load} onCancel={() => setConfirming(false)}>
        <p>
          Tessera reads <span className="mono path">{source.trim()}</span>, checks every record and every file’s fingerprint, then loads it all in one step.
        </p>
        <p>
          This archive takes the exported archive’s name, records, themes and history. The accounts here stay, so you can still sign in. It works only while
          this archive is empty; if it is not, nothing is changed.
        </p>
      </ConfirmDialog>
    </div>
  );
}
