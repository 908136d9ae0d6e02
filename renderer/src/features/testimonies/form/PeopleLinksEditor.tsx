import { Link } from 'react-router-dom';
import { LINK_ROLES, NARRATOR_ROLES, type LinkRole, type NarratorRole } from '../../../../../shared/model/enums';
import { Field } from '../../../components/Field';
import { enumOptions, Select } from '../../../components/Select';
import { fieldId } from '../../../lib/formErrors';
import { usePeopleOptions } from '../../shared/usePickerOptions';
import type { TestimonyDraft } from './draft';
import type { SectionProps } from './types';

const ROLES = enumOptions(LINK_ROLES);
const NARRATOR = enumOptions(NARRATOR_ROLES);
type PersonLinkDraft = TestimonyDraft['people'][number];

/** The people in a testimony: one row each, with their role and, for narrators, how they relate to events. */
export function PeopleLinksEditor({ form, names }: SectionProps & { names: Record<string, string> }) {
  const { draft, errors, change } = form;
  const people = usePeopleOptions();
  const options = people.options;
  const update = (i: number, patch: Partial<PersonLinkDraft>, field: string) =>
    change(`people.${i}.${field}`, (d) => ({ ...d, people: d.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const add = () => {
    const i = draft.people.length;
    change('people', (d) => ({ ...d, people: [...d.people, { personId: '', role: d.people.length === 0 ? 'narrator' : 'interviewer', narratorRole: null }] }));
    window.setTimeout(() => document.getElementById(fieldId(`people.${i}.personId`))?.focus(), 0);
  };
  const remove = (i: number) => change('people', (d) => ({ ...d, people: d.people.filter((_, j) => j !== i) }));

  return (
    <fieldset className="form-section" id={fieldId('people')}>
      <legend>People</legend>
      {errors.people ? <p className="field-error">{errors.people}</p> : null}
      {draft.people.length === 0 ? <p className="muted">No one linked yet. Add the narrator, the statement taker or interviewer, and any interpreter.</p> : null}
      <ol className="link-rows">
        {draft.people.map((link, i) => {
          const withKnown = link.personId && !options.some((o) => o.value === link.personId) ? [{ value: link.personId, label: names[link.personId] ?? 'Person chosen before' }, ...options] : options;
          return (
            <li key={i} className="link-row">
              <Field path={`people.${i}.personId`} label={`Person ${i + 1}`} error={errors[`people.${i}.personId`]}>
                {(p) => <Select {...p} value={link.personId} options={withKnown} empty={people.loading ? 'Loading people…' : 'Choose a person…'} onChange={(v) => update(i, { personId: v }, 'personId')} />}
              </Field>
              <Field path={`people.${i}.role`} label="Role" error={errors[`people.${i}.role`]}>
                {(p) => <Select {...p} value={link.role} options={ROLES} onChange={(v) => update(i, { role: v as LinkRole, narratorRole: v === 'narrator' ? link.narratorRole : null }, 'role')} />}
              </Field>
              {link.role === 'narrator' ? (
                <Field path={`people.${i}.narratorRole`} label="Narrator is a" error={errors[`people.${i}.narratorRole`]}>
                  {(p) => <Select {...p} value={link.narratorRole ?? ''} options={NARRATOR} empty="Not stated" onChange={(v) => update(i, { narratorRole: (v || null) as NarratorRole | null }, 'narratorRole')} />}
                </Field>
              ) : (
                <div />
              )}
              <button type="button" className="button button--small button--quiet link-row-remove" onClick={() => remove(i)} aria-label={`Remove person ${i + 1}${names[link.personId] ? `, ${names[link.personId]}` : ''}`}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={add}>
          Add a person
        </button>
        <span className="muted small">
          Someone missing? <Link to="/people/new">Add them to People</Link> first (save this form before you go).
        </span>
      </div>
    </fieldset>
  );
}
