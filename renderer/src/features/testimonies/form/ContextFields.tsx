import { Field } from '../../../components/Field';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { useHearingOptions, withCurrent } from '../../shared/usePickerOptions';
import type { SectionProps } from './types';

export function ContextFields({ form, hearingTitle }: SectionProps & { hearingTitle: string | null }) {
  const { draft, errors, set } = form;
  const hearings = useHearingOptions();
  return (
    <fieldset className="form-section">
      <legend>Context</legend>
      <div className="form-grid">
        <TextField {...form.text('collection')} label="Collection" />
        <TextField {...form.text('series')} label="Series" />
      </div>
      <Field path="hearingId" label="Hearing or forum" error={errors.hearingId} hint="The hearing, forum or session where this testimony was given, if any.">
        {(p) => (
          <Select
            {...p}
            value={draft.hearingId ?? ''}
            options={withCurrent(hearings.options, draft.hearingId, hearingTitle)}
            empty={hearings.loading ? 'Loading hearings…' : 'None'}
            onChange={(v) => set('hearingId', v || null)}
          />
        )}
      </Field>
      <TextField {...form.text('provenance')} label="Provenance and custody" rows={3} hint="Where the testimony came from and who has held it." />
    </fieldset>
  );
}
