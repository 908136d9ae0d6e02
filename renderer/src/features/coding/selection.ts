/**
 * Between the DOM and transcript offsets. Every text node of the rendered transcript sits directly
 * in an element carrying `data-offset` (the string index of its first character), so a selection
 * boundary maps to an exact index by walking text nodes; text outside such elements (headings,
 * buttons) is not part of the transcript and is skipped.
 */

export interface Offsets {
  start: number;
  end: number;
}

function offsetOf(node: Node): number | null {
  const parent = node.parentElement;
  const raw = parent?.dataset.offset;
  return raw === undefined ? null : Number(raw);
}

function textNodes(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (offsetOf(n) === null ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT) });
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The transcript index of a boundary point (node, offset), or null when it lies outside `root`. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const base = node.nodeType === Node.TEXT_NODE ? offsetOf(node) : null;
  if (base !== null) return base + offset;
  // A point between nodes, or inside text that is not transcript: take the next transcript text at or
  // after it, else the end of the last one before it.
  const texts = textNodes(root);
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const t of texts) {
    if (probe.comparePoint(t, 0) >= 0) return offsetOf(t);
  }
  const last = texts[texts.length - 1];
  return last ? (offsetOf(last) ?? 0) + last.data.length : null;
}

/** The window's selection as transcript offsets, when it lies (at least partly) in `root` and is not empty. */
export function selectionOffsets(root: HTMLElement): Offsets | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null;
  const start = root.contains(range.startContainer) ? pointToOffset(root, range.startContainer, range.startOffset) : pointToOffset(root, root, 0);
  const end = root.contains(range.endContainer) ? pointToOffset(root, range.endContainer, range.endOffset) : pointToOffset(root, root, root.childNodes.length);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function pointAt(texts: Text[], index: number, preferNext: boolean): { node: Text; offset: number } | null {
  for (const t of texts) {
    const base = offsetOf(t) ?? 0;
    const end = base + t.data.length;
    if (index >= base && (index < end || (index === end && !preferNext))) return { node: t, offset: index - base };
    if (index < base) return { node: t, offset: 0 };
  }
  const last = texts[texts.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** A DOM range over [start, end) of the rendered transcript (to highlight it), or null when it is not there. */
export function rangeOfOffsets(root: HTMLElement, { start, end }: Offsets): Range | null {
  const texts = textNodes(root);
  const a = pointAt(texts, start, true);
  const b = pointAt(texts, end, false);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Selects [start, end) of the transcript in the window, so the reader sees what the keys chose. */
export function selectOffsets(root: HTMLElement, { start, end }: Offsets): Range | null {
  const texts = textNodes(root);
  const a = pointAt(texts, start, true);
  const b = pointAt(texts, end, false);
  const sel = window.getSelection();
  if (!a || !b || !sel) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

/** Leaves out white space at either end of a selection (a double-clicked word brings its space along). */
export function trimOffsets(text: string, { start, end }: Offsets): Offsets | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}
