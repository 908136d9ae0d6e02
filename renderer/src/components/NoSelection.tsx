/** The right-hand side of a split view before anything is chosen. */
export function NoSelection({ what }: { what: string }) {
  return (
    <div className="no-selection">
      <p>Choose a {what} from the list to read it here.</p>
      <p className="muted small">
        Tip: focus the list, move with <kbd>↑</kbd> <kbd>↓</kbd> and press <kbd>Enter</kbd> to open.
      </p>
    </div>
  );
}
