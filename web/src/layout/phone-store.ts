// The layout's phone-or-not, following the viewport's width once a change has lasted (see useIsPhone.ts).
// Apart from the hook so that it is tested without a browser.

export const SETTLE_MS = 300;

/** What the store needs of a MediaQueryList (a fake one in tests). */
export interface MediaLike {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

export interface PhoneStore {
  subscribe(callback: () => void): () => void;
  snapshot(): boolean;
}

/** The layout's phone-or-not, following `media` once a change has lasted `settleMs`. */
export function createPhoneStore(media: MediaLike, settleMs = SETTLE_MS): PhoneStore {
  let current = media.matches;
  const callbacks = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (media.matches === current) return;
      current = media.matches;
      for (const callback of [...callbacks]) callback();
    }, settleMs);
  };
  return {
    subscribe(callback) {
      if (callbacks.size === 0) media.addEventListener('change', changed);
      callbacks.add(callback);
      return () => {
        callbacks.delete(callback);
        if (callbacks.size > 0) return;
        clearTimeout(timer);
        media.removeEventListener('change', changed);
      };
    },
    snapshot: () => current,
  };
}
