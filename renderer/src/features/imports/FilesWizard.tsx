import { useState } from 'react';
import type { ApiError, Result } from '../../../../shared/api';
import { plural } from '../../lib/format';
import { FileDrop } from '../../components/FileDrop';
import { ImportRun, type ImportRequest } from './ImportRun';
import { formatBytes } from '../../../../shared/model/byteSize';
import { stageFiles } from './stageFiles';

/** A chosen file, with where it sits in a chosen folder (so two "notes.txt" can be told apart). */
interface Chosen {
  file: File;
  shownName: string;
}

const keyOf = (f: File) => `${f.webkitRelativePath || f.name}|${f.size}|${f.lastModified}`;

/**
 * Transcripts and attachments: choose files or a folder; see the list; check and import. Files
 * are staged one after another only when a check or import starts (and once: the staged paths are
 * reused by the import after its dry run).
 */
export function FilesWizard() {
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [staged, setStaged] = useState<{ key: string; paths: string[] } | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [run, setRun] = useState(0);

  const add = (files: File[]) => {
    setFileError(undefined);
    setRun((n) => n + 1);
    setChosen((prev) => {
      const known = new Set(prev.map((c) => keyOf(c.file)));
      const next = files.filter((f) => !known.has(keyOf(f))).map((file) => ({ file, shownName: file.webkitRelativePath || file.name }));
      return [...prev, ...next];
    });
  };

  const remove = (i: number) => {
    setRun((n) => n + 1);
    setChosen((prev) => prev.filter((_, k) => k !== i));
  };

  const startOver = () => {
    setChosen([]);
    setStaged(null);
    setFileError(undefined);
    setRun((n) => n + 1);
  };

  const listKey = chosen.map((c) => keyOf(c.file)).join('\n');

  const prepare = async (): Promise<Result<ImportRequest>> => {
    if (chosen.length === 0) return { ok: false, error: { code: 'invalid_input', field: 'paths', message: 'Choose at least one file or folder.' } };
    let paths = staged?.key === listKey ? staged.paths : null;
    if (!paths) {
      const r = await stageFiles(
        chosen.map((c) => c.file),
        (done, total) => setPreparing(`Preparing ${Math.min(done + 1, total).toLocaleString()} of ${plural(total, 'file', 'files')}`),
      );
      setPreparing(null);
      if (!r.ok) return { ok: false, error: { ...r.error, field: 'paths' } };
      paths = r.value.map((s) => s.path);
      setStaged({ key: listKey, paths });
    }
    return { ok: true, value: { paths, encoding: 'auto', rememberMapping: false } };
  };

  const onFieldError = (e: ApiError): boolean => {
    if (!e.field?.startsWith('paths')) return false;
    setFileError(e.message);
    return true;
  };

  const total = chosen.reduce((n, c) => n + c.file.size, 0);

  return (
    <div className="import-wizard">
      <section className="import-step" aria-labelledby="files-choose-title">
        <h2 id="files-choose-title">1. Choose transcripts and files</h2>
        <p>
          A file whose name starts with a reference code, like <span className="mono">TRC-2026-0042 interview.mp3</span>, is added to that testimony; other
          transcripts (.txt, .vtt, .srt) become new testimonies.
        </p>
        <div className="import-choosers">
          <FileDrop path="importFiles" label="Files" multiple onFiles={add} error={fileError} disabled={preparing !== null} />
          <FileDrop path="importFolder" label="Or a whole folder" folder onFiles={add} disabled={preparing !== null} />
        </div>
      </section>
      <section className="import-step" aria-labelledby="files-list-title">
        <h2 id="files-list-title">2. The files to import</h2>
        {chosen.length === 0 ? (
          <p className="muted">No files chosen yet. Choose files or a folder above, or drop them on the file box.</p>
        ) : (
          <>
            <p>
              {plural(chosen.length, 'file', 'files')}, {formatBytes(total)} in all.
            </p>
            <ul className="import-file-list">
              {chosen.map((c, i) => (
                <li key={keyOf(c.file)}>
                  <span className="path">{c.shownName}</span>
                  <span className="muted small">{formatBytes(c.file.size)}</span>
                  <button type="button" className="button button--small button--quiet" onClick={() => remove(i)} disabled={preparing !== null} aria-label={`Take ${c.shownName} off the list`}>
                    Take off
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {preparing ? (
          <p className="loading" role="status">
            {preparing}
          </p>
        ) : null}
      </section>
      {chosen.length > 0 ? (
        <ImportRun
          key={run}
          step={3}
          prepare={prepare}
          what={plural(chosen.length, 'chosen file', 'chosen files')}
          confirmLabel={`Import ${plural(chosen.length, 'file', 'files')}`}
          onFieldError={onFieldError}
          onStartOver={startOver}
          startOverLabel="Import more files"
        />
      ) : null}
    </div>
  );
}
