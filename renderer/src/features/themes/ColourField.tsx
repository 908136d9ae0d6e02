import { THEME_COLOURS } from '../../../../shared/model/themes';
import { FieldError } from '../../components/Field';
import { errorId, fieldId } from '../../lib/formErrors';
import { ThemeSwatch } from './ThemeSwatch';

const NAMES = ['Amber', 'Blue', 'Green', 'Rose', 'Violet', 'Teal', 'Ochre', 'Red', 'Olive', 'Slate'];

/** The theme's colour: one of the muted palette (named in words), or any colour. */
export function ColourField({ path, value, onChange, error }: { path: string; value: string; onChange: (v: string) => void; error?: string }) {
  const lower = value.toLowerCase();
  const custom = !(THEME_COLOURS as readonly string[]).includes(lower);
  return (
    <fieldset id={fieldId(path)} className={`choice-group colour-field${error ? ' field--invalid' : ''}`} aria-describedby={error ? errorId(path) : undefined}>
      <legend>Colour</legend>
      <p className="field-hint">Coded passages are highlighted in a light tint of it. Colour is always shown with the label.</p>
      <FieldError path={path} error={error} />
      <div className="colour-options">
        {THEME_COLOURS.map((c, i) => (
          <label key={c} className="colour-option">
            <input type="radio" name={path} value={c} checked={lower === c} onChange={() => onChange(c)} />
            <ThemeSwatch colour={c} size="large" />
            <span>{NAMES[i] ?? c}</span>
          </label>
        ))}
        <label className="colour-option">
          <input type="radio" name={path} value="custom" checked={custom} onChange={() => onChange(custom ? value : '#3f6212')} />
          <ThemeSwatch colour={custom && /^#[0-9a-f]{6}$/i.test(value) ? value : '#ffffff'} size="large" />
          <span>Other</span>
        </label>
      </div>
      {custom ? (
        <div className="colour-custom">
          <label htmlFor={`${fieldId(path)}-picker`}>Choose a colour</label>
          <input id={`${fieldId(path)}-picker`} type="color" value={/^#[0-9a-f]{6}$/i.test(value) ? value : '#000000'} onChange={(e) => onChange(e.target.value)} />
          <label htmlFor={`${fieldId(path)}-hex`}>or type it</label>
          <input id={`${fieldId(path)}-hex`} type="text" className="mono colour-hex" value={value} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
        </div>
      ) : null}
    </fieldset>
  );
}
