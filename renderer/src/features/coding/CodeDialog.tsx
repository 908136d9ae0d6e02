import { useState } from 'react';
import { useSaveKeys } from './useSaveKeys';
import type { ThemeNode } from '../../../../shared/model/themes';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { TextField } from '../../components/TextField';
import { ThemePicker } from '../themes/ThemePicker';
import { Quote } from './Quote';

export interface CodeDraft {
  themeIds: string[];
  note: string;
}

interface CodeDialogProps {
  title: string;
  /** The text being coded, shown so the person knows what they are coding. */
  quote: string;
  initial: CodeDraft;
  themes: ThemeNode[];
  saveLabel: string;
  /** Saves; answers an error message to show (what was typed stays), or null when done. */
  onSave: (draft: CodeDraft) => Promise<string | null>;
  onClose: () => void;
}

/** Themes (several) and a note for a passage. Enter in the empty theme box or Ctrl+Enter saves; Escape cancels. */
export function CodeDialog({ title, quote, initial, themes, saveLabel, onSave, onClose }: CodeDialogProps) {
  const [draft, setDraft] = useState<CodeDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [themeError, setThemeError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    if (draft.themeIds.length === 0) {
      setThemeError('Choose at least one theme');
      return;
    }
    setThemeError(undefined);
    setBusy(true);
    const message = await onSave(draft);
    setBusy(false);
    setError(message);
  };
  const { submit, onKey } = useSaveKeys(save);

  return (
    <Dialog open title={title} onClose={onClose} className="code-dialog">
      <form onSubmit={submit} onKeyDown={onKey} noValidate>
        <Quote text={quote} />
        <ThemePicker
          themes={themes}
          value={draft.themeIds}
          onChange={(themeIds) => setDraft((d) => ({ ...d, themeIds }))}
          label="Themes"
          path="code.themes"
          autoFocus
          error={themeError}
          hint="Type to find a theme, Enter to choose it; Enter again (or Ctrl+Enter) saves."
          onSubmit={() => void save()}
        />
        <TextField path="code.note" label="Note (optional)" rows={3} value={draft.note} onChange={(note) => setDraft((d) => ({ ...d, note }))} />
        <DialogActions label={saveLabel} busyLabel="Saving…" busy={busy} error={error} onCancel={onClose} keyShortcuts="Control+Enter" />
      </form>
    </Dialog>
  );
}
