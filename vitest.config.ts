import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One process runs the files one after another and keeps what it loaded: the app's modules and PGlite's
    // compiled WebAssembly, which each file otherwise loaded again (import ~110 s of a PGlite run). Measured on
    // 2 cores, the PGlite half: 938 s → 683 s. Tests keep no state between files (each opens its own database
    // and app, and restores what it changes in process.env).
    isolate: false,
    // Tests seal ID and phone numbers with a key of their own, in a temporary folder (created on first use).
    env: {
      TONGHU_KEY_FILE: process.env.TONGHU_KEY_FILE ?? path.join(os.tmpdir(), 'tonghu-test-keys', 'keys.json'),
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
