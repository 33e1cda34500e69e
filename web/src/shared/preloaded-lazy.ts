// React.lazy for chunks the app asks for early (web/src/router.tsx's first screen, the layouts). A plain lazy
// component suspends at its first render even when its chunk came down long before — the import()'s promise
// resolves only on a later task — and React then holds the whole screen back behind the fallback for its
// reveal throttle (300 ms in React 19). Measured on the director's offline start: her list rendered at 388 ms
// and was shown at ~640 ms. Here a chunk already loaded is handed to lazy as a thenable that answers at once,
// which React takes without suspending.
import { lazy, type ComponentType } from 'react';

type Module<T> = { default: T };
type Loader<T> = () => Promise<Module<T>>;

const loaded = new WeakMap<Loader<unknown>, Module<unknown>>();
const loading = new WeakMap<Loader<unknown>, Promise<Module<unknown>>>();

/** Starts loading a chunk once; a failed load may be tried again. */
export function preload<T>(load: Loader<T>): Promise<Module<T>> {
  let pending = loading.get(load) as Promise<Module<T>> | undefined;
  if (!pending) {
    pending = load().then((module) => {
      loaded.set(load, module);
      return module;
    });
    pending.catch(() => loading.delete(load));
    loading.set(load, pending);
  }
  return pending;
}

/** React.lazy over `load`, rendering at once when the chunk is already there. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bound React.lazy itself puts on a component
export function preloadedLazy<T extends ComponentType<any>>(load: Loader<T>) {
  return lazy(() => {
    const module = loaded.get(load) as Module<T> | undefined;
    if (!module) return preload(load);
    // React's lazy reads a thenable through then(); one that calls back at once resolves the component in the
    // same render (react/cjs/react.production.js lazyInitializer).
    const ready = { then: (resolve: (value: Module<T>) => void) => resolve(module) };
    return ready as unknown as Promise<Module<T>>;
  });
}
