// Report latency: Annex 1 for a 50,000-child county on PGlite (goal under 200 ms) and for a
// 1,000,000-child province on PostgreSQL (goal under 2 s), with timeliness and the Annex 2 roster beside
// them. The registers are synthetic children graded by evaluateChild() and inserted in bulk; the
// province's is kept between runs in its own database (BENCH_DATABASE_URL, default the local server).
import { Writable } from 'node:stream';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { annex1Report, annex2Export, timeliness } from '../src/modules/reports/service.ts';
import {
  insertSyntheticActivity,
  insertSyntheticChildren,
} from '../src/modules/reports/synthetic-register.ts';
import { loadRegions } from '../src/regions/loader.ts';
import type { Benchmark } from './registry.ts';

const AS_OF = '2026-11-23';
const ctx = (database: Database) => ({ db: database.db, actor: systemActor('bench'), today: AS_OF });

async function villagesUnder(database: Database, prefix: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'village')
    .where('code', 'like', `${prefix}%`)
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

async function build(database: Database, prefix: string, count: number): Promise<void> {
  const started = performance.now();
  const villages = await villagesUnder(database, prefix);
  await insertSyntheticChildren(database.db, { count, villages, asOf: AS_OF });
  await insertSyntheticActivity(database.db, prefix, AS_OF);
  await sql`vacuum analyze`.execute(database.db);
  console.log(
    `  built ${count.toLocaleString('en')} children over ${villages.length.toLocaleString('en')} villages in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/** Runs `fn` a few times after a warm-up; prints the fastest and the median. */
async function measure(label: string, runs: number, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `  ${label.padEnd(44)} median ${median.toFixed(0).padStart(5)} ms   min ${times[0]!.toFixed(0).padStart(5)} ms`,
  );
}

const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

async function county(): Promise<void> {
  console.log('PGlite, 普宁市 445281, 50,000 children:');
  const database = await openDatabase();
  try {
    await migrateToLatest(database.db);
    await loadRegions(database.db, '445281');
    await build(database, '445281', 50_000);
    const total = (await annex1Report(ctx(database), { region: '445281' })).total;
    console.log(`  target children on ${AS_OF}: ${total.toLocaleString('en')}`);
    await measure('annex1 county', 9, () => annex1Report(ctx(database), { region: '445281' }));
    await measure('annex1 county by township', 5, () =>
      annex1Report(ctx(database), { region: '445281', breakdown: true }),
    );
    await measure('annex1 township', 9, () => annex1Report(ctx(database), { region: '445281102' }));
    await measure('timeliness county', 3, () => timeliness(ctx(database), { region: '445281' }));
    await measure('annex2 roster county (xlsx, streamed)', 1, async () =>
      (await annex2Export(ctx(database), { region: '445281' }, new Date())).write(discard()),
    );
  } finally {
    await database.close();
  }
}

const PROVINCE = '44';
const PROVINCE_CHILDREN = 1_000_000;

async function province(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = 'tonghu_bench_reports';
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch (error) {
    console.log(
      `PostgreSQL not reachable at ${base} (${(error as Error).message}): province benchmark skipped`,
    );
    return;
  }
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  console.log(
    `PostgreSQL, 广东省 ${PROVINCE}, ${PROVINCE_CHILDREN.toLocaleString('en')} children (${name}):`,
  );
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
  try {
    await migrateToLatest(database.db);
    const { n } = await database.db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (n !== PROVINCE_CHILDREN) {
      // The bench's own scratch database: the trail refuses TRUNCATE (0040_audit_trail), so the owner lifts
      // that trigger for this reset only.
      await sql`alter table audit_event disable trigger audit_event_no_truncate`.execute(database.db);
      await sql`truncate contact, intervention, child_parent, child_caregiver, assessment, audit_event, mandatory_report, child cascade`.execute(
        database.db,
      );
      await sql`alter table audit_event enable trigger audit_event_no_truncate`.execute(database.db);
      await loadRegions(database.db, PROVINCE);
      await build(database, PROVINCE, PROVINCE_CHILDREN);
    } else console.log('  (register kept from an earlier run)');
    const total = (await annex1Report(ctx(database), { region: PROVINCE })).total;
    console.log(`  target children on ${AS_OF}: ${total.toLocaleString('en')}`);
    await measure('annex1 province', 5, () => annex1Report(ctx(database), { region: PROVINCE }));
    await measure('annex1 province by city', 3, () =>
      annex1Report(ctx(database), { region: PROVINCE, breakdown: true }),
    );
    await measure('annex1 city 4452 揭阳市', 5, () => annex1Report(ctx(database), { region: '4452' }));
    await measure('annex1 county 445281 普宁市', 9, () => annex1Report(ctx(database), { region: '445281' }));
    await measure('timeliness county 445281', 3, () => timeliness(ctx(database), { region: '445281' }));
    await measure('timeliness province', 1, () => timeliness(ctx(database), { region: PROVINCE }));
  } finally {
    await database.close();
  }
}

export const reportsBench: Benchmark = {
  name: 'reports',
  description:
    'Annex 1 (and timeliness, Annex 2) latency: a 50,000-child county on PGlite, a 1,000,000-child province on PostgreSQL',
  async run() {
    await county();
    await province();
  },
};
