import { Field } from '../../../components/Field';
import { ListText } from '../../../components/ListText';
import { MultiPicker } from '../../../components/MultiPicker';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { usePlaceOptions } from '../../shared/usePickerOptions';
import type { SectionProps } from './types';

const DATE_HINT = 'As written, e.g. 1998-03-14, circa 1963, 1960s, 1971/1973.';

export function WhenWhereFields({ form }: SectionProps) {
  const { draft, errors, set } = form;
  const places = usePlaceOptions();
  return (
    <fieldset className="form-section">
      <legend>When, where and in what form</legend>
      <div className="form-grid">
        <TextField {...form.text('dateRecorded')} label="Date recorded" hint={DATE_HINT} />
        <Field path="placeRecordedId" label="Place recorded" error={errors.placeRecordedId}>
          {(p) => <Select {...p} value={draft.placeRecordedId ?? ''} options={places.options} empty={places.loading ? 'Loading places…' : 'Not recorded'} onChange={(v) => set('placeRecordedId', v || null)} />}
        </Field>
        <TextField {...form.text('duration')} label="Duration" hint="h:mm:ss, e.g. 1:24:30, or minutes (90 min)." />
        <TextField {...form.text('extent')} label="Extent" hint="e.g. 12 pages, 2 audio cassettes." />
      </div>
      <MultiPicker
        path="placesSpokenAbout"
        legend="Places spoken about"
        noun="places"
        options={places.options}
        loading={places.loading}
        value={draft.placesSpokenAbout}
        onChange={(v) => set('placesSpokenAbout', v)}
        error={errors.placesSpokenAbout}
      />
      <ListText path="datesSpokenAbout" label="Dates spoken about" mode="lines" value={draft.datesSpokenAbout} onChange={(v) => set('datesSpokenAbout', v)} error={firstUnder(errors, 'datesSpokenAbout')} hint={`One per line. ${DATE_HINT}`} />
    </fieldset>
  );
}

/** The message for a list or any of its items ("datesSpokenAbout.2"). */
export function firstUnder(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  if (!key) return undefined;
  const index = Number(key.slice(path.length + 1).split('.')[0]);
  return Number.isNaN(index) ? errors[key] : `Line ${index + 1}: ${errors[key]}`;
}
