import { useEffect, useState } from 'react';

interface FilterTextInputProps {
  id: string;
  /** Read by screen readers; the placeholder is the short form. */
  label: string;
  placeholder: string;
  /** The filter text as the URL has it. */
  value: string;
  /**
   * Takes the text once typing pauses. Memoise it (useCallback): a new function restarts the pause,
   * as a change of the rest of the filter should.
   */
  onCommit: (text: string) => void;
}

/** How long typing must pause before the list filters. */
const PAUSE_MS = 250;

/**
 * A list's text filter: what is typed shows at once and filters after a short pause, and a filter
 * that changes from outside (back/forward, a link, global search) replaces what is shown.
 */
export function FilterTextInput({ id, label, placeholder, value, onCommit }: FilterTextInputProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The URL changed: show its filter.
    setSeen(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const t = window.setTimeout(() => onCommit(text), PAUSE_MS);
    return () => window.clearTimeout(t);
  }, [text, value, onCommit]);

  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} type="search" placeholder={placeholder} value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </>
  );
}
