import { useMemo, useState } from 'react';
import type { Theme } from '../../../../shared/model/themes';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../lib/format';
import { ThemePicker } from './ThemePicker';
import { subtreeIds } from './model/themeTree';
import { useThemeTree } from './useThemeTree';

/** What merging does, in one sentence a person can check before agreeing. */
export function mergeSentence(source: Theme, targetLabel: string): string {
  const x = `“${source.label}”`;
  const y = `“${targetLabel}”`;
  return `All ${plural(source.counts.ownPassages, 'passage', 'passages')} and ${plural(source.counts.ownTestimonies, 'testimony', 'testimonies')} coded with ${x} will be coded with ${y}; ${x} becomes an other label of ${y}; ${x}’s narrower themes move under ${y}.`;
}

/** Merge a theme into another: choose the survivor, read exactly what will happen, then confirm. */
export function MergeDialog({ theme, open, onClose, onDone }: { theme: Theme; open: boolean; onClose: () => void; onDone: () => void }) {
  const tree = useThemeTree();
  const [target, setTarget] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exclude = useMemo(() => subtreeIds(tree.index, theme.id), [tree.index, theme.id]);
  const targetNode = target[0] ? tree.index.byId.get(target[0]) : undefined;

  const close = () => {
    setTarget([]);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!targetNode) {
      setError('Choose the theme to merge it into.');
      return;
    }
    setBusy(true);
    const r = await call('themes.merge', { sourceId: theme.id, targetId: targetNode.id });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    close();
    onDone();
  };

  return (
    <ConfirmDialog
      open={open}
      title={`Merge “${theme.label}” into another theme`}
      confirmLabel={targetNode ? `Merge into “${targetNode.label}”` : 'Merge'}
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={close}
    >
      <ThemePicker
        themes={tree.themes}
        value={target}
        onChange={(ids) => {
          setTarget(ids);
          setError(null);
        }}
        label="Merge into"
        multiple={false}
        autoFocus
        exclude={exclude}
        path="mergeTarget"
      />
      {targetNode ? (
        <p className="merge-sentence">{mergeSentence(theme, targetNode.label)}</p>
      ) : (
        <p className="muted">Choose the theme that stays. Its label is kept; this one’s label becomes one of its other labels.</p>
      )}
      <p className="muted small">The merge is recorded in the history of both themes.</p>
    </ConfirmDialog>
  );
}
