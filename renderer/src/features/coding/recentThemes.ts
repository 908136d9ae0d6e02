import { useCallback, useState } from 'react';
import { useArchive } from '../../app/ArchiveContext';

/**
 * The themes most recently used for coding, newest first, kept per archive in localStorage so that
 * 1–9 apply the same theme after a reload. Never more than nine.
 */
const MAX = 9;

function keyFor(archivePath: string): string {
  return `tessera.recentThemes:${archivePath}`;
}

function read(key: string): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

/** Puts `used` (most recent last in the list given) at the front, without repeats. */
export function withRecent(recent: readonly string[], used: readonly string[]): string[] {
  const front = [...used].reverse();
  return [...front, ...recent.filter((id) => !front.includes(id))].slice(0, MAX);
}

export function useRecentThemes(): { recent: string[]; remember: (themeIds: readonly string[]) => void } {
  const { info } = useArchive();
  const key = keyFor(info?.path ?? '');
  const [state, setState] = useState<{ key: string; ids: string[] }>(() => ({ key, ids: read(key) }));
  const ids = state.key === key ? state.ids : read(key);
  if (state.key !== key) setState({ key, ids });

  const remember = useCallback(
    (themeIds: readonly string[]) => {
      const next = withRecent(read(key), themeIds);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or refused: the list still works for this session.
      }
      setState({ key, ids: next });
    },
    [key],
  );
  return { recent: ids, remember };
}
