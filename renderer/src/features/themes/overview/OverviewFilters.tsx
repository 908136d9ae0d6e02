import { NARRATOR_ROLES } from '../../../../../shared/model/enums';
import type { ThemeFilters } from '../../../../../shared/model/themes';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { enumOptions } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import type { FieldErrors } from '../../../lib/formErrors';

const ROLE_OPTIONS = enumOptions(NARRATOR_ROLES);

/** The overview's filters: collections, narrator roles, and a date range (year or full date). */
export function OverviewFilters({ value, onChange, collections, errors }: { value: ThemeFilters; onChange: (f: ThemeFilters) => void; collections: string[]; errors: FieldErrors }) {
  const known = [...new Set([...collections, ...value.collections])];
  return (
    <form className="overview-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {known.length > 0 ? (
        <CheckboxGroup path="collections" legend="Collection" className="overview-collections" options={known.map((c) => ({ value: c, label: c }))} value={value.collections} onChange={(v) => onChange({ ...value, collections: v })} />
      ) : (
        <p className="muted small">No testimony belongs to a collection yet.</p>
      )}
      <CheckboxGroup path="narratorRoles" legend="Narrator role" className="choice-group--columns" options={ROLE_OPTIONS} value={value.narratorRoles} onChange={(v) => onChange({ ...value, narratorRoles: v as ThemeFilters['narratorRoles'] })} />
      <fieldset className="choice-group overview-dates">
        <legend>Date recorded</legend>
        <TextField path="dateFrom" label="From" value={value.dateFrom} onChange={(v) => onChange({ ...value, dateFrom: v })} error={errors.dateFrom} placeholder="1963 or 1963-06-02" className="field--narrow" />
        <TextField path="dateTo" label="To" value={value.dateTo} onChange={(v) => onChange({ ...value, dateTo: v })} error={errors.dateTo} placeholder="1990" className="field--narrow" />
      </fieldset>
    </form>
  );
}
