// Makes the built app installable and able to start offline (issue 17.1): writes sw.js from web/sw.js with
// the list of the files a village director's phone needs without signal, read from Vite's bundle graph, and
// the public files (web manifest, icons). Only the director keeps data offline, so only her pages are kept:
// the entry and what it imports, both layouts, and her pages with everything they import, at once or
// lazily — not the county's office pages, tables and charts (issue 17.7: 108 files and 688 KB brotli were
// fetched in the background on a village's 3G). A new build is a new list and a new VERSION, so the phone's
// service worker updates and drops the old copies.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minify, type Plugin, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const PUBLIC_FILES = ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

/** What a director opens (her routes in web/src/router.tsx, and the two layouts). */
export const DIRECTOR_MODULES = [
  'src/layout/PhoneLayout.tsx',
  'src/layout/DesktopLayout.tsx',
  'src/auth/LoginPage.tsx',
  'src/auth/ChangePasswordPage.tsx',
  'src/pages/visit/VisitPage.tsx',
  'src/pages/child/ChildPage.tsx',
  'src/pages/children/ChildrenPage.tsx',
  'src/pages/dashboard/DashboardPage.tsx',
  'src/pages/notices/NoticesPage.tsx',
  'src/pages/reports/ReportsPage.tsx',
  'src/pages/care/CareActivitiesPage.tsx',
  'src/pages/screening/ScreeningPage.tsx',
  'src/pages/NotFoundPage.tsx',
];
/** The app, imported by the page's first script (web/src/boot.ts). */
export const APP_MODULE = 'src/main.tsx';
/** Lazily imported by her pages but drawn only for a township or county (the dashboard's region chart). */
const NOT_FOR_DIRECTOR = ['src/pages/dashboard/SummaryChart.tsx'];

/** The files of the director's pages: the entry's static imports, her pages' static and lazy imports. */
export function directorFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const is = (chunk: OutputChunk, modules: string[]) =>
    !!chunk.facadeModuleId && modules.some((m) => chunk.facadeModuleId!.endsWith(`/web/${m}`));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk | undefined, lazyToo: boolean) => {
    if (!chunk || files.has(chunk.fileName) || is(chunk, NOT_FOR_DIRECTOR)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of chunk.imports) visit(byName.get(name), lazyToo);
    if (lazyToo) for (const name of chunk.dynamicImports) visit(byName.get(name), lazyToo);
  };
  // The page's first script (boot.ts) and the app it starts (main.tsx), with their static imports; the app's
  // lazy imports are every route: only her pages are followed from there.
  for (const entry of chunks.filter((c) => c.isEntry || is(c, [APP_MODULE]))) visit(entry, false);
  const roots = chunks.filter((c) => is(c, DIRECTOR_MODULES));
  if (roots.length !== DIRECTOR_MODULES.length)
    throw new Error(`pwa.ts: a director's page is missing from the build (${DIRECTOR_MODULES.join(', ')})`);
  for (const root of roots) visit(root, true);
  return [...files];
}

export function serviceWorker(): Plugin {
  return {
    name: 'tonghu-service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const built = directorFiles(bundle)
        .filter((name) => !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const files = [...PUBLIC_FILES, ...built];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      const source = template
        .replace("const VERSION = '__VERSION__';", `const VERSION = ${JSON.stringify(version)};`)
        .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(files)};`);
      // Minified like the app's own scripts: the phone downloads it too (counted in issue 17.7's 250 KB).
      const minified = await minify('sw.js', source);
      if (minified.errors.length)
        throw new Error(`pwa.ts: sw.js does not minify: ${minified.errors[0]!.message}`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: minified.code });
    },
  };
}
