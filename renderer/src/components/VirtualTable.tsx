import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: string;
  /** A CSS grid track, e.g. "8rem" or "minmax(10rem, 1fr)". */
  width: string;
  /** When set, the header is a button that sorts by this key. */
  sortKey?: string;
  render: (row: T) => ReactNode;
  className?: string;
}

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

interface VirtualTableProps<T> {
  label: string;
  columns: Column<T>[];
  total: number | null;
  rowAt: (index: number) => T | undefined;
  ensure: (start: number, end: number) => void;
  rowKey: (row: T) => string;
  selectedKey?: string | null;
  onOpen: (row: T) => void;
  sort?: SortState;
  onSort?: (key: string) => void;
  rowClassName?: (row: T) => string;
  rowHeight?: number;
  empty?: ReactNode;
}

const HEAD_HEIGHT = 36;

/**
 * A grid that renders only the rows in view, so tens of thousands scroll smoothly. The grid is one
 * tab stop: Up/Down/Page Up/Page Down/Home/End move the active row, Enter opens it.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { label, columns, total, rowAt, ensure, rowKey, selectedKey, onOpen, sort, onSort, rowClassName, rowHeight = 34, empty } = props;
  const base = useId().replace(/:/g, '');
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const count = total ?? 0;
  // TanStack Virtual returns a mutable instance; React Compiler skips this component, which is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  useEffect(() => {
    if (first !== undefined && last !== undefined) ensure(first, last);
  }, [first, last, ensure, total]);

  useEffect(() => setActive(null), [total]);

  const gridStyle = { '--vt-cols': columns.map((c) => c.width).join(' ') } as CSSProperties;

  const selectedIndex = (): number | null => {
    for (const item of items) {
      const row = rowAt(item.index);
      if (row && rowKey(row) === selectedKey) return item.index;
    }
    return null;
  };

  const move = (to: number) => {
    if (count === 0) return;
    const i = Math.max(0, Math.min(count - 1, to));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    ensure(i, i);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const from = active ?? selectedIndex();
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    switch (e.key) {
      case 'ArrowDown':
        move(from === null ? 0 : from + 1);
        break;
      case 'ArrowUp':
        move(from === null ? 0 : from - 1);
        break;
      case 'PageDown':
        move((from ?? 0) + page);
        break;
      case 'PageUp':
        move((from ?? 0) - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(count - 1);
        break;
      case 'Enter': {
        const i = from;
        const row = i === null ? undefined : rowAt(i);
        if (row) onOpen(row);
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  const activeRendered = active !== null && items.some((it) => it.index === active) && rowAt(active) !== undefined;

  return (
    <div
      ref={scrollRef}
      className="vtable"
      role="grid"
      aria-label={label}
      aria-rowcount={count + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeRendered ? `${base}-row-${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={gridStyle}
    >
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row">
          {columns.map((c, ci) => (
            <div
              key={c.id}
              role="columnheader"
              aria-colindex={ci + 1}
              className={`vtable-cell ${c.className ?? ''}`}
              aria-sort={c.sortKey && sort?.key === c.sortKey ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.sortKey && onSort ? (
                <button type="button" className="vtable-sort" onClick={() => onSort(c.sortKey as string)}>
                  {c.header}
                  <span aria-hidden="true" className="vtable-sort-mark">
                    {sort?.key === c.sortKey ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                c.header
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="vtable-body" style={{ height: count > 0 ? virtualizer.getTotalSize() : undefined }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          const key = row ? rowKey(row) : null;
          const classes = ['vtable-row', 'vtable-row--body'];
          if (key !== null && key === selectedKey) classes.push('is-selected');
          if (item.index === active) classes.push('is-active');
          if (row && rowClassName) classes.push(rowClassName(row));
          return (
            <div
              key={item.key}
              id={`${base}-row-${item.index}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={key !== null && key === selectedKey}
              className={classes.join(' ')}
              style={{ height: item.size, transform: `translateY(${item.start - HEAD_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                if (row) onOpen(row);
              }}
            >
              {row ? (
                columns.map((c, ci) => (
                  <div key={c.id} role="gridcell" aria-colindex={ci + 1} className={`vtable-cell ${c.className ?? ''}`}>
                    {c.render(row)}
                  </div>
                ))
              ) : (
                <div role="gridcell" className="vtable-cell vtable-cell--loading">
                  Loading…
                </div>
              )}
            </div>
          );
        })}
        {total === 0 || total === null ? (
          <div role="row" className="vtable-row vtable-row--message">
            <div role="gridcell" className="vtable-empty">
              {total === null ? 'Loading…' : (empty ?? 'Nothing matches.')}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
