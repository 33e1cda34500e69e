// A fresh, migrated database for one test file, with the test regions loaded: PGlite in-process by
// default, a new database on the server when TEST_DATABASE_URL is set. The same tests run on both.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { serverUrl } from './template.ts';

export interface TestDatabase extends Database {
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (baseUrl) {
    const template = inject('serverTemplate');
    if (!template) throw new Error('no server template: global setup did not run');
    const name = `tonghu_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: serverUrl(baseUrl, name), poolSize: 5 });
    return {
      ...database,
      async destroy() {
        await database.close();
        const dropper = new pg.Client({ connectionString: baseUrl });
        await dropper.connect();
        try {
          // The pool's sessions end asynchronously; wait for them rather than force them closed.
          for (let attempt = 0; ; attempt++) {
            try {
              await dropper.query(`drop database if exists ${name}`);
              break;
            } catch (error) {
              if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
              await new Promise((r) => setTimeout(r, 100));
            }
          }
        } finally {
          await dropper.end();
        }
      },
    };
  }
  const database = await openDatabase({ loadDataDir: pgliteTemplate(), sharedBuffers: TEST_SHARED_BUFFERS });
  return { ...database, destroy: () => database.close() };
}

/**
 * A test's database is small: the buffer cache vitest.config.ts gives the tests' commands
 * (TONGHU_PGLITE_SHARED_BUFFERS, 16 MB) instead of PostgreSQL's 128 MB, which PGlite clears at each start — a test
 * file's database from the template opens in ~0.3 s instead of ~0.8 s (pglite-options.mjs). Read as the commands
 * read it (src/config.ts), so a value they would refuse is refused here too.
 */
export const TEST_SHARED_BUFFERS = loadConfig({
  TONGHU_PGLITE_SHARED_BUFFERS: process.env.TONGHU_PGLITE_SHARED_BUFFERS,
}).pgliteSharedBuffers;

/**
 * The template's bytes as the Blob PGlite reads a dump from (it only calls `arrayBuffer()`), handing it a copy of
 * bytes read once: Node's own Blob gave back its 45 MB in ~0.2–0.3 s each time (read in chunks and joined), the copy
 * takes a few milliseconds. A copy each time, so nothing PGlite does to the bytes reaches the next file's database.
 */
class TemplateBlob extends Blob {
  readonly #content: Uint8Array<ArrayBuffer>;
  constructor(content: Uint8Array<ArrayBuffer>) {
    super([]);
    this.#content = content;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#content.slice().buffer);
  }
}

let templateFile: string | null = null;
let templateBlob: Blob | null = null;

/**
 * The migrated PGlite template (test/helpers/template.ts) to pass as `loadDataDir`, read once a process: the
 * files of a process run one after another (vitest.config.ts), and the blob can be read any number of times.
 * Throws on the run on a server (TEST_DATABASE_URL), which has no PGlite template.
 */
export function pgliteTemplate(): Blob {
  const file = inject('pgliteTemplate');
  if (!file) throw new Error('no PGlite template: global setup did not run, or this is the run on a server');
  if (file !== templateFile || !templateBlob) {
    templateBlob = new TemplateBlob(new Uint8Array(readFileSync(file)));
    templateFile = file;
  }
  return templateBlob;
}

/**
 * Fills an empty PGlite data folder from the migrated template, so that the real `tonghu` command finds it
 * migrated rather than migrating it first (~6 s a folder). Left empty when the run has no PGlite template
 * (TEST_DATABASE_URL): the command then migrates it, as it did before.
 */
export async function dataDirFromTemplate(dataDir: string): Promise<void> {
  if (!inject('pgliteTemplate')) return;
  const database = await openDatabase({
    dataDir,
    loadDataDir: pgliteTemplate(),
    sharedBuffers: TEST_SHARED_BUFFERS,
  });
  await database.close();
}

let emptyCluster: Promise<Blob> | null = null;

async function dumpNewCluster(): Promise<Blob> {
  const fresh = await openDatabase({ sharedBuffers: TEST_SHARED_BUFFERS });
  try {
    const dump = await fresh.pglite!.dumpDataDir('none');
    return new TemplateBlob(new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await fresh.close();
  }
}

/**
 * A new in-memory PGlite with nothing in it, not even the schema (restoring a backup starts there). The first
 * call of a process runs initdb (~2.2–2.6 s on 2 cores) and keeps a dump of the new cluster; the calls after it
 * start from that dump (under 1 s; the five restores of src/db/backup.test.ts took 6.7 s less): the same files initdb
 * writes.
 */
export async function emptyPgliteDatabase(): Promise<Database> {
  emptyCluster ??= dumpNewCluster().catch((error: unknown) => {
    emptyCluster = null;
    throw error;
  });
  return openDatabase({ loadDataDir: await emptyCluster, sharedBuffers: TEST_SHARED_BUFFERS });
}
