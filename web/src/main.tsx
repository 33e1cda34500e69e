// The app, started by boot.ts (the page's first script) at once for someone signed in on this browser, or
// when someone signs in on boot.ts's login card.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

let root: ReturnType<typeof createRoot> | null = null;

export function startApp(): void {
  if (root) return;
  root = createRoot(document.getElementById('root')!);
  root.render(<App />);

  // The service worker (web/sw.js, written by web/pwa.ts) keeps the built app so that it opens without
  // signal. Only in a production build: the development server's modules are not a fixed list of files.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }
}
