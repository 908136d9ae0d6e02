import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { EmbargoDue } from '../../../../shared/api/embargo';
import { ACCESS_LEVELS, type AccessLevel } from '../../../../shared/model/enums';
import { call } from '../../api/client';
import { useArchive } from '../../app/ArchiveContext';
import { AccessBadge } from '../../components/Badges';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { Loading, Notice } from '../../components/Notice';
import { enumOptions, Select } from '../../components/Select';
import { formatFlexDate, plural } from '../../lib/format';
import { checkEmbargoes, mayReviewEmbargoes, useEmbargoesDue } from './embargoCheck';

/** One testimony due for review: open it, choose the level it keeps, mark it reviewed. */
function ReviewRow({ item, onReviewed }: { item: EmbargoDue; onReviewed: (message: string) => void }) {
  const [level, setLevel] = useState<AccessLevel>(item.accessLevel);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Opening a testimony to more people cannot be taken back once it has been read: ask first.
  const opens = ACCESS_LEVELS.indexOf(level) < ACCESS_LEVELS.indexOf(item.accessLevel);
  const review = async () => {
    setSaving(true);
    setError(null);
    const r = await call('testimonies.embargoReviewed', { id: item.id, accessLevel: level });
    setSaving(false);
    setConfirming(false);
    if (!r.ok) return setError(r.error.message);
    const kept = level === item.accessLevel;
    onReviewed(`${item.ref} reviewed: ${kept ? 'it stays' : 'it is now'} ${ACCESS_WORDS[level]}.`);
  };
  const selectId = `level-${item.id}`;
  return (
    <tr>
      <td>
        <Link to={`/testimonies/${item.id}`}>
          <span className="mono">{item.ref}</span> {item.title}
        </Link>
        {error ? <Notice kind="error">{error}</Notice> : null}
      </td>
      <td>
        <AccessBadge level={item.accessLevel} />
      </td>
      <td className="nowrap">
        {formatFlexDate(item.embargoUntil)}
        {item.reviewedOn ? <div className="muted small">last reviewed {formatFlexDate(item.reviewedOn)}, before the embargo was moved</div> : null}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={selectId}>
          Access level of {item.ref} after the review
        </label>
        <Select id={selectId} value={level} options={enumOptions(ACCESS_LEVELS)} onChange={(v) => setLevel(v as AccessLevel)} />{' '}
        <button type="button" className="button button--small" onClick={() => (opens ? setConfirming(true) : void review())} disabled={saving}>
          {saving ? 'Saving…' : level === item.accessLevel ? 'Mark reviewed' : 'Change and mark reviewed'}
        </button>
        <ConfirmDialog
          open={confirming}
          title={`Open ${item.ref} to more people?`}
          confirmLabel={`Make it ${ACCESS_WORDS[level]}`}
          busy={saving}
          onConfirm={() => void review()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {item.ref} is {ACCESS_WORDS[item.accessLevel]}. As {ACCESS_WORDS[level]} it can be read by more people
            {level === 'public' ? ', and it appears in public outputs when its consent allows' : ''}. Check its consent record and redactions first.
          </p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}

const ACCESS_WORDS: Record<AccessLevel, string> = { public: 'Public', restricted: 'Restricted', confidential: 'Confidential', sealed: 'Sealed' };

/**
 * Testimonies whose embargo has ended and that no archivist has reviewed since. The embargo no
 * longer holds them back, so each is looked at once: keep its access level, or change it.
 */
export function EmbargoReviewPage() {
  const { info } = useArchive();
  const role = info?.user.role ?? null;
  const { items, error } = useEmbargoesDue(info?.path ?? null, role);
  const [done, setDone] = useState<string | null>(null);

  if (!info || !role) return <Loading what="Opening the archive…" />;
  if (!mayReviewEmbargoes(role)) {
    return (
      <EmptyState title="Embargo review is for archivists" actions={<Link className="button" to="/">Go to the archive overview</Link>}>
        <p>An archivist or administrator reviews testimonies whose embargo has ended. Ask one if a record should change its access level.</p>
      </EmptyState>
    );
  }
  return (
    <div className="page">
      <header className="page-head">
        <h1>Embargoes ended</h1>
        <p className="muted">
          These testimonies’ embargoes have ended, so the embargo no longer holds them back. Open each, decide whether its access level still fits, and mark it
          reviewed. The review is recorded in the testimony’s history.
        </p>
      </header>
      {done ? <Notice kind="success">{done}</Notice> : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      {items === null ? (
        <Loading what="Checking embargoes…" />
      ) : items.length === 0 ? (
        <EmptyState title="No embargo is waiting for review" actions={<Link className="button" to="/testimonies">Go to the testimonies</Link>}>
          <p>Tessera checks when the archive opens and every day while it stays open.</p>
        </EmptyState>
      ) : (
        <table className="review-table">
          <caption className="visually-hidden">{plural(items.length, 'testimony', 'testimonies')} to review</caption>
          <thead>
            <tr>
              <th scope="col">Testimony</th>
              <th scope="col">Access level</th>
              <th scope="col">Embargo ended</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ReviewRow
                key={item.id}
                item={item}
                onReviewed={(message) => {
                  setDone(message);
                  void checkEmbargoes();
                }}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
