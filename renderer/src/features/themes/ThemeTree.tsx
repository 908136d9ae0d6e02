import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { formatCount } from '../../lib/format';
import { ThemeSwatch } from './ThemeSwatch';
import { ancestorsOf, subtreeIds, visibleForFilter, type ThemeIndex } from './model/themeTree';
import { parentRow, rowForKey, visibleRows } from './model/treeRows';

interface ThemeTreeProps {
  index: ThemeIndex;
  filter: string;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** Drag and drop: put `id` under `parentId` (null: top level). */
  onMove: (id: string, parentId: string | null) => void;
}

const DRAG_TYPE = 'application/x-tessera-theme';

/**
 * The thesaurus as an ARIA tree: one tab stop (roving tabindex), ↑ ↓ Home End to move, → ← to open,
 * close or go to the broader theme, a letter to jump, Enter to open. Drag a theme onto another to
 * move it there, or onto "Top level".
 */
export function ThemeTree({ index, filter, selectedId, onOpen, onMove }: ThemeTreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(index.nodes.filter((n) => n.depth === 0).map((n) => n.id)));
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropOn, setDropOn] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const moveFocus = useRef(false);

  // The selected theme is always visible: open its broader themes.
  const [seenSelected, setSeenSelected] = useState<string | null>(null);
  if (selectedId !== seenSelected && index.byId.has(selectedId ?? '')) {
    setSeenSelected(selectedId);
    const need = ancestorsOf(index, selectedId as string).filter((a) => !expanded.has(a.id));
    if (need.length > 0) setExpanded(new Set([...expanded, ...need.map((a) => a.id)]));
  }

  const filtered = useMemo(() => visibleForFilter(index, filter), [index, filter]);
  const rows = useMemo(() => visibleRows(index, expanded, filtered?.visible ?? null), [index, expanded, filtered]);
  const focusIndex = Math.max(
    0,
    rows.findIndex((r) => r.node.id === (focusId ?? selectedId)),
  );
  const tabStop = rows[focusIndex]?.node.id ?? null;
  const dragged = useMemo(() => (dragging ? subtreeIds(index, dragging) : null), [index, dragging]);

  useEffect(() => {
    if (!moveFocus.current || !tabStop) return;
    moveFocus.current = false;
    refs.current.get(tabStop)?.focus();
  }, [tabStop]);

  const focusRow = (i: number | null) => {
    const row = i === null ? undefined : rows[i];
    if (!row) return;
    moveFocus.current = true;
    setFocusId(row.node.id);
    if (row.node.id === tabStop) refs.current.get(row.node.id)?.focus();
  };
  const toggle = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    setExpanded(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const row = rows[focusIndex];
    if (!row) return;
    let handled = true;
    if (e.key === 'Enter') onOpen(row.node.id);
    else if (e.key === 'ArrowRight') {
      if (row.hasChildren && !row.expanded) toggle(row.node.id, true);
      else if (row.expanded) focusRow(focusIndex + 1);
    } else if (e.key === 'ArrowLeft') {
      if (row.expanded && !filtered) toggle(row.node.id, false);
      else focusRow(parentRow(rows, focusIndex));
    } else {
      const next = rowForKey(rows, focusIndex, e.key);
      if (next === null) handled = false;
      else focusRow(next);
    }
    if (handled) e.preventDefault();
  };

  const canDrop = (target: string | null) => dragging !== null && (target === null ? index.byId.get(dragging)?.parentId !== null : !dragged?.has(target));
  const dropProps = (target: string | null) => ({
    onDragOver: (e: DragEvent) => {
      if (!canDrop(target)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      setDropOn(target ?? 'top');
    },
    onDragLeave: () => setDropOn((d) => (d === (target ?? 'top') ? null : d)),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      const id = dragging ?? e.dataTransfer.getData(DRAG_TYPE);
      setDragging(null);
      setDropOn(null);
      if (id && canDrop(target)) onMove(id, target);
    },
  });

  if (rows.length === 0) return <p className="muted theme-tree-none">{filter ? `No theme matches “${filter}”.` : 'No themes to show.'}</p>;

  return (
    <>
      {dragging ? (
        <div className={`theme-drop-top${dropOn === 'top' ? ' is-over' : ''}`} {...dropProps(null)}>
          Drop here to make it a top-level theme
        </div>
      ) : null}
      <ul className="theme-tree" role="tree" aria-label="Thesaurus" onKeyDown={onKeyDown}>
        {rows.map((r) => {
          const n = r.node;
          const match = filtered?.matches.has(n.id);
          return (
            <li
              key={n.id}
              ref={(el) => {
                if (el) refs.current.set(n.id, el);
                else refs.current.delete(n.id);
              }}
              role="treeitem"
              aria-level={r.level}
              aria-setsize={r.setSize}
              aria-posinset={r.posInSet}
              aria-expanded={r.hasChildren ? r.expanded : undefined}
              aria-selected={n.id === selectedId}
              tabIndex={n.id === tabStop ? 0 : -1}
              className={`theme-item${n.id === selectedId ? ' is-selected' : ''}${dropOn === n.id ? ' is-drop-target' : ''}${n.retired ? ' is-retired' : ''}${filtered && !match ? ' is-context' : ''}`}
              style={{ paddingLeft: `${0.4 + (r.level - 1) * 1.1}rem` }}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, n.id);
                e.dataTransfer.effectAllowed = 'move';
                setDragging(n.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropOn(null);
              }}
              {...dropProps(n.id)}
              onFocus={() => setFocusId(n.id)}
              onClick={() => onOpen(n.id)}
            >
              <span
                className="theme-toggle"
                aria-hidden="true"
                onClick={(e) => {
                  if (!r.hasChildren || filtered) return;
                  e.stopPropagation();
                  toggle(n.id, !r.expanded);
                }}
              >
                {r.hasChildren ? (r.expanded ? '▾' : '▸') : ''}
              </span>
              <ThemeSwatch colour={n.colour} />
              <span className="theme-item-label">
                {n.label}
                {n.retired ? <span className="muted small"> (retired)</span> : null}
              </span>
              <span className="theme-item-counts">
                <span className="visually-hidden">, </span>
                {formatCount(n.counts.testimonies)}
                <span className="visually-hidden"> testimonies,</span>
                <span aria-hidden="true"> · </span>
                {formatCount(n.counts.passages)}
                <span className="visually-hidden"> passages</span>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
