// Who is signed in (GET /auth/me, kept by react-query under ['me']) and what they may do. The menu hides
// what a person may not use; the server refuses it anyway.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../api/client';
import { api } from '../api/client';
import type { Me } from '../api/types';
import { readThrough, wipeOffline } from '../offline/cache';
import { forgetSignedIn, rememberSignedIn } from './first-visit';
import { pendingAfterSync } from '../offline/outbox';

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery<Me, ApiError>({
    queryKey: ME_KEY,
    // Without signal, the person who signed in on this phone (within her session's lifetime) still is.
    queryFn: async () => {
      const me = await readThrough('/auth/me');
      rememberSignedIn();
      return me;
    },
    retry: false,
    staleTime: Infinity,
  });
}

let lastSignedIn: Me | null = null;

/**
 * The signed-in person; only for components under RequireAuth. When the session ends mid-page (a 401 clears
 * the cache, then the app navigates to the login page), a page may render once more before RequireAuth takes
 * it down: it gets the person it was showing rather than an error page (seen in the county browser test
 * under load).
 */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (data) lastSignedIn = data;
  else if (lastSignedIn) return lastSignedIn;
  if (!data) throw new Error('useSignedIn outside RequireAuth');
  return data;
}

export { can } from './can';

/**
 * Signs out and wipes what the phone kept (issue 17.1). Records still in the outbox are sent first; any that
 * cannot be are lost on sign-out, so the person is asked. Returns false when she chose to stay.
 */
export async function logout(client: QueryClient): Promise<boolean> {
  const pending = await pendingAfterSync();
  if (pending && !window.confirm(`还有 ${pending} 条记录未同步，退出登录将删除它们。确定退出？`))
    return false;
  try {
    await api.post('/auth/logout');
  } catch {
    // Offline: the session ends on the server by itself; the phone's copy goes now all the same.
  } finally {
    forgetSignedIn();
    client.clear();
    await wipeOffline().catch(() => undefined);
  }
  return true;
}
