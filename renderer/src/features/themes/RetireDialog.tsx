import { useState } from 'react';
import type { Theme } from '../../../../shared/model/themes';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../lib/format';

/** Retire a theme (kept with its assignments, no longer offered for coding) or bring it back. */
export function RetireDialog({ theme, open, onClose, onDone }: { theme: Theme; open: boolean; onClose: () => void; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const retiring = !theme.retired;
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    const r = await call('themes.retire', { id: theme.id, retired: retiring });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    close();
    onDone();
  };
  const uses = `${plural(theme.counts.ownPassages, 'passage', 'passages')} and ${plural(theme.counts.ownTestimonies, 'testimony', 'testimonies')}`;
  return (
    <ConfirmDialog open={open} title={retiring ? `Retire “${theme.label}”?` : `Restore “${theme.label}”?`} confirmLabel={retiring ? 'Retire' : 'Restore'} danger={retiring} busy={busy} error={error} onConfirm={() => void confirm()} onCancel={close}>
      {retiring ? (
        <p>
          “{theme.label}” stays in the archive with its {uses}, but is no longer offered for coding and is hidden from the tree unless “Show retired” is on. You can restore it later.
        </p>
      ) : (
        <p>“{theme.label}” will be offered for coding again and shown in the tree. Its {uses} are unchanged.</p>
      )}
    </ConfirmDialog>
  );
}
