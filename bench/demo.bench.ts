// How long `npm start` takes to load the demo county into an empty database: planning alone, password
// hashing alone, and the whole load on PGlite in a data directory (as `start` does) and, when a server is
// named by DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { readCounty } from '../src/modules/demo/county.ts';
import { loadDemo } from '../src/modules/demo/load.ts';
import { DEFAULT_CHILDREN, DEFAULT_SEED, planDemo } from '../src/modules/demo/plan.ts';
import type { Benchmark } from './registry.ts';

const TODAY = '2026-11-23';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function timeLoad(label: string, open: () => Promise<Database>, cleanup: () => Promise<void>) {
  const started = performance.now();
  const database = await open();
  try {
    await migrateToLatest(database.db);
    const migrated = performance.now();
    const summary = await loadDemo(database.db, { county: '445281', today: TODAY });
    const loaded = performance.now();
    console.log(
      `${label.padEnd(9)} open+migrate ${seconds(migrated - started)}, demo ${seconds(loaded - migrated)} ` +
        `(${summary.children} children, ${summary.contacts} contacts, ${summary.accounts.length} accounts), ` +
        `total ${seconds(loaded - started)}`,
    );
  } finally {
    await database.close();
    await cleanup();
  }
}

export const demoBench: Benchmark = {
  name: 'demo',
  description: `loading the demo county (445281, ${DEFAULT_CHILDREN} children) as npm start does`,
  async run() {
    console.log(
      `load average before: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (shared machine)`,
    );

    const scratch = await openDatabase();
    await migrateToLatest(scratch.db);
    const county = await readCounty(scratch.db, '445281', null);
    await scratch.close();
    let started = performance.now();
    const plan = planDemo(county, {
      today: TODAY,
      seed: DEFAULT_SEED,
      children: DEFAULT_CHILDREN,
      actor: systemActor('bench'),
    });
    const contacts = plan.records.reduce((n, r) => n + r.history.contacts.length, 0);
    console.log(
      `plan      ${seconds(performance.now() - started)} (${plan.records.length} children, ${contacts} contacts)`,
    );

    started = performance.now();
    await Promise.all(plan.accounts.map((a) => hashPassword(a.password)));
    console.log(
      `argon2id  ${seconds(performance.now() - started)} for ${plan.accounts.length} passwords (overlapped with the writes in a load)`,
    );

    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bench-demo-'));
    await timeLoad(
      'pglite',
      () => openDatabase({ dataDir: path.join(dir, 'data') }),
      async () => rmSync(dir, { recursive: true, force: true }),
    );

    const server = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!server) {
      console.log('postgres  skipped (set DATABASE_URL or TEST_DATABASE_URL)');
      return;
    }
    const name = `tonghu_bench_demo_${process.pid}`;
    const admin = async (query: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      try {
        await client.query(query);
      } finally {
        await client.end();
      }
    };
    await admin(`create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await timeLoad(
      'postgres',
      () => openDatabase({ databaseUrl: url.toString() }),
      () => admin(`drop database if exists ${name}`),
    );
  },
};
