import type { AccessLevel, TestimonyStatus } from '../../../shared/model/enums';
import { label } from '../../../shared/model/enums';

const ACCESS_MARKS: Record<AccessLevel, string> = { public: '○', restricted: '◐', confidential: '●', sealed: '■' };

/** The access level in words, with a quiet colour and mark that never carry meaning alone. */
export function AccessBadge({ level, compact }: { level: AccessLevel; compact?: boolean }) {
  return (
    <span className={`badge badge--access badge--${level}${compact ? ' badge--compact' : ''}`}>
      {compact ? null : (
        <span aria-hidden="true" className="badge-mark">
          {ACCESS_MARKS[level]}
        </span>
      )}
      {label(level)}
    </span>
  );
}

export function StatusBadge({ status }: { status: TestimonyStatus | 'withdrawn' }) {
  return <span className={`badge badge--status badge--${status}`}>{status === 'withdrawn' ? 'Withdrawn' : label(status)}</span>;
}
