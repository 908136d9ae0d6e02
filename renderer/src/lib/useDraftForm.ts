import { useCallback, useMemo, useState, type FocusEvent } from 'react';
import type { ApiError } from '../../../shared/api';
import { errorsFromApi, withoutPath, type FieldErrors } from './formErrors';

type StringKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

export interface DraftForm<D> {
  draft: D;
  /** Messages to show now: client checks for fields already left (or all after Save), then the server's. */
  errors: FieldErrors;
  /** A message about the whole form (conflict, forbidden, engine unreachable). */
  general: string | null;
  dirty: boolean;
  /** Bumped each time Save finds problems, so the page can move focus to the summary. */
  failures: number;
  change: (path: string, update: (d: D) => D) => void;
  set: <K extends keyof D & string>(key: K, value: D[K]) => void;
  /** Value, setter, path and message for a text field bound to a top-level key. */
  text: (key: StringKeys<D>) => { path: string; value: string; onChange: (v: string) => void; error?: string };
  onBlur: (e: FocusEvent<HTMLFormElement>) => void;
  /** Marks the form submitted; true when the client checks pass. */
  attempt: () => boolean;
  /** Shows an engine error next to its fields; the draft is kept as typed. */
  fail: (error: ApiError) => void;
  /** Starts over from a saved record. */
  reset: (d: D) => void;
}

/**
 * State for an edit form: the draft as typed, client-side validation with the contract's zod
 * schema (through `validate`) and the engine's field errors. Nothing typed is dropped on error.
 */
export function useDraftForm<D>(initial: D, validate: (d: D) => FieldErrors): DraftForm<D> {
  const [draft, setDraft] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  // `validate` should be a module-level function, so this runs only when the draft changes.
  const client = useMemo(() => validate(draft), [draft, validate]);

  const errors = useMemo(() => {
    const out: FieldErrors = {};
    const seen = (p: string) => submitted || [...touched].some((t) => p === t || p.startsWith(`${t}.`));
    for (const [p, m] of Object.entries(client)) if (seen(p)) out[p] = m;
    for (const [p, m] of Object.entries(server)) if (!(p in out)) out[p] = m;
    return out;
  }, [client, server, touched, submitted]);

  const change = useCallback((path: string, update: (d: D) => D) => {
    setDraft(update);
    setDirty(true);
    setServer((s) => withoutPath(s, path));
  }, []);

  const set = useCallback(<K extends keyof D & string>(key: K, value: D[K]) => change(key, (d) => ({ ...d, [key]: value })), [change]);

  const text = (key: StringKeys<D>) => ({
    path: key,
    value: draft[key] as unknown as string,
    onChange: (v: string) => set(key, v as D[typeof key]),
    error: errors[key],
  });

  const onBlur = useCallback((e: FocusEvent<HTMLFormElement>) => {
    const name: unknown = (e.target as unknown as { name?: unknown }).name;
    if (typeof name === 'string' && name) setTouched((t) => (t.has(name) ? t : new Set(t).add(name)));
  }, []);

  const attempt = () => {
    setSubmitted(true);
    setGeneral(null);
    const ok = Object.keys(client).length === 0;
    if (!ok) setFailures((f) => f + 1);
    return ok;
  };

  const fail = useCallback((error: ApiError) => {
    const { fields, general: g } = errorsFromApi(error);
    setServer(fields);
    setGeneral(g);
    setFailures((f) => f + 1);
  }, []);

  const reset = useCallback((d: D) => {
    setDraft(d);
    setDirty(false);
    setServer({});
    setGeneral(null);
    setSubmitted(false);
    setTouched(new Set());
  }, []);

  return { draft, errors, general, dirty, failures, change, set, text, onBlur, attempt, fail, reset };
}
