import type { ReactNode } from 'react';

interface SplitViewProps {
  list: ReactNode;
  detail: ReactNode;
  listLabel: string;
  detailLabel: string;
  /** Give the list more room (many columns). */
  wide?: boolean;
  /** A form is open: it takes the whole width. */
  editing?: boolean;
  /** The reader asked for the record at full width. */
  listHidden?: boolean;
}

/** A list on the left and the selected record on the right; each side scrolls on its own. */
export function SplitView({ list, detail, listLabel, detailLabel, wide, editing, listHidden }: SplitViewProps) {
  const classes = ['split', wide ? 'split--wide-list' : '', editing ? 'split--editing' : '', listHidden ? 'split--list-hidden' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      {editing || listHidden ? null : (
        <section className="split-list" aria-label={listLabel}>
          {list}
        </section>
      )}
      <section className="split-detail" aria-label={detailLabel}>
        {detail}
      </section>
    </div>
  );
}
