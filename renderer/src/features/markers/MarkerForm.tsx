import { useParams } from 'react-router-dom';
import { isoDate } from '../../../../shared/model/fields';
import { MARKER_TYPES, markerData, markerInput, type Marker, type MarkerData, type MarkerType } from '../../../../shared/model/markers';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { Field } from '../../components/Field';
import { FormShell } from '../../components/FormShell';
import { ListText } from '../../components/ListText';
import { MultiPicker } from '../../components/MultiPicker';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { Select, type Option } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { errorsFromIssues, type FieldErrors } from '../../lib/formErrors';
import { useHearingOptions, usePeopleOptions, usePlaceOptions, useTestimonyOptions, withCurrent } from '../shared/usePickerOptions';
import { useRecordForm } from '../shared/useRecordForm';
import { TYPE_LABELS } from './model/labels';
import { todayUtc } from '../shared/model/today';

/** The form's state: coordinates as typed, and (for a new marker) the day it was proposed. */
type MarkerDraft = Omit<MarkerData, 'latitude' | 'longitude'> & { latitude: string; longitude: string; proposedOn: string };

const TYPES = MARKER_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }));

const emptyDraft = (): MarkerDraft => ({
  ref: '',
  title: '',
  subtitle: '',
  type: 'historical_marker',
  address: '',
  placeId: null,
  latitude: '',
  longitude: '',
  directions: '',
  erectedBy: '',
  sponsors: [],
  dedicationDate: '',
  ceremonyNotes: '',
  honoureeIds: [],
  testimonyIds: [],
  hearingIds: [],
  notes: '',
  proposedOn: todayUtc(),
});

const draftFrom = (m: Marker): MarkerDraft => ({
  ...markerData(m),
  latitude: m.latitude === null ? '' : String(m.latitude),
  longitude: m.longitude === null ? '' : String(m.longitude),
  proposedOn: '',
});

/** A coordinate as typed: empty is "not recorded"; text that is not a number is kept so the check can name it. */
const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim().replace('−', '-').replace(',', '.')));

function toInput(d: MarkerDraft): MarkerData {
  const { proposedOn: _proposedOn, ...rest } = d;
  return { ...rest, latitude: num(d.latitude), longitude: num(d.longitude) };
}

function validate(d: MarkerDraft, creating: boolean): FieldErrors {
  const r = markerInput.safeParse(toInput(d));
  const errors = r.success ? {} : errorsFromIssues(r.error.issues);
  if (creating && !isoDate.safeParse(d.proposedOn).success) errors.proposedOn = 'Give the day it was proposed, YYYY-MM-DD';
  return errors;
}
const validateNew = (d: MarkerDraft) => validate(d, true);
const validateEdit = (d: MarkerDraft) => validate(d, false);

/** Options with the records already linked kept, even when they are not among the loaded ones. */
function withLinked(options: Option[], linked: { id: string; label: string }[]): Option[] {
  const missing = linked.filter((l) => !options.some((o) => o.value === l.id)).map((l) => ({ value: l.id, label: l.label }));
  return missing.length ? [...options, ...missing] : options;
}

function MarkerForm({ existing }: { existing: Marker | null }) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : emptyDraft(),
    validate: existing ? validateEdit : validateNew,
    basePath: '/markers',
    existingId: existing?.id ?? null,
    submit: (d) =>
      existing ? call('markers.update', { id: existing.id, expectedVersion: existing.version, data: toInput(d) }) : call('markers.create', { data: toInput(d), proposedOn: d.proposedOn }),
  });
  const places = usePlaceOptions();
  const people = usePeopleOptions();
  const testimonies = useTestimonyOptions();
  const hearings = useHearingOptions();
  const { draft, errors, set } = form;
  const honourees = withLinked(people.options, existing?.honourees.map((h) => ({ id: h.id, label: h.name })) ?? []);
  const linkedTestimonies = withLinked(testimonies.options, existing?.testimonies.map((t) => ({ id: t.id, label: `${t.ref} ${t.title}` })) ?? []);
  const linkedHearings = withLinked(hearings.options, existing?.hearings.map((h) => ({ id: h.id, label: h.title })) ?? []);

  return (
    <FormShell
      form={form}
      title={existing ? `Edit ${existing.ref} ${existing.title}` : 'New memorial or marker'}
      intro={existing ? 'The inscription, status and photos are changed on their own tabs of the record.' : 'A new marker starts as proposed. Its inscription, status and photos are added on the record once it is saved.'}
      saving={saving}
      onSave={save}
      onCancel={cancel}
      allowLeave={allowLeave}
      saveLabel={existing ? 'Save changes' : 'Save marker'}
    >
      <fieldset className="form-section">
        <legend>The marker</legend>
        <TextField {...form.text('title')} label="Title" required />
        <TextField {...form.text('subtitle')} label="Subtitle" />
        <div className="form-grid">
          <Field path="type" label="Type" error={errors.type}>
            {(p) => <Select {...p} value={draft.type} options={TYPES} onChange={(v) => set('type', v as MarkerType)} />}
          </Field>
          <TextField {...form.text('ref')} label="Reference code" hint="Leave empty for the next free code (M-001, M-002, …)." inputClassName="mono" />
          {existing ? null : <TextField {...form.text('proposedOn')} label="Proposed on" type="date" required hint="The day the proposal was made; its status history starts here." />}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Location</legend>
        <TextField {...form.text('address')} label="Address" />
        <div className="form-grid">
          <Field path="placeId" label="Place" error={errors.placeId} hint="The archive’s place it stands in; the locator is drawn among its places.">
            {(p) => <Select {...p} value={draft.placeId ?? ''} options={withCurrent(places.options, draft.placeId, existing?.placeName ?? null)} empty="Not recorded" onChange={(v) => set('placeId', v || null)} />}
          </Field>
          <TextField {...form.text('latitude')} label="Latitude" hint="−90 to 90, e.g. 39.37412" inputMode="decimal" />
          <TextField {...form.text('longitude')} label="Longitude" hint="−180 to 180, e.g. -85.06824" inputMode="decimal" />
        </div>
        <TextField {...form.text('directions')} label="Directions" rows={3} hint="How to find it on the ground: which corner, which side of the path." />
      </fieldset>

      <fieldset className="form-section">
        <legend>Erected and dedicated</legend>
        <TextField {...form.text('erectedBy')} label="Erected by" />
        <ListText path="sponsors" label="Sponsors" mode="lines" value={draft.sponsors} onChange={(v) => set('sponsors', v)} error={errors.sponsors ?? Object.entries(errors).find(([k]) => k.startsWith('sponsors.'))?.[1]} hint="One sponsor per line." />
        <div className="form-grid">
          <TextField {...form.text('dedicationDate')} label="Dedication date" hint="Planned or actual, as written: 2024-05-18, 2024-05, circa 2025." />
        </div>
        <TextField {...form.text('ceremonyNotes')} label="Ceremony notes" rows={3} />
      </fieldset>

      <fieldset className="form-section">
        <legend>People and records</legend>
        <MultiPicker path="honoureeIds" legend="Honourees" noun="people" options={honourees} loading={people.loading} value={draft.honoureeIds} onChange={(v) => set('honoureeIds', v)} error={errors.honoureeIds} />
        <MultiPicker path="testimonyIds" legend="Related testimonies" noun="testimonies" options={linkedTestimonies} loading={testimonies.loading} value={draft.testimonyIds} onChange={(v) => set('testimonyIds', v)} error={errors.testimonyIds} />
        <MultiPicker path="hearingIds" legend="Related hearings and forums" noun="hearings and forums" options={linkedHearings} loading={hearings.loading} value={draft.hearingIds} onChange={(v) => set('hearingIds', v)} error={errors.hearingIds} />
      </fieldset>

      <fieldset className="form-section">
        <legend>Notes</legend>
        <TextField {...form.text('notes')} label="Internal notes" rows={4} hint="For the commission only: never printed on a public sheet." />
      </fieldset>
    </FormShell>
  );
}

export function MarkerFormPage() {
  const { id } = useParams();
  const r = useCall('markers.get', id ? { id } : null);
  if (!id) return <MarkerForm key="new" existing={null} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening the marker…" />;
  return <MarkerForm key={`${id}:${r.data.version}`} existing={r.data} />;
}
