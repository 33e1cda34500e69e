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
}
