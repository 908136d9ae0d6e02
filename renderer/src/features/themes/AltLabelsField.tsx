import type { AltLabel } from '../../../../shared/model/themes';
import { FieldError } from '../../components/Field';
import { errorId, fieldId, type FieldErrors } from '../../lib/formErrors';

/** Other labels (synonyms, former labels, the label in other languages), each with an optional language code. */
export function AltLabelsField({ value, onChange, errors }: { value: AltLabel[]; onChange: (v: AltLabel[]) => void; errors: FieldErrors }) {
  const set = (i: number, patch: Partial<AltLabel>) => onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset id={fieldId('altLabels')} className="form-section alt-labels" aria-describedby={errors.altLabels ? errorId('altLabels') : undefined}>
      <legend>Other labels</legend>
      <p className="field-hint">Synonyms, former labels, or the label in another language. Finding a theme by any of them works everywhere.</p>
      <FieldError path="altLabels" error={errors.altLabels} />
      {value.length === 0 ? <p className="muted small">None yet.</p> : null}
      <ol className="link-rows">
        {value.map((a, i) => {
          const lp = `altLabels.${i}.label`;
          const gp = `altLabels.${i}.lang`;
          return (
            <li key={i} className="link-row alt-label-row">
              <div className={`field${errors[lp] ? ' field--invalid' : ''}`}>
                <label htmlFor={fieldId(lp)}>Other label {i + 1}</label>
                <FieldError path={lp} error={errors[lp]} />
                <input id={fieldId(lp)} name={lp} type="text" value={a.label} autoComplete="off" aria-invalid={errors[lp] ? true : undefined} aria-describedby={errors[lp] ? errorId(lp) : undefined} onChange={(e) => set(i, { label: e.target.value })} />
              </div>
              <div className={`field field--narrow${errors[gp] ? ' field--invalid' : ''}`}>
                <label htmlFor={fieldId(gp)}>Language</label>
                <FieldError path={gp} error={errors[gp]} />
                <input id={fieldId(gp)} name={gp} type="text" value={a.lang} placeholder="e.g. af" autoComplete="off" spellCheck={false} aria-invalid={errors[gp] ? true : undefined} aria-describedby={errors[gp] ? errorId(gp) : undefined} onChange={(e) => set(i, { lang: e.target.value })} />
              </div>
              <button type="button" className="button button--small link-row-remove" aria-label={`Remove other label ${i + 1}${a.label ? ` (${a.label})` : ''}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...value, { label: '', lang: '' }])}>
        Add an other label
      </button>
    </fieldset>
  );
}
