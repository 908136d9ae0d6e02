import { useMemo } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { ThemeNode } from '../../../../shared/model/themes';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { indexThemes, type ThemeIndex } from './model/themeTree';

export interface ThemeTree {
  themes: ThemeNode[];
  index: ThemeIndex;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/**
 * The thesaurus (themes.tree) in tree order, re-read when the archive's data changes or `refresh`
 * changes. Retired themes are left out unless asked for.
 */
export function useThemeTree({ includeRetired = false, refresh = 0 }: { includeRetired?: boolean; refresh?: unknown } = {}): ThemeTree {
  const { dataVersion } = useArchive();
  const r = useCall('themes.tree', { includeRetired }, `${dataVersion}|${String(refresh)}`);
  const themes = useMemo(() => r.data?.items ?? [], [r.data]);
  const index = useMemo(() => indexThemes(themes), [themes]);
  return { themes, index, loading: r.loading, error: r.error, reload: r.reload };
}
