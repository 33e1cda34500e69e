// Makes the built app installable and able to start offline (issue 17.1): writes sw.js from web/sw.js with
// the list of every file the build produced (Vite's own bundle list, the same files as its manifest) and the
// public files (web manifest, icons). A new build is a new list and a new VERSION, so the phone's service
// worker updates and drops the old copies.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PUBLIC_FILES = ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

export function serviceWorker(): Plugin {
  return {
    name: 'tonghu-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const built = Object.values(bundle)
        .map((file) => file.fileName)
        .filter((name) => !name.startsWith('.vite/') && name !== 'index.html' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const files = [...PUBLIC_FILES, ...built];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template
          .replace("const VERSION = '__VERSION__';", `const VERSION = ${JSON.stringify(version)};`)
          .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(files)};`),
      });
    },
  };
}
