import { useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/api';
import { errorsFromApi, type FieldErrors } from './formErrors';

/**
 * A form's one act: the client's own check, then one engine call; when it answers, `onDone` (with
 * the call's value), or the engine's messages next to their fields (and what is left above the
 * buttons). What was typed stays; a second press while the call runs is ignored.
 */
export function useCallSubmit<T = unknown>(onDone: (value: T) => void) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** `check` answers the problems it finds, or null to go on. */
  const submit = async (e: FormEvent, check: () => FieldErrors | null, run: () => Promise<Result<T>>) => {
    e.preventDefault();
    if (busy) return;
    const problems = check();
    if (problems) return setErrors(problems);
    setBusy(true);
    setErrors({});
    setGeneral(null);
    const r = await run();
    setBusy(false);
    if (r.ok) return onDone(r.value);
    const { fields, general: g } = errorsFromApi(r.error);
    setErrors(fields);
    setGeneral(g);
  };

  return { errors, general, busy, submit };
}
