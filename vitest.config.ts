import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files that run on the embedded database whatever TEST_DATABASE_URL says (none of them reads it): the
 * `tonghu` commands on a data folder of their own, the folder's lock, `tonghu start`. In the run on a PostgreSQL
 * server they would run again exactly as in the embedded run, so that run leaves them out (issue 21.3: ~300 s of
 * the ~1,100 s its files took, measured from one whole run's per-file times). The commands' services run on
 * the server in their own tests (import, users, keys, retention).
 */
const EMBEDDED_ONLY = [
  'test/cli/start.test.ts',
  'test/cli/users.test.ts',
  'test/cli/import.test.ts',
  'test/cli/local-server.test.ts',
  'test/cli/keys-retention.test.ts',
  'test/cli/lock.test.ts',
  'test/cli/serve-web.test.ts',
  'test/cli/assess.test.ts',
];
const onServer = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Tests seal ID and phone numbers with a key of their own, in a temporary folder (created on first use).
    env: {
      TONGHU_KEY_FILE: process.env.TONGHU_KEY_FILE ?? path.join(os.tmpdir(), 'tonghu-test-keys', 'keys.json'),
      // The embedded databases of the tests and of the `tonghu` commands they run are small (README): each starts
      // ~0.3–0.5 s sooner with a 16 MB cache than with PostgreSQL's 128 MB, which PGlite clears at every start.
      TONGHU_PGLITE_SHARED_BUFFERS: process.env.TONGHU_PGLITE_SHARED_BUFFERS ?? '16MB',
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...(onServer ? EMBEDDED_ONLY : [])],
          // One process runs these files one after another and keeps what it loaded: the app's modules and
          // PGlite's compiled WebAssembly, which each file otherwise loaded again (import ~110 s of a PGlite
          // run). Measured on 2 cores, the whole PGlite half: 938 s → 694 s with this split (683 s when the
          // browser tests shared the process too). These tests keep no state between files (each opens its own
          // database and app, and restores what it changes in process.env).
          isolate: false,
          // Vitest's default is one worker fewer than the cores — one on the 2-core machines, so every file
          // waited for the one before while a core idled. Two processes, each keeping what it loaded.
          maxWorkers: Math.max(2, os.availableParallelism()),
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          // Each process runs its browser files one after another, keeping what it loaded (276 → 252 s for the
          // 17 files alone on 2 cores in one process, two runs). They do not share the node project's
          // processes: in two whole runs sharing those, test/e2e/offline-merge failed (an edit made offline
          // reached the server; 用我的 wrote nothing), though it passes alone, after its neighbours and under
          // load. Nor do they run beside the node project (a second Vitest run at the same time, tried
          // 2026-12-07): the two cores are already busy with it, the whole took 582 s instead of ~620 and three
          // workforce steps timed out.
          isolate: false,
          // After the node project (a group of its own: its worker count differs).
          sequence: { groupOrder: 1 },
          // Two at a time, each file with a server and a Chromium of its own: they wait on the browser more
          // than they compute (one at a time used ~0.7 of a core). The 17 files alone on 2 cores, 2026-12-07:
          // one worker 252–276 s, two 182 s, three 186 s (the longest file, workforce, takes ~46 s).
          maxWorkers: 2,
        },
      },
    ],
  },
});
