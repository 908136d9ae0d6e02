import { useParams } from 'react-router-dom';
import { findingInput, type Finding, type FindingData } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { FormShell } from '../../components/FormShell';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { ThemePicker } from '../themes/ThemePicker';
import { useThemeTree } from '../themes/useThemeTree';
import { useRecordForm } from '../shared/useRecordForm';
import { StatementText } from './StatementText';

const empty: FindingData = { ref: '', title: '', text: '', themeIds: [] };

const draftFrom = (f: Finding): FindingData => ({ ref: f.ref, title: f.title, text: f.text, themeIds: f.themes.map((t) => t.id) });

const validate = (d: FindingData) => {
  const r = findingInput.safeParse(d);
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

/** A finding's reference, title, text (Markdown, with a preview) and themes. Its evidence is cited from the transcripts. */
function FindingForm({ existing }: { existing: Finding | null }) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : empty,
    validate,
    basePath: '/findings',
    existingId: existing?.id ?? null,
    submit: (d) => (existing ? call('findings.update', { id: existing.id, expectedVersion: existing.version, data: d }) : call('findings.create', { data: d })),
  });
  const tree = useThemeTree({ includeRetired: true });
  const { draft, errors, set } = form;

  return (
    <FormShell
      form={form}
      title={existing ? `Edit ${existing.ref} ${existing.title}` : 'New finding'}
      intro={existing ? 'Evidence is cited from the transcripts and arranged on the finding itself.' : 'Once the finding is saved, cite its evidence: select words in a testimony’s transcript and choose “Cite in a finding…”.'}
      saving={saving}
      onSave={save}
      onCancel={cancel}
      allowLeave={allowLeave}
      saveLabel={existing ? 'Save changes' : 'Save finding'}
    >
      <fieldset className="form-section">
        <legend>The finding</legend>
        <TextField {...form.text('title')} label="Title" required />
        <TextField {...form.text('ref')} label="Reference code" hint="Leave empty for the next free code (F-001, F-002, …)." inputClassName="mono" className="field--narrow" />
        <TextField
          {...form.text('text')}
          label="Text"
          rows={12}
          inputClassName="statement-input"
          hint="Markdown: a blank line between paragraphs, **bold**, *italic*, lists with - or 1., > for a quotation, [^1] for a footnote."
        />
        <details className="statement-preview">
          <summary>Preview the text as the report prints it</summary>
          <StatementText text={draft.text} idPrefix="preview" empty="Nothing written yet." />
        </details>
      </fieldset>
      <fieldset className="form-section">
        <legend>Themes</legend>
        <ThemePicker themes={tree.themes} value={draft.themeIds} onChange={(ids) => set('themeIds', ids)} label="Themes" path="themeIds" error={errors.themeIds} hint="Type to find a theme, Enter to choose it." />
      </fieldset>
    </FormShell>
  );
}

export function FindingFormPage() {
  const { id } = useParams();
  const r = useCall('findings.get', id ? { id } : null);
  if (!id) return <FindingForm key="new" existing={null} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening the finding…" />;
  return <FindingForm key={`${id}:${r.data.version}`} existing={r.data} />;
}
