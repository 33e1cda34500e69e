// Phone or desktop, by the viewport's width (antd's md breakpoint): the director's phone gets a compact
// header and a bottom navigation bar instead of the side menu.
//
// Switching layouts mounts the page afresh, so what was being typed is lost. A width that crosses the line
// only for a moment (the browser resizing the page to capture it whole did exactly that, and emptied an open
// form) must not switch: the layout follows the width once it has stayed across the line for SETTLE_MS.
import { useSyncExternalStore } from 'react';
import { createPhoneStore, type PhoneStore } from './phone-store';

const QUERY = '(max-width: 767px)';

/** The width now, for a decision taken once (which chunks to fetch first, where to land). */
export function isPhone(): boolean {
  return window.matchMedia(QUERY).matches;
}

let store: PhoneStore | null = null;

export function useIsPhone(): boolean {
  store ??= createPhoneStore(window.matchMedia(QUERY));
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
