// Picks the layout for the screen: each is its own chunk, so a phone never downloads the desktop menu.
import { Suspense } from 'react';
import { PageLoading } from '../shared/PageLoading';
import { preloadedLazy } from '../shared/preloaded-lazy';
import { useIsPhone } from './useIsPhone';

export const loadDesktopLayout = () => import('./DesktopLayout');
export const loadPhoneLayout = () => import('./PhoneLayout');
const DesktopLayout = preloadedLazy(loadDesktopLayout);
const PhoneLayout = preloadedLazy(loadPhoneLayout);

export function AppShell() {
  const phone = useIsPhone();
  return <Suspense fallback={<PageLoading />}>{phone ? <PhoneLayout /> : <DesktopLayout />}</Suspense>;
}
