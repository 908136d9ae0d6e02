import { useEffect } from 'react';
import { fieldId } from '../../lib/formErrors';

/** Puts the caret in a form's field (by its path) when the form appears, or when `again` changes. */
export function useFocusOnMount(path: string, again: unknown = 0): void {
  useEffect(() => {
    document.getElementById(fieldId(path))?.focus();
  }, [path, again]);
}
