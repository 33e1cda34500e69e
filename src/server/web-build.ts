// Builds the web app (web/ → web/dist) with Vite's node API, so that `npm start` on a fresh clone serves
// the app with no second command. It runs in a child process, always as a production build. The build goes to a scratch directory and is renamed into place, so a
// running server never sees half a build; a lock keeps concurrent starters (parallel test files) to one build.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = join(WEB_ROOT, 'dist');
const SCRATCH = join(WEB_ROOT, '.build');
const LOCK = join(SCRATCH, 'lock');
/** What the web build reads: its own sources and the domain codes and dates it imports from src/. */
const SOURCES = [
  join(WEB_ROOT, 'src'),
  join(WEB_ROOT, 'index.html'),
  join(WEB_ROOT, 'vite.config.ts'),
  join(WEB_ROOT, 'pwa.ts'),
  join(WEB_ROOT, 'sw.js'),
  join(WEB_ROOT, 'public'),
  fileURLToPath(new URL('../domain/', import.meta.url)),
  fileURLToPath(new URL('../modules/children/codes.ts', import.meta.url)),
  fileURLToPath(new URL('../modules/access/', import.meta.url)),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function webBuilt(): boolean {
  return existsSync(join(WEB_DIST, 'index.html'));
}

/** Whether web/dist is missing or older than the sources it was built from. */
export function webBuildNeeded(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;

/** .br and .gz beside each text file, served by @fastify/static's preCompressed option: phones on slow links. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path);
    else if (COMPRESSIBLE.test(entry.name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  }
}

/** Builds in this process; the process's NODE_ENV must be production (see buildInChild). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  const outDir = join(SCRATCH, `out-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: WEB_ROOT,
    configFile: join(WEB_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  precompress(outDir);
  rmSync(WEB_DIST, { recursive: true, force: true });
  renameSync(outDir, WEB_DIST);
}

/**
 * Builds in a child process with NODE_ENV=production: Vite picks React's and antd's development builds when
 * the caller's NODE_ENV says otherwise (vitest sets it to "test"), and the build's memory is freed with it.
 */
async function buildInChild(): Promise<void> {
  const runTs = fileURLToPath(new URL('../../bin/run-ts.js', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [runTs, fileURLToPath(import.meta.url)], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`网页构建失败（退出码 ${code}）：\n${output}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const STALE_LOCK_MS = 10 * 60 * 1000;

/** Builds web/dist when it is missing or out of date; returns whether this call built it. */
export async function ensureWebBuilt(options: { log?: (message: string) => void } = {}): Promise<boolean> {
  if (!webBuildNeeded()) return false;
  mkdirSync(SCRATCH, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another process is building; a lock left by a crashed build is taken over after a while.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
        rmSync(LOCK, { force: true, recursive: true });
      await sleep(500);
      if (!webBuildNeeded()) return false;
    }
  }
  try {
    if (!webBuildNeeded()) return false;
    options.log?.('正在构建网页（首次启动或源码已更新，约需一分钟）…');
    await buildInChild();
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

// `npm run build:web`: build now, whatever state web/dist is in.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.env.NODE_ENV = 'production';
  await buildWeb();
  console.log(`网页已构建：${WEB_DIST}`);
}
