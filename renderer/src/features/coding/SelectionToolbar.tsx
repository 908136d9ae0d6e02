import type { MouseEvent } from 'react';

interface SelectionToolbarProps {
  anchor: { top: number; left: number };
  /** Set while a passage waits to be placed on new text: offers "Place here" first. */
  placing: boolean;
  onCode: () => void;
  onSegment: () => void;
  onPlace: () => void;
  /** Whether the reader may code (the toolbar may be there only to cite). */
  canCode: boolean;
  /** "Cite in a finding…", for those who write findings. */
  onCite: (() => void) | null;
  /** "Redact…", for those who may redact (cataloguers and above). */
  onRedact?: (() => void) | null;
}

/** Keeps the text selected when a toolbar button is pressed with the mouse. */
const keep = (e: MouseEvent) => e.preventDefault();

/** The small toolbar under a selection in the transcript. Its keys work without it: c, s, 1–9. */
export function SelectionToolbar({ anchor, placing, onCode, onSegment, onPlace, canCode, onCite, onRedact = null }: SelectionToolbarProps) {
  return (
    <div className="selection-toolbar" role="toolbar" aria-label="Selection" style={{ top: anchor.top, left: anchor.left }} onMouseDown={keep}>
      {placing ? (
        <button type="button" className="button button--primary button--small" onClick={onPlace}>
          Place here
        </button>
      ) : null}
      {canCode ? (
        <>
          <button type="button" className={`button button--small${placing ? '' : ' button--primary'}`} onClick={onCode} aria-keyshortcuts="C">
            Code selection <kbd aria-hidden="true">C</kbd>
          </button>
          <button type="button" className="button button--small" onClick={onSegment} aria-keyshortcuts="S">
            Segment <kbd aria-hidden="true">S</kbd>
          </button>
        </>
      ) : null}
      {onCite ? (
        <button type="button" className={`button button--small${canCode ? '' : ' button--primary'}`} onClick={onCite}>
          Cite in a finding…
        </button>
      ) : null}
      {onRedact ? (
        <button type="button" className="button button--small" onClick={onRedact}>
          Redact…
        </button>
      ) : null}
    </div>
  );
}
