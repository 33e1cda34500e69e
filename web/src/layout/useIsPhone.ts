// Phone or desktop, by the viewport's width (antd's md breakpoint): the director's phone gets a compact
// header and a bottom navigation bar instead of the side menu.
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 767px)';

function subscribe(callback: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
}

export function isPhone(): boolean {
  return window.matchMedia(QUERY).matches;
}

export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone);
}
