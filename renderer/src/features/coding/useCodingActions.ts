import { useCallback, useState } from 'react';
import type { Passage, TextRange } from '../../../../shared/model/themes';
import type { Offsets } from './selection';
import type { Coding } from './useCoding';
import type { CodeDraft } from './CodeDialog';
import type { SegmentValues } from './SegmentDialog';

export type Status = { kind: 'ok'; text: string; undo?: string } | { kind: 'error'; text: string } | null;

export interface CodingActions {
  status: Status;
  setStatus: (s: Status) => void;
  /** Each answers an error message (the caller keeps what was typed), or null when done. */
  code: (range: Offsets, draft: CodeDraft) => Promise<string | null>;
  addSegment: (range: Offsets, values: SegmentValues) => Promise<string | null>;
  updateCode: (p: Passage, draft: CodeDraft) => Promise<string | null>;
  updateSegment: (p: Passage, values: SegmentValues) => Promise<string | null>;
  /** Puts a passage or segment on other text (after a transcript edit). */
  place: (p: Passage, range: Offsets) => Promise<string | null>;
  remove: (p: Passage) => Promise<string | null>;
  undo: (passageId: string) => Promise<void>;
}

/** The words a theme list reads as: "Apology", "Apology and Trust in police", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Coding acts on one testimony's transcript, with a status line that says what happened. */
export function useCodingActions(testimonyId: string, text: string, coding: Coding, remember: (ids: readonly string[]) => void): CodingActions {
  const [status, setStatus] = useState<Status>(null);
  const { run } = coding;
  const rangeOf = useCallback((r: Offsets): TextRange => ({ start: r.start, end: r.end, quote: text.slice(r.start, r.end) }), [text]);

  const code = useCallback(
    async (range: Offsets, draft: CodeDraft) => {
      const r = await run('coding.code', { testimonyId, range: rangeOf(range), data: draft });
      if (!r.ok) return r.error.message;
      remember(draft.themeIds);
      setStatus({ kind: 'ok', text: `Coded with ${listNames(r.value.themes.map((t) => t.label))}`, undo: r.value.id });
      return null;
    },
    [run, testimonyId, rangeOf, remember],
  );

  const addSegment = useCallback(
    async (range: Offsets, values: SegmentValues) => {
      const r = await run('coding.addSegment', { testimonyId, range: rangeOf(range), data: values });
      if (!r.ok) return r.error.message;
      if (values.themeIds.length > 0) remember(values.themeIds);
      setStatus({ kind: 'ok', text: `Segment “${r.value.title}” added`, undo: r.value.id });
      return null;
    },
    [run, testimonyId, rangeOf, remember],
  );

  const updateCode = useCallback(
    async (p: Passage, draft: CodeDraft) => {
      const r = await run('coding.updateCode', { id: p.id, expectedVersion: p.version, data: draft, range: null });
      if (!r.ok) return r.error.message;
      setStatus({ kind: 'ok', text: `Code changed: ${listNames(r.value.themes.map((t) => t.label))}` });
      return null;
    },
    [run],
  );

  const updateSegment = useCallback(
    async (p: Passage, values: SegmentValues) => {
      const r = await run('coding.updateSegment', { id: p.id, expectedVersion: p.version, data: values, range: null });
      if (!r.ok) return r.error.message;
      setStatus({ kind: 'ok', text: `Segment “${r.value.title}” saved` });
      return null;
    },
    [run],
  );

  const place = useCallback(
    async (p: Passage, range: Offsets) => {
      const themeIds = p.themes.map((t) => t.id);
      const r =
        p.kind === 'code'
          ? await run('coding.updateCode', { id: p.id, expectedVersion: p.version, data: { themeIds, note: p.note }, range: rangeOf(range) })
          : await run('coding.updateSegment', {
              id: p.id,
              expectedVersion: p.version,
              data: { title: p.title, synopsis: p.synopsis, keywords: p.keywords, timeStart: p.timeStart, timeEnd: p.timeEnd, themeIds },
              range: rangeOf(range),
            });
      if (!r.ok) return r.error.message;
      setStatus({ kind: 'ok', text: p.kind === 'code' ? 'The code is placed on the new text.' : `Segment “${p.title}” is placed on the new text.` });
      return null;
    },
    [run, rangeOf],
  );

  const remove = useCallback(
    async (p: Passage) => {
      const r = await run('coding.remove', { id: p.id });
      if (!r.ok) return r.error.message;
      setStatus({ kind: 'ok', text: p.kind === 'code' ? 'Code removed. The removal is kept in the history.' : `Segment “${p.title}” removed.` });
      return null;
    },
    [run],
  );

  const undo = useCallback(
    async (passageId: string) => {
      const r = await run('coding.remove', { id: passageId });
      setStatus(r.ok ? { kind: 'ok', text: 'Undone.' } : { kind: 'error', text: r.error.message });
    },
    [run],
  );

  return { status, setStatus, code, addSegment, updateCode, updateSegment, place, remove, undo };
}
