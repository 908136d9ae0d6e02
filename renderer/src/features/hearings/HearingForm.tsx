import { useParams } from 'react-router-dom';
import { HEARING_TYPES, type HearingType } from '../../../../shared/model/enums';
import type { Hearing, HearingData } from '../../../../shared/model/people';
import { hearingInput } from '../../../../shared/model/people';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { Field } from '../../components/Field';
import { FormShell } from '../../components/FormShell';
import { MultiPicker } from '../../components/MultiPicker';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { enumOptions, Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { usePeopleOptions, usePlaceOptions, withCurrent } from '../shared/usePickerOptions';
import { useRecordForm } from '../shared/useRecordForm';

const TYPES = enumOptions(HEARING_TYPES);
const empty: HearingData = { title: '', type: 'public_hearing', date: '', placeId: null, participantIds: [], summary: '', outcomes: '' };
const draftFrom = (h: Hearing): HearingData => ({ title: h.title, type: h.type, date: h.date, placeId: h.placeId, participantIds: [...h.participantIds], summary: h.summary, outcomes: h.outcomes });
const validate = (d: HearingData) => {
  const r = hearingInput.safeParse(d);
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

function HearingForm({ existing }: { existing: Hearing | null }) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : empty,
    validate,
    basePath: '/hearings',
    existingId: existing?.id ?? null,
    submit: (d) => (existing ? call('hearings.update', { id: existing.id, expectedVersion: existing.version, data: d }) : call('hearings.create', { data: d })),
  });
  const places = usePlaceOptions();
  const people = usePeopleOptions();
  const knownPeople = existing ? [...people.options, ...existing.participants.filter((p) => !people.options.some((o) => o.value === p.id)).map((p) => ({ value: p.id, label: p.name }))] : people.options;
  const { draft, errors, set } = form;
  return (
    <FormShell form={form} title={existing ? `Edit ${existing.title}` : 'New hearing or forum'} saving={saving} onSave={save} onCancel={cancel} allowLeave={allowLeave} saveLabel={existing ? 'Save changes' : 'Save'}>
      <fieldset className="form-section">
        <legend>Hearing or forum</legend>
        <TextField {...form.text('title')} label="Title" required />
        <div className="form-grid">
          <Field path="type" label="Kind" error={errors.type}>
            {(p) => <Select {...p} value={draft.type} options={TYPES} onChange={(v) => set('type', v as HearingType)} />}
          </Field>
          <TextField {...form.text('date')} label="Date" hint="As written: 1998-03-14, 1998-03, circa 1963, 1998-03-14/1998-03-16." />
          <Field path="placeId" label="Place" error={errors.placeId}>
            {(p) => <Select {...p} value={draft.placeId ?? ''} options={withCurrent(places.options, draft.placeId, existing?.placeName ?? null)} empty="Not recorded" onChange={(v) => set('placeId', v || null)} />}
          </Field>
        </div>
        <MultiPicker path="participantIds" legend="Participants" noun="people" options={knownPeople} loading={people.loading} value={draft.participantIds} onChange={(v) => set('participantIds', v)} error={errors.participantIds} />
        <TextField {...form.text('summary')} label="Summary" rows={4} />
        <TextField {...form.text('outcomes')} label="Outcomes" rows={4} hint="What was discussed and agreed, so it can be shared with every party." />
      </fieldset>
    </FormShell>
  );
}

export function HearingFormPage() {
  const { id } = useParams();
  const r = useCall('hearings.get', id ? { id } : null);
  if (!id) return <HearingForm key="new" existing={null} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening hearing…" />;
  return <HearingForm key={`${id}:${r.data.version}`} existing={r.data} />;
}
