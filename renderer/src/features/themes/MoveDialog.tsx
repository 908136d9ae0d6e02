import { useMemo, useState } from 'react';
import type { Theme } from '../../../../shared/model/themes';
import { call } from '../../api/client';
import { RadioGroup } from '../../components/CheckboxGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ThemePicker } from './ThemePicker';
import { subtreeIds } from './model/themeTree';
import { useThemeTree } from './useThemeTree';

/** Move a theme (with its narrower themes) under another chosen with the picker, or to the top level. */
export function MoveDialog({ theme, open, onClose, onDone }: { theme: Theme; open: boolean; onClose: () => void; onDone: () => void }) {
  const tree = useThemeTree();
  const [where, setWhere] = useState<'under' | 'top'>('under');
  const [target, setTarget] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exclude = useMemo(() => subtreeIds(tree.index, theme.id), [tree.index, theme.id]);

  const close = () => {
    setTarget([]);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    const parentId = where === 'top' ? null : (target[0] ?? null);
    if (where === 'under' && !parentId) {
      setError('Choose the broader theme to move it under, or choose “At the top level”.');
      return;
    }
    setBusy(true);
    const r = await call('themes.move', { id: theme.id, parentId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    close();
    onDone();
  };

  return (
    <ConfirmDialog open={open} title={`Move “${theme.label}”`} confirmLabel="Move" busy={busy} error={error} onConfirm={() => void confirm()} onCancel={close}>
      <p>Its narrower themes move with it. Coded passages and testimonies keep their themes.</p>
      <RadioGroup
        path="moveWhere"
        legend="Where to"
        options={[
          { value: 'under', label: 'Under another theme' },
          { value: 'top', label: 'At the top level' },
        ]}
        value={where}
        onChange={(v) => {
          setWhere(v as 'under' | 'top');
          setError(null);
        }}
      />
      {where === 'under' ? (
        <ThemePicker
          themes={tree.themes}
          value={target}
          onChange={(ids) => {
            setTarget(ids);
            setError(null);
          }}
          label="New broader theme"
          multiple={false}
          autoFocus
          exclude={exclude}
          path="moveTarget"
        />
      ) : null}
    </ConfirmDialog>
  );
}
