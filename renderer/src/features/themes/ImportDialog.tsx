import { useId, useState, type FormEvent } from 'react';
import { THESAURUS_FORMATS, type ThesaurusFormat } from '../../../../shared/model/themes';
import type { Output } from '../../../../shared/api';
import { call } from '../../api/client';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { formatCount } from '../../lib/format';

const FORMAT_LABELS: Record<ThesaurusFormat, string> = { csv: 'CSV (a table with one theme a row)', skos: 'SKOS in Turtle (.ttl)' };

/** The format a file name suggests: .csv or .ttl; null when it says nothing. */
export function formatFromName(name: string): ThesaurusFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ttl')) return 'skos';
  return null;
}

type Report = Output<'themes.import'>;

function summary(r: Report): string {
  const n = (x: number) => formatCount(x);
  return `${n(r.added)} added, ${n(r.updated)} updated, ${n(r.unchanged)} unchanged.`;
}

/**
 * Import a thesaurus file: choose it, check it (a dry run that changes nothing and reports what
 * would happen), then import. The engine's problems are shown in its words.
 */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [format, setFormat] = useState<ThesaurusFormat>('csv');
  const [checked, setChecked] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async (f: File | undefined) => {
    reset();
    if (!f) return;
    const guessed = formatFromName(f.name);
    if (guessed) setFormat(guessed);
    try {
      setFile({ name: f.name, text: await f.text() });
    } catch {
      setError('The file could not be read. Check that it is still there and try again.');
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError('Choose a file first.');
      return;
    }
    setBusy(true);
    setError(null);
    const r = await call('themes.import', { format, text: file.text, dryRun });
    setBusy(false);
    if (!r.ok) {
      setChecked(null);
      setError(r.error.message);
      return;
    }
    if (dryRun) setChecked(r.value);
    else {
      setDone(r.value);
      onImported();
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(!checked);
  };

  return (
    <Dialog open={open} title="Import themes" onClose={close}>
      {done ? (
        <>
          <Notice kind="success">
            <p>Imported: {summary(done)}</p>
          </Notice>
          <div className="actions">
            <button type="button" className="button button--primary" data-autofocus onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate className="theme-import">
          <p className="muted">Themes are matched by label under the same broader theme: new ones are added, known ones updated. Nothing is removed.</p>
          <div className="field">
            <label htmlFor={fileId}>Thesaurus file</label>
            <input id={fileId} type="file" accept=".csv,.ttl,text/csv,text/turtle" data-autofocus onChange={(e) => void choose(e.target.files?.[0])} />
          </div>
          <RadioGroup
            path="importFormat"
            legend="Format"
            options={THESAURUS_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
            value={format}
            onChange={(v) => {
              setFormat(v as ThesaurusFormat);
              setChecked(null);
            }}
          />
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          {checked ? (
            <Notice kind="info">
              <p>
                <strong>Checked {file?.name}:</strong> {summary(checked)} Nothing has changed yet.
              </p>
            </Notice>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy || !file}>
              {busy ? 'Working…' : checked ? 'Import' : 'Check the file'}
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
