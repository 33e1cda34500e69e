// What a village director's phone downloads to open the visit page: the entry chunk and every chunk the
// phone layout and the visit route import, read from Vite's manifest of the production build, measured
// gzip-compressed (level 9, as web/dist serves its .gz files) and with brotli. Goal: 250 KB gzip or less.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ensureWebBuilt, WEB_DIST } from '../src/server/web-build.ts';
import type { Benchmark } from './registry.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const GOAL_KB = 250;
const APP = 'src/main.tsx';

/** The chunks a route needs before it can render: itself and its static imports, transitively. */
function closure(manifest: Manifest, keys: string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (into.has(key)) continue;
    if (!manifest[key]) throw new Error(`not in the manifest: ${key}`);
    into.add(key);
    closure(manifest, manifest[key].imports ?? [], into);
  }
  return into;
}

function sizes(file: string) {
  const bytes = readFileSync(path.join(WEB_DIST, file));
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function report(manifest: Manifest, title: string, routes: string[], detail: boolean): number {
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const chunks = [...closure(manifest, [entry, ...routes])];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const rows: string[] = [];
  for (const key of chunks) {
    const s = sizes(manifest[key]!.file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
    rows.push(`  ${manifest[key]!.file.padEnd(44)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)}`);
  }
  console.log(
    `${title}: ${chunks.length} chunks, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli`,
  );
  if (detail) for (const row of rows) console.log(row);
  return total.gzip;
}

export const bundleBench: Benchmark = {
  name: 'bundle',
  description: 'JavaScript a director’s phone loads for the visit page (production build, gzip)',
  async run() {
    await ensureWebBuilt({ log: (m) => console.log(m) });
    const manifest = JSON.parse(readFileSync(path.join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
    const css = Object.values(manifest)
      .flatMap((c) => c.css ?? [])
      .filter((f, i, all) => all.indexOf(f) === i)
      .reduce((sum, f) => sum + statSync(path.join(WEB_DIST, f)).size, 0);
    // The page's first script (boot.ts) imports the app (main.tsx) when it starts it: counted as the page's.
    const visit = report(
      manifest,
      'director, phone, visit page',
      [APP, 'src/layout/PhoneLayout.tsx', 'src/pages/visit/VisitPage.tsx'],
      true,
    );
    // The service worker (issue 17.1) is script the phone downloads too: counted in the goal.
    const sw = sizes('sw.js');
    console.log(
      `  ${'sw.js (service worker)'.padEnd(44)} ${kb(sw.raw).padStart(10)} ${kb(sw.gzip).padStart(10)}`,
    );
    const total = visit + sw.gzip;
    console.log(
      `goal ${GOAL_KB} KB gzip: ${total / 1024 <= GOAL_KB ? 'met' : 'NOT met'} (${kb(total)} with the service worker); stylesheet ${kb(css)} raw`,
    );
    // What the service worker then fetches once per build, in the background, to open without signal.
    // sw.js is minified (its list may be one string split at commas): the kept paths are read by their shape.
    const precached = [
      ...readFileSync(path.join(WEB_DIST, 'sw.js'), 'utf8').matchAll(
        /\/(assets\/[^,"'`]+|icons\/[^,"'`]+|index\.html|manifest\.webmanifest)/g,
      ),
    ].map((m) => m[1]!);
    const kept = precached
      .map(sizes)
      .reduce((sum, s) => ({ raw: sum.raw + s.raw, brotli: sum.brotli + s.brotli }), {
        raw: 0,
        brotli: 0,
      });
    console.log(
      `service worker keeps ${precached.length} files: ${kb(kept.raw)} raw, ${kb(kept.brotli)} brotli`,
    );
    console.log('for comparison (not part of the goal):');
    report(manifest, '  first visit, before the app: the login card of boot.ts', [], false);
    report(
      manifest,
      '  director, phone, first visit (login page too)',
      [APP, 'src/layout/PhoneLayout.tsx', 'src/pages/visit/VisitPage.tsx', 'src/auth/LoginPage.tsx'],
      false,
    );
    report(
      manifest,
      '  county, desktop, children list',
      [APP, 'src/layout/DesktopLayout.tsx', 'src/pages/children/ChildrenPage.tsx'],
      false,
    );
    report(
      manifest,
      '  county, desktop, child file',
      [APP, 'src/layout/DesktopLayout.tsx', 'src/pages/child/ChildPage.tsx'],
      false,
    );
    report(
      manifest,
      '  county, desktop, dashboard with charts',
      [
        'src/layout/DesktopLayout.tsx',
        'src/pages/dashboard/DashboardPage.tsx',
        'src/pages/dashboard/SummaryChart.tsx',
      ],
      false,
    );
  },
};
