import { ACCESS_LEVELS, CONTENT_WARNINGS, type AccessLevel, type ContentWarning } from '../../../../../shared/model/enums';
import { CheckboxGroup, RadioGroup } from '../../../components/CheckboxGroup';
import { enumOptions } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import type { SectionProps } from './types';

const ACCESS = enumOptions(ACCESS_LEVELS);
const WARNINGS = enumOptions(CONTENT_WARNINGS);

const ACCESS_NOTES: Record<AccessLevel, string> = {
  public: 'may appear in public outputs, within what consent allows',
  restricted: 'staff and approved researchers only',
  confidential: 'named staff only',
  sealed: 'closed to everyone until unsealed',
};

export function ProtectionFields({ form }: SectionProps) {
  const { draft, errors, set } = form;
  return (
    <fieldset className="form-section">
      <legend>Protection</legend>
      <RadioGroup path="accessLevel" legend="Access level" options={ACCESS} value={draft.accessLevel} onChange={(v) => set('accessLevel', v as AccessLevel)} error={errors.accessLevel} describe={(v) => ACCESS_NOTES[v as AccessLevel]} />
      <TextField {...form.text('embargoUntil')} type="date" label="Embargo until" hint="Kept out of every public output until this date. Leave empty for no embargo." className="field--narrow" />
      <CheckboxGroup
        path="contentWarnings"
        legend="Content warnings"
        hint="Readers see these before the transcript, which stays hidden until they choose to open it."
        options={WARNINGS}
        value={draft.contentWarnings}
        onChange={(v) => set('contentWarnings', v as ContentWarning[])}
        error={errors.contentWarnings}
      />
    </fieldset>
  );
}
