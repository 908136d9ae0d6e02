import { ROLES, type Role } from '../../../../shared/model/enums';
import { Field } from '../../components/Field';
import { Select } from '../../components/Select';
import { ROLE_HINTS, ROLE_LABELS } from './model/session';

const OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

/** Choosing a role, with what the chosen role may do written under it. */
export function RoleField({ path, value, onChange, error, autoFocus }: { path: string; value: Role; onChange: (r: Role) => void; error?: string; autoFocus?: boolean }) {
  return (
    <Field path={path} label="Role" hint={ROLE_HINTS[value]} error={error} required>
      {(p) => <Select {...p} value={value} options={OPTIONS} onChange={(v) => onChange(v as Role)} data-autofocus={autoFocus ? '' : undefined} />}
    </Field>
  );
}
