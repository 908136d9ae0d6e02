import type { ConsentScope } from '../../../../../shared/model/enums';
import { CONSENT_SCOPES } from '../../../../../shared/model/enums';
import type { Consent } from '../../../../../shared/model/testimony';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { enumOptions } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import type { SectionProps } from './types';

const SCOPES = enumOptions(CONSENT_SCOPES);
type ConsentText = 'takenBy' | 'takenOn' | 'withdrawnOn' | 'notes';

export function ConsentFields({ form }: SectionProps) {
  const { draft, errors, change } = form;
  const consent = draft.consent;
  const setConsent = (path: string, patch: Partial<Consent>) => change(path, (d) => ({ ...d, consent: { ...d.consent, ...patch } }));
  const text = (key: ConsentText) => ({
    path: `consent.${key}`,
    value: consent[key],
    onChange: (v: string) => setConsent(`consent.${key}`, { [key]: v }),
    error: errors[`consent.${key}`],
  });
  const given = CONSENT_SCOPES.filter((s) => consent[s]);
  const setScopes = (chosen: string[]) => {
    const patch: Partial<Consent> = {};
    for (const s of CONSENT_SCOPES) patch[s] = chosen.includes(s);
    setConsent('consent', patch);
  };
  const scopeError = CONSENT_SCOPES.map((s: ConsentScope) => errors[`consent.${s}`]).find(Boolean) ?? errors.consent;

  return (
    <fieldset className="form-section">
      <legend>Consent</legend>
      <CheckboxGroup path="consent.scopes" legend="The narrator agreed to" options={SCOPES} value={given} onChange={setScopes} error={scopeError} className="choice-group--columns" />
      <div className="form-grid">
        <TextField {...text('takenBy')} label="Consent taken by" />
        <TextField {...text('takenOn')} type="date" label="Consent taken on" />
        <TextField {...text('withdrawnOn')} type="date" label="Consent withdrawn on" hint="Only if the narrator withdrew consent." />
      </div>
      <TextField {...text('notes')} label="Consent notes" rows={3} />
    </fieldset>
  );
}
