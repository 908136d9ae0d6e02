import type { ReactNode } from 'react';

/** What a page is for, when there is nothing on it yet, with the first thing to do. */
export function EmptyState({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {actions ? <div className="actions">{actions}</div> : null}
    </section>
  );
}
