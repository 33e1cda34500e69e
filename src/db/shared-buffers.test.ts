// TONGHU_PGLITE_SHARED_BUFFERS: the embedded database's buffer cache, as the commands and the service open it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { dataDirFromTemplate } from '../../test/helpers/db.ts';
import { openConfigured } from '../cli/database.ts';
import { loadConfig } from '../config.ts';
import { InputError } from '../shared/errors.ts';
import type { Database } from './connect.ts';

async function sharedBuffers(database: Database): Promise<string> {
  const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
  return rows[0]!.shared_buffers;
}

describe('TONGHU_PGLITE_SHARED_BUFFERS', () => {
  it('takes a size in MB or GB, and refuses anything else naming the setting', () => {
    expect(loadConfig({}).pgliteSharedBuffers).toBeNull();
    expect(loadConfig({ TONGHU_PGLITE_SHARED_BUFFERS: ' ' }).pgliteSharedBuffers).toBeNull();
    expect(loadConfig({ TONGHU_PGLITE_SHARED_BUFFERS: '16MB' }).pgliteSharedBuffers).toBe('16MB');
    expect(loadConfig({ TONGHU_PGLITE_SHARED_BUFFERS: '1GB' }).pgliteSharedBuffers).toBe('1GB');
    for (const bad of ['16', '0MB', '2GB', '1025MB', '16mb', 'lots', '-1MB', '1.5GB']) {
      const error = (() => {
        try {
          loadConfig({ TONGHU_PGLITE_SHARED_BUFFERS: bad });
        } catch (e) {
          return e;
        }
      })();
      expect(error, bad).toBeInstanceOf(InputError);
      expect((error as InputError).message).toContain('TONGHU_PGLITE_SHARED_BUFFERS');
    }
  });

  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    'sizes the cache of a command’s database and of the service’s, and leaves 128 MB unset',
    async () => {
      const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'tonghu-buffers-')), 'data');
      await dataDirFromTemplate(dataDir);
      const env = { TONGHU_DATA_DIR: dataDir };
      for (const [setting, worker, shown] of [
        ['24MB', false, '24MB'],
        ['24MB', true, '24MB'],
        ['', false, '128MB'],
      ] as const) {
        const database = await openConfigured(loadConfig({ ...env, TONGHU_PGLITE_SHARED_BUFFERS: setting }), {
          worker,
        });
        try {
          expect(await sharedBuffers(database), `${setting} worker ${worker}`).toBe(shown);
        } finally {
          await database.close();
        }
      }
    },
  );
});
