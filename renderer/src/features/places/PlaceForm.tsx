import { useParams } from 'react-router-dom';
import { PLACE_TYPES, type PlaceType } from '../../../../shared/model/enums';
import type { Place, PlaceData } from '../../../../shared/model/people';
import { placeInput } from '../../../../shared/model/people';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { Field } from '../../components/Field';
import { FormShell } from '../../components/FormShell';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { enumOptions, Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { usePlaceOptions, withCurrent } from '../shared/usePickerOptions';
import { useRecordForm } from '../shared/useRecordForm';

/** The place form's state: coordinates as typed. */
type PlaceDraft = Omit<PlaceData, 'latitude' | 'longitude'> & { latitude: string; longitude: string };

const TYPES = enumOptions(PLACE_TYPES);
const empty: PlaceDraft = { name: '', type: 'other', parentId: null, latitude: '', longitude: '' };
const num = (s: string) => (s.trim() === '' ? null : Number(s.trim().replace('−', '-')));
const toInput = (d: PlaceDraft): PlaceData => ({ ...d, latitude: num(d.latitude), longitude: num(d.longitude) });
const draftFrom = (p: Place): PlaceDraft => ({ name: p.name, type: p.type, parentId: p.parentId, latitude: p.latitude === null ? '' : String(p.latitude), longitude: p.longitude === null ? '' : String(p.longitude) });
const validate = (d: PlaceDraft) => {
  const r = placeInput.safeParse(toInput(d));
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

function PlaceForm({ existing }: { existing: Place | null }) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : empty,
    validate,
    basePath: '/places',
    existingId: existing?.id ?? null,
    submit: (d) => (existing ? call('places.update', { id: existing.id, expectedVersion: existing.version, data: toInput(d) }) : call('places.create', { data: toInput(d) })),
  });
  const places = usePlaceOptions();
  const parents = withCurrent(
    places.options.filter((o) => o.value !== existing?.id),
    form.draft.parentId,
    existing?.parentName ?? null,
  );
  const { draft, errors, set } = form;
  return (
    <FormShell form={form} title={existing ? `Edit ${existing.name}` : 'New place'} saving={saving} onSave={save} onCancel={cancel} allowLeave={allowLeave} saveLabel={existing ? 'Save changes' : 'Save place'}>
      <fieldset className="form-section">
        <legend>Place</legend>
        <TextField {...form.text('name')} label="Name" required />
        <div className="form-grid">
          <Field path="type" label="Kind of place" error={errors.type}>
            {(p) => <Select {...p} value={draft.type} options={TYPES} onChange={(v) => set('type', v as PlaceType)} />}
          </Field>
          <Field path="parentId" label="Part of" error={errors.parentId} hint="The larger place it lies in, e.g. the city of a neighbourhood.">
            {(p) => <Select {...p} value={draft.parentId ?? ''} options={parents} empty="None" onChange={(v) => set('parentId', v || null)} />}
          </Field>
          <TextField {...form.text('latitude')} label="Latitude" hint="−90 to 90, e.g. -33.92487" inputMode="decimal" />
          <TextField {...form.text('longitude')} label="Longitude" hint="−180 to 180, e.g. 18.42406" inputMode="decimal" />
        </div>
      </fieldset>
    </FormShell>
  );
}

export function PlaceFormPage() {
  const { id } = useParams();
  const r = useCall('places.get', id ? { id } : null);
  if (!id) return <PlaceForm key="new" existing={null} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening place…" />;
  return <PlaceForm key={`${id}:${r.data.version}`} existing={r.data} />;
}
