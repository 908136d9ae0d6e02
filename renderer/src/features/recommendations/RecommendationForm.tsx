import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ADDRESSEE_TYPES, ADDRESSEE_TYPE_LABELS, PRIORITIES, PRIORITY_LABELS, recommendationInput, type AddresseeType, type Priority, type Recommendation, type RecommendationData } from '../../../../shared/model/findings';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { RadioGroup } from '../../components/CheckboxGroup';
import { Field } from '../../components/Field';
import { FormShell } from '../../components/FormShell';
import { MultiPicker } from '../../components/MultiPicker';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { StatementText } from '../findings/StatementText';
import { ThemePicker } from '../themes/ThemePicker';
import { useThemeTree } from '../themes/useThemeTree';
import { useRecordForm } from '../shared/useRecordForm';
import { todayUtc } from '../shared/model/today';

const TYPES = ADDRESSEE_TYPES.map((t) => ({ value: t, label: ADDRESSEE_TYPE_LABELS[t] }));
const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

const empty: RecommendationData = { title: '', text: '', addressee: '', addresseeType: 'other', priority: 'medium', themeIds: [], findingIds: [] };

const draftFrom = (r: Recommendation): RecommendationData => ({
  title: r.title,
  text: r.text,
  addressee: r.addressee,
  addresseeType: r.addresseeType,
  priority: r.priority,
  themeIds: r.themes.map((t) => t.id),
  findingIds: r.findings.map((f) => f.id),
});

const validate = (d: RecommendationData) => {
  const r = recommendationInput.safeParse(d);
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

/** The addressees already named (for the addressee box's suggestions) and the findings to rest on. */
function useChoices() {
  const { dataVersion } = useArchive();
  const tracker = useCall('recommendations.list', { addressees: [], statuses: [], themeId: null, text: '', offset: 0, limit: 1 }, dataVersion);
  const findings = useCall('findings.list', { text: '' }, dataVersion);
  const addressees = useMemo(() => tracker.data?.counts.byAddressee.map((a) => a.addressee) ?? [], [tracker.data]);
  const findingOptions = useMemo(() => (findings.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.ref} ${f.title}` })), [findings.data]);
  return { addressees, findingOptions, findingsLoading: findings.loading };
}

/** A recommendation's title, text, addressee, priority, themes and findings. Its number and status are changed on the record. */
function RecommendationForm({ existing }: { existing: Recommendation | null }) {
  const [assessedBy, setAssessedBy] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : empty,
    validate,
    basePath: '/recommendations',
    existingId: existing?.id ?? null,
    submit: (d) =>
      existing ? call('recommendations.update', { id: existing.id, expectedVersion: existing.version, data: d }) : call('recommendations.create', { data: d, assessedBy: assessedBy.trim(), ...(startedOn ? { startedOn } : {}) }),
  });
  const tree = useThemeTree({ includeRetired: true });
  const choices = useChoices();
  const { draft, errors, set } = form;
  // Findings linked before stay choosable under their own names even when the list has not loaded them.
  const findingOptions = useMemo(() => {
    const linked = (existing?.findings ?? []).filter((f) => !choices.findingOptions.some((o) => o.value === f.id)).map((f) => ({ value: f.id, label: `${f.ref} ${f.title}` }));
    return [...linked, ...choices.findingOptions];
  }, [existing, choices.findingOptions]);

  return (
    <FormShell
      form={form}
      title={existing ? `Edit recommendation ${existing.number}` : 'New recommendation'}
      intro={
        existing
          ? 'Its number and implementation status are changed on the record (Change number…, Add status…).'
          : 'A new recommendation takes the next number; its implementation history starts “not started” today.'
      }
      saving={saving}
      onSave={save}
      onCancel={cancel}
      allowLeave={allowLeave}
      saveLabel={existing ? 'Save changes' : 'Save recommendation'}
    >
      <fieldset className="form-section">
        <legend>The recommendation</legend>
        <TextField {...form.text('title')} label="Title" required />
        <TextField {...form.text('text')} label="Text" rows={10} inputClassName="statement-input" hint="Markdown: a blank line between paragraphs, **bold**, *italic*, lists with - or 1., [^1] for a footnote." />
        <details className="statement-preview">
          <summary>Preview the text as the report prints it</summary>
          <StatementText text={draft.text} idPrefix="preview" empty="Nothing written yet." />
        </details>
        <RadioGroup path="priority" legend="Priority" options={PRIORITY_OPTIONS} value={draft.priority} onChange={(v) => set('priority', v as Priority)} error={errors.priority} className="choice-group--inline" />
      </fieldset>
      <fieldset className="form-section">
        <legend>Addressed to</legend>
        <div className="form-grid">
          <Field path="addressee" label="Addressee" required error={errors.addressee} hint="The body by name, e.g. “Harlan County Police Department”. Use the same spelling each time so the tracker groups them.">
            {(p) => <input {...p} type="text" value={draft.addressee} list="addressee-suggestions" autoComplete="off" onChange={(e) => set('addressee', e.target.value)} />}
          </Field>
          <Field path="addresseeType" label="Kind of body" error={errors.addresseeType}>
            {(p) => <Select {...p} value={draft.addresseeType} options={TYPES} onChange={(v) => set('addresseeType', v as AddresseeType)} />}
          </Field>
        </div>
        <datalist id="addressee-suggestions">
          {choices.addressees.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        {existing ? null : (
          <>
            <TextField path="assessedBy" label="Who records it as not started (optional)" value={assessedBy} onChange={setAssessedBy} hint="The first entry of its implementation history." />
            <Field path="startedOn" label="Made on (optional)" error={errors.startedOn} hint="For a recommendation made before it is entered here; otherwise its history starts today.">
              {(p) => <input {...p} type="date" value={startedOn} max={todayUtc()} onChange={(e) => setStartedOn(e.target.value)} />}
            </Field>
          </>
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend>Findings and themes</legend>
        <MultiPicker path="findingIds" legend="Resting on the findings" noun="findings" options={findingOptions} loading={choices.findingsLoading} value={draft.findingIds} onChange={(v) => set('findingIds', v)} error={errors.findingIds} />
        <ThemePicker themes={tree.themes} value={draft.themeIds} onChange={(ids) => set('themeIds', ids)} label="Themes" path="themeIds" error={errors.themeIds} hint="Type to find a theme, Enter to choose it." />
      </fieldset>
    </FormShell>
  );
}

export function RecommendationFormPage() {
  const { id } = useParams();
  const r = useCall('recommendations.get', id ? { id } : null);
  let body;
  if (!id) body = <RecommendationForm key="new" existing={null} />;
  else if (r.error) body = <ApiErrorNotice error={r.error} retry={r.reload} />;
  else if (!r.data || r.data.id !== id) body = <Loading what="Opening the recommendation…" />;
  else body = <RecommendationForm key={`${id}:${r.data.version}`} existing={r.data} />;
  return <div className="page recommendation-page">{body}</div>;
}
