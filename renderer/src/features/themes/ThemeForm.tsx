import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { THEME_COLOURS, themeInput, type AltLabel, type Theme } from '../../../../shared/model/themes';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { FormShell } from '../../components/FormShell';
import { ApiErrorNotice, Loading } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorsFromIssues } from '../../lib/formErrors';
import { useRecordForm } from '../shared/useRecordForm';
import { AltLabelsField } from './AltLabelsField';
import { ColourField } from './ColourField';
import { ThemePicker } from './ThemePicker';
import { subtreeIds } from './model/themeTree';
import { useThemeTree } from './useThemeTree';

interface ThemeDraft {
  label: string;
  altLabels: AltLabel[];
  scopeNote: string;
  parentId: string | null;
  colour: string;
}

const draftFrom = (t: Theme): ThemeDraft => ({ label: t.label, altLabels: t.altLabels.map((a) => ({ ...a })), scopeNote: t.scopeNote, parentId: t.parentId, colour: t.colour });

const validate = (d: ThemeDraft) => {
  const r = themeInput.safeParse(d);
  return r.success ? {} : errorsFromIssues(r.error.issues);
};

function ThemeForm({ existing, parentId }: { existing: Theme | null; parentId: string | null }) {
  const tree = useThemeTree();
  const { form, saving, save, cancel, allowLeave } = useRecordForm({
    initial: existing ? draftFrom(existing) : { label: '', altLabels: [], scopeNote: '', parentId, colour: tree.index.byId.get(parentId ?? '')?.colour ?? THEME_COLOURS[0] },
    validate,
    basePath: '/themes',
    existingId: existing?.id ?? null,
    submit: (d) => (existing ? call('themes.update', { id: existing.id, expectedVersion: existing.version, data: d }) : call('themes.create', { data: d })),
  });
  const { draft, errors, set } = form;
  const exclude = useMemo(() => (existing ? subtreeIds(tree.index, existing.id) : undefined), [tree.index, existing]);

  return (
    <FormShell form={form} title={existing ? `Edit “${existing.label}”` : 'New theme'} intro={existing ? null : 'A theme of the thesaurus, used to code testimony and passages.'} saving={saving} onSave={save} onCancel={cancel} allowLeave={allowLeave} saveLabel={existing ? 'Save changes' : 'Save theme'}>
      <fieldset className="form-section">
        <legend>The theme</legend>
        <TextField {...form.text('label')} label="Label" required hint="The preferred label, unique under its broader theme." />
        <TextField {...form.text('scopeNote')} label="Scope note" rows={4} hint="What the theme covers and what it does not, so everyone codes alike." />
        <ThemePicker
          themes={tree.themes}
          value={draft.parentId ? [draft.parentId] : []}
          onChange={(ids) => set('parentId', ids[ids.length - 1] ?? null)}
          label="Broader theme"
          multiple={false}
          exclude={exclude}
          path="parentId"
          error={errors.parentId}
          hint="Leave empty for a top-level theme."
        />
        <ColourField path="colour" value={draft.colour} onChange={(v) => set('colour', v)} error={errors.colour} />
      </fieldset>
      <AltLabelsField value={draft.altLabels} onChange={(v) => set('altLabels', v)} errors={errors} />
    </FormShell>
  );
}

export function ThemeFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const r = useCall('themes.get', id ? { id } : null);
  if (!id) return <ThemeForm key="new" existing={null} parentId={params.get('parent')} />;
  if (r.error) return <ApiErrorNotice error={r.error} retry={r.reload} />;
  if (!r.data || r.data.id !== id) return <Loading what="Opening theme…" />;
  return <ThemeForm key={`${id}:${r.data.version}`} existing={r.data} parentId={r.data.parentId} />;
}
