// Who is signed in (GET /auth/me, kept by react-query under ['me']) and what they may do. The menu hides
// what a person may not use; the server refuses it anyway.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../api/client';
import { get, post } from '../api/client';
import type { Me } from '../api/types';

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery<Me, ApiError>({
    queryKey: ME_KEY,
    queryFn: () => get<Me>('/auth/me'),
    retry: false,
    staleTime: Infinity,
  });
}

/** The signed-in person; only for components under RequireAuth. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside RequireAuth');
  return data;
}

export function can(me: Me | undefined, permission: string): boolean {
  return me?.permissions.includes(permission) ?? false;
}

export async function logout(client: QueryClient): Promise<void> {
  try {
    await post('/auth/logout');
  } finally {
    client.clear();
  }
}
