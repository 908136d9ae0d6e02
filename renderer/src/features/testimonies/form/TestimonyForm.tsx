import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Testimony } from '../../../../../shared/model/testimony';
import { call } from '../../../api/client';
import { useArchive } from '../../../app/ArchiveContext';
import { FormShell } from '../../../components/FormShell';
import { TextField } from '../../../components/TextField';
import { useDraftForm } from '../../../lib/useDraftForm';
import { useTestimoniesOutlet } from '../TestimoniesPage';
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
  const form = useDraftForm(existing ? draftFrom(existing) : emptyDraft(), validateDraft);
  const [saving, setSaving] = useState(false);
  const allowLeave = useRef(false);
  const navigate = useNavigate();
  const location = useLocation();
  const { refreshList } = useTestimoniesOutlet();
  const { refreshInfo } = useArchive();
  const names = Object.fromEntries((existing?.people ?? []).map((p) => [p.personId, p.name]));

  const save = async () => {
    if (!form.attempt()) return;
    setSaving(true);
    const data = toInput(form.draft);
    const r = existing ? await call('testimonies.update', { id: existing.id, expectedVersion: existing.version, data }) : await call('testimonies.create', { data });
    setSaving(false);
    if (!r.ok) {
      form.fail(
        r.error.code === 'conflict'
          ? { ...r.error, message: `${r.error.message} What you typed is still here: copy what you need, then open the testimony again to see the saved version.` }
          : r.error,
      );
      return;
    }
    allowLeave.current = true;
    refreshList();
    refreshInfo();
    navigate({ pathname: `/testimonies/${r.value.id}`, search: location.search });
  };

  const cancel = () => navigate({ pathname: existing ? `/testimonies/${existing.id}` : '/testimonies', search: location.search });

  return (
    <FormShell
      form={form}
      title={existing ? `Edit ${existing.ref}` : 'New testimony'}
      intro={existing ? existing.title : 'Only the title and the type are required; everything else can be added later.'}
      saving={saving}
      onSave={() => void save()}
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
