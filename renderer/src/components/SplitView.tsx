import type { ReactNode } from 'react';

/** A list on the left and the selected record on the right; each side scrolls on its own. */
export function SplitView({ list, detail, listLabel, detailLabel, wide, editing }: { list: ReactNode; detail: ReactNode; listLabel: string; detailLabel: string; wide?: boolean; editing?: boolean }) {
  return (
    <div className={`split${wide ? ' split--wide-list' : ''}${editing ? ' split--editing' : ''}`}>
      <section className="split-list" aria-label={listLabel}>
        {list}
      </section>
      <section className="split-detail" aria-label={detailLabel}>
        {detail}
      </section>
    </div>
  );
}
