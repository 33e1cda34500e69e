import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(<App />);

// The service worker (web/sw.js, written by web/pwa.ts) keeps the built app so that it opens without signal.
// Only in a production build: the development server's modules are not a fixed list of files.
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  window.addEventListener(
    'load',
    () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined),
  );
