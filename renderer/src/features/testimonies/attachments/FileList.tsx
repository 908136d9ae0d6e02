import { useState } from 'react';
import { ATTACHMENT_KIND_LABELS, type Attachment } from '../../../../../shared/model/attachments';
import { formatDateTime } from '../../../lib/format';
import { formatBytes, shortHash } from '../model/attachments';

interface FileListProps {
  files: Attachment[];
  canWrite: boolean;
  onEdit: (f: Attachment) => void;
  onRemove: (f: Attachment) => void;
}

/**
 * The attached files: name and kind, size, who added it and when, its fingerprint; edit or take off.
 * A list rather than a table: the record pane beside the list is narrow, and each file reads as a card.
 */
export function FileList({ files, canWrite, onEdit, onRemove }: FileListProps) {
  return (
    <ul className="file-list" aria-label="Files attached to this testimony">
      {files.map((f) => (
        <li key={f.id} className="file-item">
          <div className="file-head">
            <span className="file-title">{f.name}</span>
            <span className="badge">{ATTACHMENT_KIND_LABELS[f.kind]}</span>
          </div>
          <p className="file-meta small">
            <span title={`${f.bytes.toLocaleString()} bytes`}>{formatBytes(f.bytes)}</span>
            {' · added by '}
            {f.addedBy}, {formatDateTime(f.addedAt)}
          </p>
          <Fingerprint sha256={f.sha256} name={f.name} />
          {canWrite ? (
            <div className="actions file-actions">
              <button type="button" className="button button--small" aria-label={`Rename or change the kind of ${f.name}…`} onClick={() => onEdit(f)}>
                Rename or change kind…
              </button>
              <button type="button" className="button button--small button--quiet" aria-label={`Take off ${f.name}…`} onClick={() => onRemove(f)}>
                Take off…
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The fingerprint shortened, the whole of it in its title and one press from the clipboard. */
function Fingerprint({ sha256, name }: { sha256: string; name: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sha256);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <p className="file-meta small fingerprint">
      <span>SHA-256</span>
      <code title={sha256}>{shortHash(sha256)}…</code>
      <button type="button" className="link-button" aria-label={`Copy the full SHA-256 fingerprint of ${name}`} onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="muted">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? `Could not copy; the full value is ${sha256}` : ''}
      </span>
    </p>
  );
}
