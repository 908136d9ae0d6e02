import { useState, type FormEvent } from 'react';
import type { ApiError, Output } from '../../../../shared/api';
import { checkRefPattern, DEFAULT_REF_PATTERN, formatRef } from '../../../../shared/model/refCode';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ARCHIVISTS } from '../../../../shared/api/define';
import { useArchive } from '../../app/ArchiveContext';
import { useRoleIn } from '../../app/useRoleIn';
import { ApiErrorNotice, Loading, Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorsFromApi } from '../../lib/formErrors';
import { BackupsSection } from '../backups/BackupsSection';

export function SettingsPage() {
  const { dataVersion } = useArchive();
  const settings = useCall('settings.get', {}, dataVersion);
  if (settings.error && !settings.data) return <ApiErrorNotice error={settings.error} retry={settings.reload} />;
  if (!settings.data) return <Loading />;
  return <SettingsForm key={`${dataVersion}`} initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: Output<'settings.get'> }) {
  const { refreshInfo } = useArchive();
  // The contract's roles for backups.*.
  const canBackUp = useRoleIn(ARCHIVISTS);
  const [name, setName] = useState(initial.archiveName);
  const [pattern, setPattern] = useState(initial.refPattern);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const patternProblem = checkRefPattern(pattern.trim());
  const server = error ? errorsFromApi(error) : { fields: {}, general: null };
  const year = new Date().getFullYear();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (name.trim() === '' || patternProblem) {
      setError({ code: 'invalid_input', message: 'Check the fields marked below', fields: [...(name.trim() === '' ? [{ field: 'archiveName', message: 'The archive needs a name' }] : []), ...(patternProblem ? [{ field: 'refPattern', message: patternProblem }] : [])] });
      return;
    }
    setBusy(true);
    const r = await call('settings.update', { archiveName: name, refPattern: pattern });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setSaved(true);
    refreshInfo();
  };

  return (
    <div className="page page--narrow">
      <header className="page-head">
        <h1>Settings</h1>
        <p className="muted">These apply to this archive, for everyone who opens it.</p>
      </header>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label="Archive settings">
        {server.general ? <Notice kind="error">{server.general}</Notice> : null}
        {saved ? <Notice kind="success">Settings saved.</Notice> : null}
        <TextField path="archiveName" label="Archive name" value={name} onChange={(v) => { setName(v); setSaved(false); }} error={server.fields.archiveName} required />
        <TextField
          path="refPattern"
          label="Reference code pattern"
          value={pattern}
          onChange={(v) => { setPattern(v); setSaved(false); setError(null); }}
          error={server.fields.refPattern ?? (pattern.trim() && patternProblem ? patternProblem : undefined)}
          inputClassName="mono"
          hint={
            <>
              How new testimonies are numbered. <code>{'{YYYY}'}</code> becomes the year the testimony is catalogued; <code>{'{NNNN}'}</code> is a running number
              padded to as many digits as there are N’s (use exactly one). Letters, digits, dots, dashes, underscores and slashes may surround them. The default
              is <code>{DEFAULT_REF_PATTERN}</code>.
            </>
          }
        />
        <p className="muted" aria-live="polite">
          {patternProblem ? 'No example until the pattern is valid.' : <>The first code this year would look like <strong className="mono">{formatRef(pattern.trim(), year, 1)}</strong>. Existing codes do not change.</>}
        </p>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
      {canBackUp ? <BackupsSection /> : null}
    </div>
  );
}
