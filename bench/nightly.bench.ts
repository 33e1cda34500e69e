// The nightly re-assessment on PostgreSQL (issue 20.4): the register of bench/worklist.bench.ts (BENCH_CHILDREN
// synthetic children in 普宁, graded with evaluateChild() on 2026-11-23 and bulk-inserted), then the run of
// the following nights: a sweep of every child (the first run on record; what every night did before), two
// nights that grade only the children whose day has come (child.reassess_on), and a sweep asked for (--all).
// Each line gives the children graded (touched), those whose assessment changed, and the time. PostgreSQL
// only (DATABASE_URL or TEST_DATABASE_URL), in a database of its own, dropped afterwards.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { addDays } from '../src/domain/dates.ts';
import { reassessAll } from '../src/modules/worklist/reassess-all.ts';
import type { Benchmark } from './registry.ts';
import { populate } from './worklist.bench.ts';

const AS_OF = '2026-11-23';

async function measure(database: Database): Promise<void> {
  const db = database.db;
  let started = performance.now();
  await migrateToLatest(db);
  await populate(db);
  await sql`vacuum (analyze) child`.execute(db);
  const count = await db
    .selectFrom('child')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(
    `  ${Number(count.n).toLocaleString('en')} children loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  // How the children due are found: the partial index on reassess_on, not a scan of the register.
  const plan = await sql<{ 'QUERY PLAN': string }>`
    explain select id from child
    where status = 'active' and (reassess_on <= ${addDays(AS_OF, 2)}::date or reassess_on is null)
    order by id`.execute(db);
  for (const row of plan.rows) console.log(`  | ${row['QUERY PLAN']}`);
  for (const [day, all] of [
    [1, false],
    [2, false],
    [3, false],
    [4, true],
  ] as const) {
    started = performance.now();
    const r = await reassessAll(db, { asOf: addDays(AS_OF, day), all });
    const s = (performance.now() - started) / 1000;
    const mode = r.full ? `every child (${r.fullReason})` : 'children due';
    console.log(
      `  ${r.asOf}  ${mode.padEnd(26)} graded ${r.checked.toLocaleString('en').padStart(9)}  changed ${String(r.updated).padStart(5)}  in ${s.toFixed(2).padStart(7)} s  load ${os.loadavg()[0]!.toFixed(1)}`,
    );
  }
}

export const nightlyBench: Benchmark = {
  name: 'nightly',
  description:
    'the nightly re-assessment on PostgreSQL: every child against only the children whose day has come',
  async run() {
    const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      console.log('PostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL)');
      return;
    }
    const name = `tonghu_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const server = await openDatabase({ databaseUrl: url.toString() });
      try {
        const version = await admin.query('show server_version');
        console.log(`PostgreSQL ${version.rows[0].server_version}:`);
        await measure(server);
      } finally {
        await server.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  },
};
