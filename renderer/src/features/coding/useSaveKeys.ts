import type { FormEvent, KeyboardEvent } from 'react';

/** A coding dialog's form handlers: submitting, or Ctrl/Cmd+Enter anywhere in it, saves. */
export function useSaveKeys(save: () => Promise<void>) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };
  return { submit, onKey };
}
