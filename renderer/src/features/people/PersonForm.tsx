import { useParams } from 'react-router-dom';
import type { Person, PersonData } from '../../../../shared/model/people';
import { personInput } from '../../../../shared/model/people';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { Field } from '../../components/Field';
import { FormShell } from '../../components/FormShell';
import { ListText } from '../../components/ListText';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { useRecordForm } from '../shared/useRecordForm';

/** The person form's state: the contract's data with the birth year as typed. */
type PersonDraft = Omit<PersonData, 'birthYear'> & { birthYear: string };

const empty: PersonDraft = { name: '', otherNames: [], pseudonym: '', community: '', birthYear: '', notes: '', consentToBeNamed: false, contact: '' };

const draftFrom = (p: Person): PersonDraft => ({
  name: p.name,
  otherNames: [...p.otherNames],
  pseudonym: p.pseudonym,
  community: p.community,
  birthYear: p.birthYear === null ? '' : String(p.birthYear),
  notes: p.notes,
  consentToBeNamed: p.consentToBeNamed,
  contact: p.contact,
});

const toInput = (d: PersonDraft): PersonData => ({ ...d, birthYear: d.birthYear.trim() === '' ? null : Number(d.birthYear) });

const validate = (d: PersonDraft) => {
  const r = personInput.safeParse(toInput(d));
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

function PersonForm({ existing }: { existing: Person | null }) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : empty,
    validate,
    basePath: '/people',
    existingId: existing?.id ?? null,
    submit: (d) => (existing ? call('people.update', { id: existing.id, expectedVersion: existing.version, data: toInput(d) }) : call('people.create', { data: toInput(d) })),
  });
  const { draft, errors, set } = form;
  return (
    <FormShell form={form} title={existing ? `Edit ${existing.name}` : 'New person'} saving={saving} onSave={save} onCancel={cancel} allowLeave={allowLeave} saveLabel={existing ? 'Save changes' : 'Save person'}>
      <fieldset className="form-section">
        <legend>Who they are</legend>
        <TextField {...form.text('name')} label="Name" required />
        <ListText path="otherNames" label="Other names" mode="lines" value={draft.otherNames} onChange={(v) => set('otherNames', v)} error={errors.otherNames} hint="One per line: maiden names, spellings, names in other scripts." />
        <div className="form-grid">
          <TextField {...form.text('pseudonym')} label="Pseudonym" hint="Used instead of the name in public outputs." />
          <TextField {...form.text('community')} label="Community" />
          <TextField {...form.text('birthYear')} label="Birth year" inputMode="numeric" className="field--narrow" />
        </div>
        <Field path="consentToBeNamed" label="Consent to be named" error={errors.consentToBeNamed} hint="Without it, public outputs use the pseudonym or leave the name out.">
          {(p) => (
            <span className="choice">
              <input {...p} type="checkbox" checked={draft.consentToBeNamed} onChange={(e) => set('consentToBeNamed', e.target.checked)} />
              <span>They agreed to be named in public outputs</span>
            </span>
          )}
        </Field>
        <TextField {...form.text('notes')} label="Notes" rows={4} />
      </fieldset>
      <fieldset className="form-section confidential">
        <legend>
          Contact <span className="badge badge--confidential">Confidential</span>
        </legend>
        <TextField {...form.text('contact')} label="Contact details" rows={3} hint="Address, phone, how to reach them. Never included in any export or report." />
      </fieldset>
    </FormShell>
  );
}

export function PersonFormPage() {
  const { id } = useParams();
  const r = useCall('people.get', id ? { id } : null);
  if (!id) return <PersonForm key="new" existing={null} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening person…" />;
  return <PersonForm key={`${id}:${r.data.version}`} existing={r.data} />;
}
