import { useEffect, useRef, type FormEvent, type KeyboardEvent, type MutableRefObject, type ReactNode } from 'react';
import { fieldLabel } from '../lib/fieldLabels';
import type { DraftForm } from '../lib/useDraftForm';
import { ErrorSummary } from './ErrorSummary';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

interface FormShellProps<D> {
  form: DraftForm<D>;
  title: string;
  /** Says what the form is for, under the title. */
  intro?: ReactNode;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
  allowLeave: MutableRefObject<boolean>;
  saveLabel?: string;
  children: ReactNode;
}

/**
 * The frame every edit form shares: title, error summary (focused when Save finds problems),
 * Save/Cancel at top and bottom, Ctrl/Cmd+S, and the unsaved-changes guard.
 */
export function FormShell<D>({ form, title, intro, saving, onSave, onCancel, allowLeave, saveLabel = 'Save', children }: FormShellProps<D>) {
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (form.failures > 0) summaryRef.current?.focus();
  }, [form.failures]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!saving) onSave();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (!saving) onSave();
    }
  };

  const buttons = (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : saveLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {form.dirty ? <span className="muted small">Unsaved changes</span> : null}
    </div>
  );

  return (
    <form className="record-form" onSubmit={submit} onBlur={form.onBlur} onKeyDown={onKeyDown} noValidate aria-labelledby="form-title">
      <div className="form-head">
        <h1 id="form-title">{title}</h1>
        {intro ? <div className="muted">{intro}</div> : null}
      </div>
      <ErrorSummary ref={summaryRef} errors={form.failures > 0 ? form.errors : {}} general={form.general} labels={fieldLabel} />
      {children}
      <div className="form-foot">{buttons}</div>
      <UnsavedChangesGuard dirty={form.dirty} allow={allowLeave} />
    </form>
  );
}
