// The layout's phone-or-desktop choice (web/src/layout/useIsPhone.ts, phone-store.ts): a width crossing the phone line for a
// moment does not switch layouts (a switch mounts the page afresh and an open form loses what was typed; a
// full-page capture did that in the browser tests), a lasting one does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPhoneStore, type MediaLike } from '../../web/src/layout/phone-store.ts';

class FakeMedia implements MediaLike {
  matches = false;
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: 'change', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'change', listener: () => void) {
    this.listeners.delete(listener);
  }
  set(matches: boolean) {
    this.matches = matches;
    for (const listener of this.listeners) listener();
  }
}

describe('the phone layout follows a lasting width, not a passing one', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not switch for a width that comes back within the settling time', () => {
    const media = new FakeMedia();
    const store = createPhoneStore(media, 300);
    const changes = vi.fn();
    store.subscribe(changes);
    media.set(true);
    vi.advanceTimersByTime(100);
    expect(store.snapshot()).toBe(false);
    media.set(false);
    vi.advanceTimersByTime(1_000);
    expect(store.snapshot()).toBe(false);
    expect(changes).not.toHaveBeenCalled();
  });

  it('switches once the width has stayed across the line, and back', () => {
    const media = new FakeMedia();
    const store = createPhoneStore(media, 300);
    const changes = vi.fn();
    const unsubscribe = store.subscribe(changes);
    media.set(true);
    vi.advanceTimersByTime(299);
    expect(store.snapshot()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(store.snapshot()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    media.set(false);
    vi.advanceTimersByTime(300);
    expect(store.snapshot()).toBe(false);
    expect(changes).toHaveBeenCalledTimes(2);
    unsubscribe();
    media.set(true);
    vi.advanceTimersByTime(1_000);
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('tells every component using it', () => {
    const media = new FakeMedia();
    const store = createPhoneStore(media, 300);
    const shell = vi.fn();
    const menu = vi.fn();
    store.subscribe(shell);
    store.subscribe(menu);
    media.set(true);
    vi.advanceTimersByTime(300);
    expect(shell).toHaveBeenCalledTimes(1);
    expect(menu).toHaveBeenCalledTimes(1);
  });

  it('starts from the width it is given', () => {
    const media = new FakeMedia();
    media.matches = true;
    expect(createPhoneStore(media).snapshot()).toBe(true);
  });
});
