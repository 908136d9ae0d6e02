import { useState } from 'react';
import { ARCHIVE_EXPORT_FORMATS, type ArchiveExportFormat, type ExportScope } from '../../../../shared/api/exports';
import type { Job } from '../../../../shared/api/jobs';
import { mayExportFull } from '../../../../shared/model/access';
import type { Role } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import { jobResultUrl } from '../../api/files';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { JobProgress } from './JobProgress';
import { useStartJob } from './useStartJob';

const FORMATS: Record<ArchiveExportFormat, { label: string; purpose: string }> = {
  csv: { label: 'CSV', purpose: 'a folder of spreadsheets (testimonies, people, themes) to open in Excel or LibreOffice or load into another system' },
  dc: { label: 'Dublin Core XML', purpose: 'one file of standard catalogue records (oai_dc) for a library or archive catalogue' },
  json: { label: 'JSON archive', purpose: 'the complete archive with its files, to move it into another Tessera' },
  bagit: { label: 'BagIt package', purpose: 'a checksummed transfer package (RFC 8493) for handing the records to a national archive' },
};

const SCOPES: Record<ExportScope, { label: string; purpose: string }> = {
  public: { label: 'Public', purpose: 'only what may be published, with redactions applied and unconsented people under their pseudonym' },
  full: { label: 'Full', purpose: 'everything, including restricted, confidential and sealed records; keep it as safe as the archive itself' },
};

const FULL_REFUSED = 'your role may export only the public scope; ask an archivist for a full export';
const JSON_FULL = 'a JSON archive holds everything, so it is always the full scope';

/** The job of an archival export followed on the page: progress and Cancel, then where it went. */
function ExportJob({ job }: { job: Job }) {
  if (job.state === 'running') {
    return <JobProgress job={job} cancelLabel="Cancel the export" after=". You can keep working; the progress is also shown at the bottom of the window." />;
  }
  if (job.state === 'done' && job.result) {
    return (
      <Notice kind="success">
        <p>
          The export is ready in <span className="mono path">{job.result.path}</span>
        </p>
        <p>{job.result.summary}</p>
        {job.result.path.toLowerCase().endsWith('.xml') ? (
          <p>
            <a href={jobResultUrl(job.id)} download>
              Download the XML file
            </a>
          </p>
        ) : null}
      </Notice>
    );
  }
  if (job.state === 'failed') return <Notice kind="error">The export was not written. {job.error}</Notice>;
  if (job.state === 'cancelled') return <Notice kind="info">The export was cancelled. Nothing was left behind.</Notice>;
  return null;
}

/**
 * Archival exports: CSV, Dublin Core, a JSON archive or a BagIt package, of the public scope (what
 * the publish policy lets out) or the full archive (for the roles that may).
 */
export function ArchivalExportsCard({ archivePath, role, allowed }: { archivePath: string; role: Role; allowed: boolean }) {
  const fullAllowed = mayExportFull(role);
  const [format, setFormat] = useState<ArchiveExportFormat>('csv');
  const [chosenScope, setScope] = useState<ExportScope>('public');
  const [out, setOut] = useState('');
  const { job, starting, error, start } = useStartJob();
  const busy = starting || job?.state === 'running';
  const scope: ExportScope = format === 'json' ? 'full' : chosenScope;

  const unavailableFormats = fullAllowed ? [] : ['json'];
  const unavailableScopes = format === 'json' ? ['public'] : fullAllowed ? [] : ['full'];
  const scopeNote = (s: string) => {
    const base = SCOPES[s as ExportScope].purpose;
    if (s === 'full' && !fullAllowed) return `${base} (not available: ${FULL_REFUSED})`;
    if (s === 'public' && format === 'json') return `${base} (not available: ${JSON_FULL})`;
    return base;
  };
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);

  return (
    <section className="card export-card" aria-labelledby="archival-title">
      <h2 id="archival-title">Archival exports</h2>
      <p>Copies of the records in standard formats, for other systems, catalogues and national archives. Each export is recorded in the archive’s history.</p>
      {allowed ? (
        <form onSubmit={(e) => void start(e, () => call('exports.start', { format, scope, out: out.trim() }))} noValidate>
          <RadioGroup
            path="format"
            legend="Format"
            options={ARCHIVE_EXPORT_FORMATS.map((f) => ({ value: f, label: FORMATS[f].label }))}
            value={format}
            onChange={(v) => setFormat(v as ArchiveExportFormat)}
            describe={(v) => (v === 'json' && !fullAllowed ? `${FORMATS.json.purpose} (not available: ${FULL_REFUSED})` : FORMATS[v as ArchiveExportFormat].purpose)}
            unavailable={unavailableFormats}
            error={fieldError('format')}
          />
          <RadioGroup
            path="scope"
            legend="What to include"
            options={(['public', 'full'] as const).map((s) => ({ value: s, label: SCOPES[s].label }))}
            value={scope}
            onChange={(v) => setScope(v as ExportScope)}
            describe={scopeNote}
            unavailable={unavailableScopes}
            hint={format === 'json' ? 'A JSON archive holds everything, so it is always the full scope.' : undefined}
            error={fieldError('scope')}
          />
          <TextField
            path="archivalOut"
            label="Where to write it (optional)"
            value={out}
            onChange={setOut}
            error={fieldError('out')}
            placeholder={`${archivePath}/exports/…`}
            hint={
              <>
                The whole path of a file or folder that does not exist yet. Leave it empty to create a new one in{' '}
                <span className="mono path">{archivePath}/exports</span>.
              </>
            }
            inputClassName="mono"
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Exporting…' : `Export as ${FORMATS[format].label}`}
          </button>
        </form>
      ) : (
        <Notice kind="info">Only an administrator, archivist or cataloguer may export records.</Notice>
      )}
      {error && !['format', 'scope', 'out'].includes(error.field ?? '') ? <Notice kind="error">{error.message}</Notice> : null}
      {job ? <ExportJob job={job} /> : null}
    </section>
  );
}
