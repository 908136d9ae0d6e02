import { TESTIMONY_STATUSES, TESTIMONY_TYPES, type TestimonyStatus, type TestimonyType } from '../../../../../shared/model/enums';
import { Field } from '../../../components/Field';
import { ListText } from '../../../components/ListText';
import { enumOptions, Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import type { SectionProps } from './types';

const STATUS = enumOptions(TESTIMONY_STATUSES);
const TYPES = enumOptions(TESTIMONY_TYPES);

export function DescriptionFields({ form, nextRef }: SectionProps & { nextRef: string | null }) {
  const { draft, errors, set } = form;
  return (
    <fieldset className="form-section">
      <legend>Description</legend>
      <div className="form-grid">
        <TextField
          {...form.text('ref')}
          label="Reference code"
          placeholder={nextRef ?? ''}
          hint={nextRef ? `Leave empty to give it the next code, ${nextRef}.` : 'Leave empty to generate the next code.'}
          inputClassName="mono"
        />
        <Field path="status" label="Status" error={errors.status}>
          {(p) => <Select {...p} value={draft.status} options={STATUS} onChange={(v) => set('status', v as TestimonyStatus)} />}
        </Field>
      </div>
      <TextField {...form.text('title')} label="Title" required />
      <Field path="type" label="Type of testimony" error={errors.type} required>
        {(p) => <Select {...p} value={draft.type} options={TYPES} empty="Choose a type…" onChange={(v) => set('type', v as TestimonyType | '')} />}
      </Field>
      <TextField {...form.text('summary')} label="Summary" rows={4} hint="Scope and content: what the testimony is about, in a few sentences." />
      <div className="form-grid">
        <ListText path="languages" label="Languages" mode="commas" value={draft.languages} onChange={(v) => set('languages', v)} error={errors.languages} hint="Separate with commas, e.g. English, isiXhosa." />
        <TextField {...form.text('cataloguer')} label="Cataloguer" hint="Who catalogued this record." />
      </div>
    </fieldset>
  );
}
