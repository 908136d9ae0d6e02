import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';

/** A record's heading (the article's `record-title`), its badges and an Edit link that keeps the list's filter. */
export function RecordHeader({ title, editTo, children }: { title: ReactNode; editTo: string; children: ReactNode }) {
  const location = useLocation();
  return (
    <header className="record-head">
      <h1 className="record-title" id="record-title">
        {title}
      </h1>
      <div className="record-badges">{children}</div>
      <div className="actions record-actions">
        <Link className="button button--primary" to={{ pathname: editTo, search: location.search }}>
          Edit
        </Link>
      </div>
    </header>
  );
}
