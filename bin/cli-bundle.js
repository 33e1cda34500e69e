// Starts the `tonghu` command from one bundled file instead of ~500 TypeScript sources through tsx:
// resolving and loading each source through tsx's hooks took about 1.2 s of every start (2.1 s for
// `tonghu --help`), paid by every run of a county's scripts and by every CLI test.
//
// The bundle is built by esbuild (already installed for tsx) into node_modules/.cache/tonghu/ and rebuilt
// when any source it was built from has changed (size or modification time), so `npx tonghu` still runs
// the sources as they are, with no build step to remember. Packages stay outside the bundle (imported from
// node_modules as before). Each source's `import.meta.url` is replaced by that source's own URL, so files
// read beside the sources (the password list, the API documents, worker scripts, migrations' folder) are
// found as before. When the bundle cannot be built or written (a read-only install), or
// TONGHU_CLI_BUNDLE=0, the sources run through tsx as before.
//
// What a source loads with `await import()` goes into a chunk of its own (esbuild's splitting), loaded only
// when that code runs: the server (Fastify and its plugins, src/cli/commands/serve-command.ts) is not loaded
// by the commands that do not serve.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src', 'cli', 'main.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'tonghu');
const BUNDLE = join(CACHE, 'cli.mjs');
const MANIFEST = join(CACHE, 'cli.json');
// Changed whenever the way the bundle is built changes, so that older bundles are rebuilt.
const FORMAT = 2;

/** The bundle's sources with the size and time they had when it was built; false when it must be rebuilt. */
function current() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    statSync(BUNDLE);
  } catch {
    return false;
  }
  if (manifest.format !== FORMAT || manifest.bundle !== 'cli.mjs') return false;
  // The chunks the bundle imports (named by their content, so a rebuild never changes one in place).
  for (const chunk of manifest.chunks) {
    try {
      statSync(join(CACHE, chunk));
    } catch {
      return false;
    }
  }
  for (const [file, [size, mtime]] of Object.entries(manifest.inputs)) {
    let stat;
    try {
      stat = statSync(join(ROOT, file));
    } catch {
      return false;
    }
    if (stat.size !== size || stat.mtimeMs !== mtime) return false;
  }
  return true;
}

// Replaces `import.meta.url` in each source with the source's own file URL (see above).
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return {
        contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      };
    });
  },
};

async function build() {
  const esbuild = await import('esbuild');
  // A source saved while the build ran may be bundled as it was before: its time is then recorded as -1, so
  // that the next start builds again (times are read after the build, when the list of sources is known).
  const started = Date.now() - 50; // a little early: the clock and file times need not agree to the millisecond
  const result = await esbuild.build({
    entryPoints: { cli: ENTRY },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outdir: CACHE,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'cli-chunk-[hash]',
    absWorkingDir: ROOT,
    logLevel: 'silent',
    plugins: [ownUrl],
  });
  const inputs = {};
  // The metafile names each source relative to absWorkingDir (ROOT).
  for (const file of Object.keys(result.metafile.inputs)) {
    const stat = statSync(join(ROOT, file));
    inputs[file] = [stat.size, stat.mtimeMs >= started ? -1 : stat.mtimeMs];
  }
  mkdirSync(CACHE, { recursive: true });
  // Written under temporary names and renamed, so that processes starting together never read half a file.
  const tag = `${process.pid}-${Date.now()}`;
  // The chunks first, the bundle that imports them after: a process starting meanwhile finds them all.
  const outputs = [...result.outputFiles].sort(
    (a, b) => Number(a.path.startsWith(BUNDLE)) - Number(b.path.startsWith(BUNDLE)),
  );
  for (const file of outputs) {
    writeFileSync(`${file.path}.${tag}`, file.contents);
    renameSync(`${file.path}.${tag}`, file.path);
  }
  const chunks = result.outputFiles
    .map((file) => file.path.slice(CACHE.length + 1))
    .filter((name) => name.startsWith('cli-chunk-') && name.endsWith('.mjs'));
  writeFileSync(`${MANIFEST}.${tag}`, JSON.stringify({ format: FORMAT, bundle: 'cli.mjs', chunks, inputs }));
  renameSync(`${MANIFEST}.${tag}`, MANIFEST);
}

/** Runs the CLI: from the bundle when it is current or can be made so, else from the sources through tsx. */
export async function runCli() {
  if (process.env.TONGHU_CLI_BUNDLE !== '0') {
    let ready = current();
    if (!ready) {
      try {
        await build();
        ready = true;
      } catch {
        ready = false;
      }
    }
    if (ready) {
      await import(pathToFileURL(BUNDLE).href);
      return;
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
