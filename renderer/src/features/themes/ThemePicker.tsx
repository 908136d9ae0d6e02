import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ThemeNode } from '../../../../shared/model/themes';
import { FieldError } from '../../components/Field';
import { errorId, fieldId } from '../../lib/formErrors';
import { ThemeSwatch } from './ThemeSwatch';
import { findThemes, indexThemes, pathText } from './model/themeTree';

export interface ThemePickerProps {
  /** The thesaurus in tree order (useThemeTree().themes). */
  themes: ThemeNode[];
  /** Chosen theme ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** The visible label of the text box. */
  label: string;
  /** Several themes (default) or one. */
  multiple?: boolean;
  /** Leave retired themes out of the choices (default true); a chosen retired theme still shows. */
  excludeRetired?: boolean;
  /** Themes not to offer (e.g. a theme itself and its narrower themes when moving it). */
  exclude?: ReadonlySet<string>;
  /** Focus the text box when it appears (also inside a Dialog, which focuses [data-autofocus]). */
  autoFocus?: boolean;
  /** Form path: the input's id is fieldId(path), so error summaries can focus it. */
  path?: string;
  error?: string;
  hint?: string;
  placeholder?: string;
  /** Enter with nothing left to choose (list closed): e.g. apply the codes. */
  onSubmit?: () => void;
}

const SHOWN = 50;

/**
 * A keyboard-driven combobox that finds themes by label or other label, showing each theme's
 * colour and its place in the tree. Type, ↓/↑ to move, Enter to choose, Backspace on an empty box
 * removes the last chosen theme, Escape closes the list.
 */
export function ThemePicker({ themes, value, onChange, label, multiple = true, excludeRetired = true, exclude, autoFocus, path, error, hint, placeholder, onSubmit }: ThemePickerProps) {
  const auto = useId();
  const inputId = path ? fieldId(path) : `${auto}-input`;
  const listId = `${auto}-list`;
  const hintId = `${auto}-hint`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const index = useMemo(() => indexThemes(themes), [themes]);

  const options = useMemo(() => {
    const offered = themes.filter((t) => !(excludeRetired && t.retired) && !exclude?.has(t.id));
    return findThemes(offered, text).slice(0, SHOWN);
  }, [themes, text, excludeRetired, exclude]);
  const activeIndex = Math.min(active, options.length - 1);
  const activeOption = open && activeIndex >= 0 ? options[activeIndex] : undefined;

  const choose = (id: string) => {
    if (multiple) onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
    else onChange([id]);
    setText('');
    setOpen(false);
    setActive(0);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const n = options.length;
      if (n > 0) setActive((activeIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      if (activeOption) {
        e.preventDefault();
        choose(activeOption.node.id);
      } else if (onSubmit) {
        e.preventDefault();
        onSubmit();
      }
    } else if (e.key === 'Escape' && open) {
      // Close the list only; a second Escape reaches the dialog around the picker.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const describedBy = [error ? errorId(path ?? auto) : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const chosen = value.map((id) => index.byId.get(id)).filter((n): n is ThemeNode => Boolean(n));

  return (
    <div className={`field theme-picker${error ? ' field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError path={path ?? auto} error={error} />
      {chosen.length > 0 ? (
        <ul className="chips theme-picker-chosen" aria-label={`Chosen for ${label}`}>
          {chosen.map((n) => (
            <li key={n.id} className="chip theme-chip">
              <ThemeSwatch colour={n.colour} />
              {n.label}
              {n.retired ? <span className="muted small"> (retired)</span> : null}
              <button type="button" className="chip-remove" aria-label={`Remove ${n.label}`} onClick={() => onChange(value.filter((v) => v !== n.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="theme-picker-box">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listId}-${activeOption.node.id}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? true : undefined}
          placeholder={placeholder ?? 'Type to find a theme…'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={`Themes for ${label}`} aria-multiselectable={multiple || undefined} className="theme-picker-list" hidden={!open}>
          {options.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="theme-option theme-option--none" id={`${listId}-none`}>
              No theme matches “{text}”.
            </li>
          ) : (
            options.map((m, i) => {
              const path2 = pathText(index, m.node.id);
              return (
                <li
                  key={m.node.id}
                  id={`${listId}-${m.node.id}`}
                  role="option"
                  aria-selected={value.includes(m.node.id)}
                  className={`theme-option${i === activeIndex ? ' is-active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(m.node.id)}
                  onMouseMove={() => setActive(i)}
                >
                  <ThemeSwatch colour={m.node.colour} />
                  <span className="theme-option-text">
                    <span className="theme-option-label">
                      {value.includes(m.node.id) ? <span aria-hidden="true">✓ </span> : null}
                      {m.node.label}
                      {m.altLabel ? <span className="muted"> — also “{m.altLabel}”</span> : null}
                      {m.node.retired ? <span className="muted"> (retired)</span> : null}
                    </span>
                    {path2 ? <span className="theme-option-path">{path2}</span> : null}
                  </span>
                </li>
              );
            })
          )}
        </ul>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open ? (options.length === 0 ? 'No theme matches.' : `${options.length === SHOWN ? 'Many' : options.length} themes match.`) : ''}
      </p>
    </div>
  );
}
