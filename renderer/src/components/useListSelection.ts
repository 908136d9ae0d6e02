import { useCallback } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router-dom';

/**
 * The record a split view's list has open (from the route below `basePath`; the new-record form is
 * not a selection) and how a row opens one, keeping the list's filters in the URL.
 */
export function useListSelection<T extends { id: string }>(basePath: string): { selectedId: string | null; open: (row: T) => void } {
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch(`${basePath}/:id/*`);
  const selectedId = match?.params.id && match.params.id !== 'new' ? match.params.id : null;
  const open = useCallback((row: T) => void navigate({ pathname: `${basePath}/${row.id}`, search: location.search }), [navigate, basePath, location.search]);
  return { selectedId, open };
}
