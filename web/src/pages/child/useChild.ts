// The child's file and what hangs off it, as react-query keys shared by the tabs and the edit forms.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import { readThrough } from '../../offline/cache';
import type { ChildFile } from '../../api/types';

export const childKey = (id: string) => ['child', id] as const;

export function useChildFile(id: string) {
  return useQuery<ChildFile, ApiError>({
    queryKey: childKey(id),
    // The same copy the visit page keeps: a director's child file opens without signal too.
    queryFn: () => readThrough('/children/{id}', { params: { id } }),
  });
}

/** After a change: the file, its history, its audit trail and the lists it appears in. */
export function useRefreshChild(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['child', id] }),
      client.invalidateQueries({ queryKey: ['children'] }),
      client.invalidateQueries({ queryKey: ['worklist'] }),
    ]);
}
