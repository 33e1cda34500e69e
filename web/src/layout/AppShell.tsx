// Picks the layout for the screen: each is its own chunk, so a phone never downloads the desktop menu.
import { lazy, Suspense } from 'react';
import { PageLoading } from '../shared/PageLoading';
import { useIsPhone } from './useIsPhone';

const DesktopLayout = lazy(() => import('./DesktopLayout'));
const PhoneLayout = lazy(() => import('./PhoneLayout'));

export function AppShell() {
  const phone = useIsPhone();
  return <Suspense fallback={<PageLoading />}>{phone ? <PhoneLayout /> : <DesktopLayout />}</Suspense>;
}
