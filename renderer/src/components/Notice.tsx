import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/api';

/** A message in the flow of the page. Errors are announced; information is not. */
export function Notice({ kind = 'info', children }: { kind?: 'info' | 'error' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : kind === 'success' ? 'status' : undefined}>
      {children}
    </div>
  );
}

export function ApiErrorNotice({ error, retry }: { error: ApiError | null; retry?: () => void }) {
  if (!error) return null;
  return (
    <Notice kind="error">
      <p>{error.message}</p>
      {retry ? (
        <button type="button" className="button button--small" onClick={retry}>
          Try again
        </button>
      ) : null}
    </Notice>
  );
}

export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}
    </p>
  );
}
