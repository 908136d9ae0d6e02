import { useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { CsvPreview } from '../../../../shared/api/imports';
import type { ImportMapping } from '../../../../shared/model/importFields';
import { call } from '../../api/client';
import { stageFile, type StagedFile } from '../../api/files';
import { Loading, Notice } from '../../components/Notice';
import { plural } from '../../lib/format';
import { CsvPreviewSection, type EncodingChoice } from './CsvPreviewSection';
import { FileDrop } from '../../components/FileDrop';
import { ImportRun } from './ImportRun';
import { MappingSection } from './MappingSection';

/** The person's choices for the columns that are still there; the engine's for the others. */
function keepChoices(previous: ImportMapping | null, next: CsvPreview): ImportMapping {
  if (!previous) return next.mapping;
  const kept: ImportMapping = { ...next.mapping };
  for (const c of next.columns) if (c in previous) kept[c] = previous[c]!;
  return kept;
}

/**
 * Importing a spreadsheet, in the order a person thinks about it: choose the file; see what was
 * read (encoding, rows); say which column fills which field; check it with a dry run; import.
 * Every choice stays when a later step fails, so a refusal never means starting again.
 */
export function CsvWizard() {
  const [staged, setStaged] = useState<StagedFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [remember, setRemember] = useState(true);
  const [mappingError, setMappingError] = useState<ApiError | null>(null);
  const [run, setRun] = useState(0);

  const read = async (file: StagedFile, enc: EncodingChoice, previous: ImportMapping | null) => {
    setReading(enc === 'auto' ? `Reading ${file.fileName}…` : `Reading ${file.fileName} again…`);
    const r = await call('imports.csvPreview', { path: file.path, encoding: enc });
    setReading(null);
    if (!r.ok) {
      setFileError(r.error.message);
      return;
    }
    setPreview(r.value);
    setMapping(keepChoices(previous, r.value));
  };

  const choose = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setFileError(undefined);
    setMappingError(null);
    setPreview(null);
    setStaged(null);
    setEncoding('auto');
    setRun((n) => n + 1);
    setReading(`Preparing ${file.name}…`);
    const s = await stageFile(file);
    if (!s.ok) {
      setReading(null);
      setFileError(s.error.message);
      return;
    }
    setStaged(s.value);
    await read(s.value, 'auto', null);
  };

  const changeEncoding = (enc: EncodingChoice) => {
    setEncoding(enc);
    setFileError(undefined);
    setRun((n) => n + 1);
    if (staged) void read(staged, enc, mapping);
  };

  const startOver = () => {
    setStaged(null);
    setPreview(null);
    setMapping({});
    setEncoding('auto');
    setFileError(undefined);
    setMappingError(null);
    setRun((n) => n + 1);
  };

  const onFieldError = (e: ApiError): boolean => {
    if (e.field?.startsWith('mapping')) {
      setMappingError(e);
      return true;
    }
    if (e.field?.startsWith('paths') || e.field === 'path' || e.field === 'encoding') {
      setFileError(e.message);
      return true;
    }
    return false;
  };

  return (
    <div className="import-wizard">
      <section className="import-step" aria-labelledby="csv-choose-title">
        <h2 id="csv-choose-title">1. Choose the spreadsheet</h2>
        <p className="muted">
          A CSV file with a header row and one testimony a row (save it from Excel, LibreOffice or Google Sheets as “CSV”). Rows with a reference code
          already in the archive update that testimony; the others are added.
        </p>
        <FileDrop path="csvFile" label="CSV file" accept=".csv,text/csv" onFiles={(f) => void choose(f)} error={fileError} disabled={reading !== null} />
        {staged && !reading ? (
          <p className="small">
            Chosen: <span className="path">{staged.fileName}</span>
          </p>
        ) : null}
        {reading ? <Loading what={reading} /> : null}
      </section>
      {preview && staged ? (
        <>
          <CsvPreviewSection preview={preview} encoding={encoding} onEncoding={changeEncoding} busy={reading !== null} />
          <MappingSection
            preview={preview}
            mapping={mapping}
            onMapping={(m) => {
              setMapping(m);
              setMappingError(null);
              // A dry run of the old mapping no longer says what importing would do.
              setRun((n) => n + 1);
            }}
            remember={remember}
            onRemember={setRemember}
            error={mappingError}
          />
          {preview.rowCount === 0 ? <Notice kind="info">There are no rows to import in this file. Choose another file.</Notice> : null}
          <ImportRun
            key={run}
            step={4}
            disabled={reading !== null || preview.rowCount === 0}
            prepare={() => Promise.resolve({ ok: true, value: { paths: [staged.path], mapping, encoding: preview.encoding, rememberMapping: remember } })}
            what={`the ${plural(preview.rowCount, 'row', 'rows')} of ${preview.fileName}`}
            confirmLabel={`Import ${plural(preview.rowCount, 'row', 'rows')}`}
            onFieldError={onFieldError}
            onStartOver={startOver}
            startOverLabel="Import another spreadsheet"
          />
        </>
      ) : null}
    </div>
  );
}
