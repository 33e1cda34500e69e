// The web app's build. It imports the domain's code tables and date formatting from ../src (one source of
// truth for codes and their Chinese names); everything else under src/ is the server's and never bundled.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './pwa.ts';

export default defineConfig({
  plugins: [react(), serviceWorker()],
  build: {
    outDir: 'dist',
    manifest: true,
    // Every browser the app supports preloads modules itself; the polyfill would be script in the entry that
    // a director's phone downloads for nothing (issue 17.7).
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite web` during development, with `npx tonghu serve` answering the API.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
