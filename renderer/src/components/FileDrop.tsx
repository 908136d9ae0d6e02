import { useState, type DragEvent, type ReactNode } from 'react';
import { Field } from './Field';

interface FileDropProps {
  path: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  accept?: string;
  multiple?: boolean;
  /** Choose a whole folder instead of files (where the browser supports it). */
  folder?: boolean;
  onFiles: (files: File[]) => void;
  /** Several files dropped where one is wanted: said to the person (without it, the first is taken). */
  onTooMany?: (count: number) => void;
  disabled?: boolean;
}

/** Marks an input as a folder chooser; React has no prop for this non-standard attribute. */
function asFolderInput(el: HTMLInputElement | null): void {
  el?.setAttribute('webkitdirectory', '');
}

/**
 * A file input inside a zone files can be dropped on. The input itself stays the keyboard's way
 * in (Tab to it, Enter or Space opens the chooser); dropping is the mouse's shortcut to the same.
 */
export function FileDrop({ path, label, hint, error, accept, multiple, folder, onFiles, onTooMany, disabled }: FileDropProps) {
  const [over, setOver] = useState(false);
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    // Taken even while disabled, so the browser does not open the dropped file in place of the app.
    e.preventDefault();
    e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(!disabled);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length > 1 && !multiple && onTooMany) return onTooMany(files.length);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div className={`file-drop${over ? ' is-over' : ''}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <Field path={path} label={label} hint={hint} error={error}>
        {(p) => (
          <input
            {...p}
            ref={folder ? asFolderInput : undefined}
            type="file"
            accept={accept}
            multiple={multiple || folder}
            disabled={disabled}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              // Clearing the input lets the same file be chosen again after a change to it.
              e.target.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
        )}
      </Field>
      {folder ? null : <p className="file-drop-or muted small">or drop {multiple ? 'files' : 'the file'} here</p>}
    </div>
  );
}
