import type { Testimony } from '../../../../../shared/model/testimony';
import { call } from '../../../api/client';
import { FormShell } from '../../../components/FormShell';
import { TextField } from '../../../components/TextField';
import { useRecordForm } from '../../shared/useRecordForm';
import { ConsentFields } from './ConsentFields';
import { ContextFields } from './ContextFields';
import { DescriptionFields } from './DescriptionFields';
import { draftFrom, emptyDraft, toInput, validateDraft } from './draft';
import { PeopleLinksEditor } from './PeopleLinksEditor';
import { ProtectionFields } from './ProtectionFields';
import { WhenWhereFields } from './WhenWhereFields';

interface Props {
  /** The testimony as loaded, when editing; absent for a new one. */
  existing: Testimony | null;
  nextRef: string | null;
}

/** Every field of a testimony, checked as you go with the contract's schema, saved through the engine. */
export function TestimonyForm({ existing, nextRef }: Props) {
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : emptyDraft(),
    validate: validateDraft,
    basePath: '/testimonies',
    existingId: existing?.id ?? null,
    submit: (d) => {
      const data = toInput(d);
      return existing ? call('testimonies.update', { id: existing.id, expectedVersion: existing.version, data }) : call('testimonies.create', { data });
    },
  });
  const names = Object.fromEntries((existing?.people ?? []).map((p) => [p.personId, p.name]));

  return (
    <FormShell
      form={form}
      title={existing ? `Edit ${existing.ref}` : 'New testimony'}
      intro={existing ? existing.title : 'Only the title and the type are required; everything else can be added later.'}
      saving={saving}
      onSave={save}
      onCancel={cancel}
      allowLeave={allowLeave}
      saveLabel={existing ? 'Save changes' : 'Save testimony'}
    >
      <DescriptionFields form={form} nextRef={nextRef} />
      <PeopleLinksEditor form={form} names={names} />
      <WhenWhereFields form={form} />
      <ContextFields form={form} hearingTitle={existing?.hearingTitle ?? null} />
      <ProtectionFields form={form} />
      <ConsentFields form={form} />
      <fieldset className="form-section">
        <legend>Transcript</legend>
        <TextField {...form.text('transcript')} label="Full transcript" rows={18} inputClassName="transcript-input" hint="Plain text. Leave a blank line between paragraphs." spellCheck />
      </fieldset>
    </FormShell>
  );
}
