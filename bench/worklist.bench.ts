// Worklist latency at county scale: 100,000 synthetic children spread over 普宁's villages, graded with
// evaluateChild() and bulk-inserted; then the worklist and its summary are requested through the HTTP
// application (session, scope, query, serialization) as a village director, a township supervisor and the
// county bureau, on PGlite and, when DATABASE_URL or TEST_DATABASE_URL names a server, on PostgreSQL (in a
// database of its own, dropped afterwards). Also the daily re-assessment over all of them.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import { addDays, daysBetween } from '../src/domain/dates.ts';
import { parseFacts } from '../src/domain/facts.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { evaluateChild } from '../src/modules/children/reassess.ts';
import { createUser } from '../src/modules/users/service.ts';
import { reassessAll } from '../src/modules/worklist/reassess-all.ts';
import { refreshWorklistRollup } from '../src/modules/worklist/summary.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { buildApp } from '../src/server/app.ts';
import type { Benchmark } from './registry.ts';
import { random, syntheticFacts } from './synthetic.ts';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const AS_OF = '2026-11-23';
const COUNTY = '445281';
const PASSWORD = 'Bench-2026-worklist';
const BATCH = 500;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function populate(
  db: Kysely<DB>,
): Promise<{ village: string; township: string; villages: number }> {
  await loadRegions(db, COUNTY);
  const villages = (
    await db
      .selectFrom('region')
      .select('code')
      .where('code', 'like', `${COUNTY}%`)
      .where('level', '=', 'village')
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
  const rnd = random(20261123);
  // Villages differ in size: a few large ones, many small, as in the seeds' counties.
  const weights = villages.map(() => 0.2 + rnd() ** 3 * 4);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1]!;
  const pickVillage = () => {
    const x = rnd() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return villages[lo]!;
  };
  const randomDate = (from: string, to: string) =>
    addDays(from, Math.floor(rnd() * (daysBetween(from, to) + 1)));

  const counts = new Map<string, number>();
  for (let start = 0; start < CHILDREN; start += BATCH) {
    const children = [];
    const parents = [];
    for (let i = start; i < Math.min(CHILDREN, start + BATCH); i++) {
      const raw = syntheticFacts(i);
      const facts = parseFacts(raw, { asOf: AS_OF });
      const village = pickVillage();
      counts.set(village, (counts.get(village) ?? 0) + 1);
      const registered = randomDate(
        facts.birthDate > '2024-01-01' ? facts.birthDate : '2024-01-01',
        '2026-11-01',
      );
      // Most children were seen in the last few months, some long ago, some never: a county mid-year.
      const recent = (days: number) => {
        const d = addDays(AS_OF, -Math.floor(rnd() ** 2 * days));
        return d < registered ? registered : d;
      };
      const lastVisit = rnd() < 0.85 ? recent(150) : null;
      const lastContact = rnd() < 0.7 ? recent(60) : lastVisit;
      const id = randomUUID();
      const parentRows = facts.parents.map((p, n) => ({
        child_id: id,
        county_code: village.slice(0, 6),
        relation: p.relation ?? (n === 0 ? ('father' as const) : ('mother' as const)),
        statuses: [...p.statuses],
        migrant_months: p.migrantMonths ?? null,
        cross_county: p.crossCounty ?? null,
        core_urban_both: p.coreUrbanBoth ?? null,
      }));
      const row = {
        village_code: village,
        birth_date: facts.birthDate,
        hukou_type: facts.hukouType ?? null,
        guardianship: facts.guardianship ?? null,
        conditions: [...facts.conditions],
        manual_level: null,
        manual_reason: null,
        status: 'active' as const,
        level: null,
        immediate_since: null,
        registered_on: registered,
        last_visit_on: lastVisit,
        last_contact_on: lastContact,
      };
      const { columns } = evaluateChild(row, parentRows, AS_OF);
      children.push({
        ...row,
        ...columns,
        id,
        name: `儿童${i}`,
        county_code: village.slice(0, 6),
      });
      parents.push(...parentRows);
    }
    await db.insertInto('child').values(children).execute();
    if (parents.length) await db.insertInto('child_parent').values(parents).execute();
  }
  // The director of the largest village, and the supervisor of its township.
  const village = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { village, township: `${village.slice(0, 9)}000`, villages: villages.length };
}

/** The session cookie of one of the bench's accounts. */
async function signIn(app: Awaited<ReturnType<typeof buildApp>>, username: string): Promise<string> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: PASSWORD },
  });
  return `${login.cookies[0]!.name}=${login.cookies[0]!.value}`;
}

async function measure(database: Database, label: string): Promise<void> {
  const db = database.db;
  let started = performance.now();
  await migrateToLatest(db);
  const { village, township, villages } = await populate(db);
  // What the first nightly run leaves (the scheduler vacuums PGlite, which has no autovacuum).
  await sql`vacuum (analyze) child`.execute(db);
  const loadMs = performance.now() - started;
  const stats = await db
    .selectFrom('child')
    .select((eb) => [
      eb.fn.countAll<number>().as('all'),
      eb.fn.count<number>('id').filterWhere('target', '=', true).as('target'),
    ])
    .executeTakeFirstOrThrow();
  console.log(
    `${label}: ${Number(stats.all).toLocaleString('en')} children (${Number(stats.target).toLocaleString('en')} target) in ${villages} villages, loaded in ${(loadMs / 1000).toFixed(1)} s`,
  );
  // The summary's roll-up, counted for the day as the nightly run counts it (migration 0074).
  started = performance.now();
  await refreshWorklistRollup(db, AS_OF);
  console.log(`  worklist roll-up counted for the day in ${(performance.now() - started).toFixed(0)} ms`);

  const system = systemActor('bench');
  const cast = [
    { username: 'director', role: 'director' as const, regionCode: village, displayName: '儿童主任' },
    { username: 'supervisor', role: 'supervisor' as const, regionCode: township, displayName: '督导员' },
    {
      username: 'county',
      role: 'civil_affairs' as const,
      regionCode: `${COUNTY}000000`,
      displayName: '民政局',
    },
  ];
  for (const u of cast) await createUser(db, system, { ...u, password: PASSWORD });
  const app = await buildApp(
    {
      database,
      config: loadConfig({}),
      clock: () => new Date(`${AS_OF}T02:00:00Z`),
    },
    { logger: false },
  );
  try {
    for (const u of cast) {
      const cookie = await signIn(app, u.username);
      for (const [what, url] of [
        ['worklist', '/api/v1/worklist'],
        ['worklist, due within 7 days', '/api/v1/worklist?dueWithinDays=7'],
        ['summary (from the roll-up)', '/api/v1/worklist/summary'],
        // A day the roll-up is not counted for: the children are counted, as before the roll-up.
        ['summary (children counted)', `/api/v1/worklist/summary?asOf=${addDays(AS_OF, 1)}`],
      ] as const) {
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < REQUESTS + 5; i++) {
          const t0 = performance.now();
          const res = await app.inject({ method: 'GET', url, headers: { cookie } });
          const ms = performance.now() - t0;
          if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
          total = res.json().total?.targetChildren ?? res.json().total;
          if (i >= 5) times.push(ms); // the first few warm caches and plans
        }
        times.sort((a, b) => a - b);
        console.log(
          `  ${u.role.padEnd(13)} ${what.padEnd(28)} in scope ${String(total).padStart(6)}  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
        );
      }
    }
    await recordVisits(app, db, village);
  } finally {
    await app.close();
  }

  // Every child, as the nightly run did before issue 20.4 (bench/nightly.bench.ts compares the two).
  started = performance.now();
  const same = await reassessAll(db, { asOf: AS_OF, all: true });
  console.log(
    `  reassess, nothing changed:      ${same.checked.toLocaleString('en')} children in ${((performance.now() - started) / 1000).toFixed(1)} s (${Math.round(same.checked / ((performance.now() - started) / 1000)).toLocaleString('en')} children/s), updated ${same.updated}`,
  );
  started = performance.now();
  const yearOn = await reassessAll(db, { asOf: addDays(AS_OF, 365), all: true });
  console.log(
    `  reassess, one year on:          ${yearOn.checked.toLocaleString('en')} children in ${((performance.now() - started) / 1000).toFixed(1)} s, updated ${yearOn.updated.toLocaleString('en')}, level changes ${JSON.stringify(yearOn.levelChanges)}`,
  );
}

/**
 * The director records a visit to each of the village's children in turn, as the visit page posts it: the
 * contact, the child's last dates (kept by the contact's triggers), the re-assessment with its new due dates,
 * the audit record and the summary's roll-up, in one transaction.
 */
async function recordVisits(app: Awaited<ReturnType<typeof buildApp>>, db: Kysely<DB>, village: string) {
  const cookie = await signIn(app, 'director');
  const children = await db
    .selectFrom('child')
    .select('id')
    .where('village_code', '=', village)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(REQUESTS * 3 + 5)
    .execute();
  const times: number[] = [];
  for (const [i, child] of children.entries()) {
    const t0 = performance.now();
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/children/${child.id}/contacts`,
      headers: { cookie },
      payload: { kind: 'visit', occurredOn: AS_OF, findings: { safety: { status: 'normal' } } },
    });
    const ms = performance.now() - t0;
    if (res.statusCode !== 201) throw new Error(`visit: ${res.statusCode} ${res.body}`);
    if (i >= 5) times.push(ms);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  director      records a visit              children ${String(times.length).padStart(6)}  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
  );
}

export const worklistBench: Benchmark = {
  name: 'worklist',
  description: `worklist and summary latency for a director, a township and a county at ${CHILDREN.toLocaleString('en')} children; daily re-assessment`,
  async run() {
    const pglite = await openDatabase();
    try {
      await measure(pglite, 'PGlite (in memory)');
    } finally {
      await pglite.close();
    }
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
        await measure(server, `PostgreSQL ${version.rows[0].server_version}`);
      } finally {
        await server.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  },
};
