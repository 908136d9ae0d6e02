/** A list item's "Move up" and "Move down" buttons (the report's sections, a finding's evidence). */
export type MoveDirection = 'up' | 'down';

interface Props {
  canUp: boolean;
  canDown: boolean;
  busy: boolean;
  onMove: (dir: MoveDirection) => void;
}

export function MoveButtons({ canUp, canDown, busy, onMove }: Props) {
  return (
    <>
      <button type="button" className="button button--small" data-move="up" disabled={!canUp || busy} onClick={() => onMove('up')}>
        ↑ Move up
      </button>
      <button type="button" className="button button--small" data-move="down" disabled={!canDown || busy} onClick={() => onMove('down')}>
        ↓ Move down
      </button>
    </>
  );
}

/**
 * After a move the list is redrawn: the focus goes back to the button pressed, or to the other
 * one when the item reached the first or last place and the pressed one is now disabled.
 */
export function focusMoveButton(root: ParentNode | null | undefined, dir: MoveDirection): void {
  if (!root) return;
  const same = root.querySelector<HTMLButtonElement>(`button[data-move="${dir}"]:not(:disabled)`);
  (same ?? root.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
}
