import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Tests seal ID and phone numbers with a key of their own, in a temporary folder (created on first use).
    env: {
      TONGHU_KEY_FILE: process.env.TONGHU_KEY_FILE ?? path.join(os.tmpdir(), 'tonghu-test-keys', 'keys.json'),
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
  },
});
