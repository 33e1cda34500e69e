// Picks the layout for the screen: each is its own chunk, so a phone never downloads the desktop menu.
import { lazy, Suspense } from 'react';
import { PageLoading } from '../shared/PageLoading';
import { useIsPhone } from './useIsPhone';

export const loadDesktopLayout = () => import('./DesktopLayout');
export const loadPhoneLayout = () => import('./PhoneLayout');
const DesktopLayout = lazy(loadDesktopLayout);
const PhoneLayout = lazy(loadPhoneLayout);

export function AppShell() {
  const phone = useIsPhone();
  return <Suspense fallback={<PageLoading />}>{phone ? <PhoneLayout /> : <DesktopLayout />}</Suspense>;
}
