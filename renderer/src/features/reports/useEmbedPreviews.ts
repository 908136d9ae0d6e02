import { useEffect, useMemo, useRef, useState } from 'react';
import type { EmbedPreview } from '../../../../shared/model/reports';
import type { MdDocument } from '../../../../shared/report/ast';
import { call } from '../../api/client';
import { embedLines } from './model/embedLines';

/** Typing pauses this long before the engine is asked what the embeds print. */
const DEBOUNCE_MS = 400;

export interface EmbedPreviews {
  /** What each embed line prints, once the engine has said (kept while typing goes on). */
  byLine: ReadonlyMap<string, EmbedPreview>;
  /** Why the engine could not be asked, if it could not. */
  error: string | null;
}

/**
 * Asks reports.previewEmbeds about a section's embed lines — only the lines, never the text around
 * them — once typing pauses, and only for lines not asked about yet in this editor. `refresh`
 * forgets the answers (the records they show may have changed since).
 */
export function useEmbedPreviews(doc: MdDocument, refresh: unknown = 0): EmbedPreviews {
  const [byLine, setByLine] = useState<ReadonlyMap<string, EmbedPreview>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const known = useRef(byLine);
  // Lines already asked about (answered or on their way): each is asked once per refresh.
  const asked = useRef(new Set<string>());
  const lines = embedLines(doc);
  const key = JSON.stringify(lines);
  const wanted = useMemo(() => JSON.parse(key) as string[], [key]);

  useEffect(() => {
    known.current = new Map();
    asked.current = new Set();
    setByLine(known.current);
  }, [refresh]);

  useEffect(() => {
    // The contract's bounds: at most 2,000 lines a call, each up to 20,000 characters (the rest follow once a batch is answered).
    const missing = wanted.filter((l) => !asked.current.has(l) && l.length <= 20_000).slice(0, 2000);
    if (missing.length === 0) return;
    const timer = setTimeout(() => {
      for (const l of missing) asked.current.add(l);
      void call('reports.previewEmbeds', { lines: missing }).then((r) => {
        if (!r.ok) {
          // Asked again when the lines next change.
          for (const l of missing) asked.current.delete(l);
          return setError(r.error.message);
        }
        setError(null);
        const next = new Map(known.current);
        for (const p of r.value) next.set(p.line, p);
        known.current = next;
        setByLine(next);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `byLine`: once a batch is answered, the next one (if any) is asked for.
  }, [wanted, refresh, byLine]);

  return { byLine, error };
}
