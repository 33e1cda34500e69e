// County pages at province scale (issue 20.4): a generated, reproducible province — 广东省's counties, 1,000,000
// children graded by evaluateChild(), about 12,000,000 visits and phone contacts over two years, interventions,
// departments and referrals, a school-roll comparison with its findings and a director's post in most villages —
// and every page a county bureau opens, requested through the HTTP application (session, scope, query,
// serialisation) as the bureaus of several counties: p50 and p95 per page. Annex 1 for the province beside them.
// On PostgreSQL (BENCH_DATABASE_URL, default the local server) the province is kept in its own database,
// `tonghu_bench_province`, and built again only when it is missing or of another build; on PGlite, one 50,000-child
// county (普宁市) is built each run. Prints figures; asserts nothing.
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { addDays, maxDate } from '../src/domain/dates.ts';
import { DEPARTMENT_KINDS } from '../src/domain/department-kinds.ts';
import { idCheckCharacter } from '../src/domain/id-number.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import {
  insertSyntheticActivity,
  insertSyntheticChildren,
} from '../src/modules/reports/synthetic-register.ts';
import { createUser } from '../src/modules/users/service.ts';
import { reassessAll } from '../src/modules/worklist/reassess-all.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { regionsUnder } from '../src/regions/repository.ts';
import { buildApp } from '../src/server/app.ts';
import type { Benchmark } from './registry.ts';

const AS_OF = '2026-11-23';
/** A report date in the past: the month end before AS_OF. */
const PAST_MONTH_END = '2026-10-31';
const PASSWORD = 'Bench-2026-province';
/** Raise when what build() makes changes, so that a kept province is built again. */
const BUILD = 3;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(0);

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(`  ${label}: ${secondsSince(started)} s`);
  return result;
}

/**
 * Builds the register of `prefix` with `children` children. Visits and contacts: the activity of
 * insertSyntheticActivity (about 3 a child) and as many again in twelve more rounds, so that a child has
 * about 12 over the two years; the children's last visit and contact are then those of their records, and
 * every child is graded again on AS_OF, as the nightly run would.
 */
async function build(database: Database, prefix: string, children: number): Promise<void> {
  const db = database.db;
  const villages = (await regionsUnder(db, prefix, 'village')).map((r) => r.code);
  await step(
    `${children.toLocaleString('en')} children over ${villages.length.toLocaleString('en')} villages`,
    () => insertSyntheticChildren(db, { count: children, villages, asOf: AS_OF }),
  );
  await step('interventions, assistance, school returns, first contacts', () =>
    insertSyntheticActivity(db, prefix, AS_OF),
  );
  const from = '2024-12-03';
  await step('more visits and phone contacts', () =>
    sql`
      insert into contact (child_id, county_code, kind, occurred_on, worker_name)
      select c.id, c.county_code, case when k % 3 = 0 then 'phone' else 'visit' end,
        ${from}::date + (abs(hashtext(c.id::text || 'm' || k::text)) % 720), '儿童主任'
      from child c cross join generate_series(1, 12) as k
      where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 'w' || k::text)) % 4 < 3`.execute(
      db,
    ),
  );
  // No visit or call is dated after the day it is recorded (casework refuses one dated after today): those the
  // synthetic activity dates after the bench's day go, and the children's last visit and contact are those of
  // the records left (triggers on contact keep them: migration 0071).
  await step('records dated after the day removed', () =>
    sql`delete from contact c using child ch
        where ch.id = c.child_id and ch.village_code like ${`${prefix}%`} and c.occurred_on > ${AS_OF}`.execute(
      db,
    ),
  );
  await step('departments and referrals', async () => {
    const counties = [...new Set(villages.map((v) => v.slice(0, 6)))];
    for (let i = 0; i < counties.length; i += 50) {
      await db
        .insertInto('department')
        .values(
          counties.slice(i, i + 50).flatMap((county) =>
            DEPARTMENT_KINDS.slice(0, 12).map((kind) => ({
              county_code: county,
              kind,
              name: `${county}${kind}`,
            })),
          ),
        )
        .execute();
    }
    // One child in twenty has had a referral over the year; most older ones answered or closed, some linger.
    await sql`
      insert into referral (child_id, county_code, department_id, finding, detail, source, status, due_on, sent_on,
                            sent_at, sent_by_name, child_data, answered_on, answer, return_reason, closed_on)
      select c.id, c.county_code, d.id, 'other', '情况说明', 'file', s.status, s.sent_on + 15, s.sent_on,
             s.sent_on::timestamptz, '民政局',
             jsonb_build_object('name', c.name, 'gender', c.gender,
               'age', extract(year from age(s.sent_on, c.birth_date))::int, 'villageName', v.name),
             case when s.status in ('answered', 'closed') then s.sent_on + 10 end,
             case when s.status in ('answered', 'closed') then '已核实并落实帮扶' end,
             case when s.status = 'returned' then '材料不全' end,
             case when s.status = 'closed' then s.sent_on + 20 end
      from child c
      join region v on v.code = c.village_code
      cross join lateral (
        select (${AS_OF}::date - (abs(hashtext(c.id::text || 'age')) % 365)) as sent_on,
               abs(hashtext(c.id::text || 'st')) % 100 as roll
      ) a
      cross join lateral (
        select a.sent_on,
          case when ${AS_OF}::date - a.sent_on > 45 and a.roll < 92 then (case when a.roll < 74 then 'closed' else 'answered' end)
               else (array['sent','received','in_progress','answered','closed','returned'])[1 + a.roll % 6] end as status
      ) s
      join lateral (
        select id from department
        where county_code = c.county_code
        order by abs(hashtext(c.id::text || id::text)) limit 1
      ) d on true
      where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 'ref')) % 20 = 0`.execute(db);
  });
  await step('a school-roll comparison per county, with its findings', async () => {
    await sql`
      insert into comparison_run (roster_kind, file_name, file_hash, file_bytes, row_unit, region_code, as_of,
                                  actor_name, finished_at, rows, findings, new_findings)
      select 'school_enrolment', '在校生名册.xlsx', md5(county), 1000000, 'row', county, ${AS_OF}, '民政局', now(), 0, 0, 0
      from (select distinct county_code as county from child where village_code like ${`${prefix}%`}) k`.execute(
      db,
    );
    // About one child in a hundred is on no school roll: a suspected dropout, mostly still open.
    await sql`
      insert into comparison_finding (run_id, last_run_id, roster_kind, finding, match, subject_key, child_id, name,
                                      birth_date, region_code, county_code, as_of, status, verified_at, verified_by_name)
      select r.id, r.id, 'school_enrolment', 'suspected_dropout', 'exact', c.id::text, c.id, c.name, c.birth_date,
             c.village_code, c.county_code, ${AS_OF},
             f.status, case when f.status = 'confirmed' then now() end,
             case when f.status = 'confirmed' then '民政局' end
      from child c join comparison_run r on r.region_code = c.county_code
      cross join lateral (
        select case when abs(hashtext(c.id::text || 'fs')) % 4 = 0 then 'confirmed' else 'open' end as status
      ) f
      where c.village_code like ${`${prefix}%`} and abs(hashtext(c.id::text || 'cmp')) % 100 = 0`.execute(db);
  });
  await step("a director's post in nine villages of ten", async () => {
    // Through the query builder, so that the ID numbers are sealed as the register's are (0046).
    const staffed = villages.filter((_, i) => (i * 7919) % 10 !== 0);
    for (let i = 0; i < staffed.length; i += 1000) {
      const chunk = staffed.slice(i, i + 1000);
      const people = await db
        .insertInto('workforce_person')
        .values(
          chunk.map((village, k) => {
            const first17 = `${village.slice(0, 6)}1980${String(1 + ((i + k) % 12)).padStart(2, '0')}01${String((i + k) % 1000).padStart(3, '0')}`;
            return { name: `主任${i + k}`, id_number: first17 + idCheckCharacter(first17) };
          }),
        )
        .returning('id')
        .execute();
      await db
        .insertInto('workforce_post')
        .values(
          people.map((p, k) => ({
            person_id: p.id,
            role: 'director' as const,
            region_code: chunk[k]!,
            started_on: '2024-01-01',
          })),
        )
        .execute();
    }
  });
  await step('every child graded again on the day (reassess --all)', () =>
    reassessAll(db, { asOf: AS_OF, all: true }),
  );
  // The build rewrote every child row many times over (each statement of records moves the dates the triggers keep
  // on it, 0071/0072), leaving a village's children scattered over the table; a county that loads years of
  // records at once is told to do the same (docs/server-operations.md, "After a bulk change").
  await step('child rows laid out by village again (cluster)', () =>
    sql`cluster child using child_village_id_idx`.execute(db),
  );
  await step('vacuum analyze', () => sql`vacuum analyze`.execute(db));
}

interface Page {
  name: string;
  url: (county: string) => string;
  /** How many rows the answer holds, to print beside the time. */
  size: (body: Record<string, unknown>) => number | string;
}

const itemsOrTotal = (b: Record<string, unknown>) =>
  Array.isArray(b.items) ? `${b.items.length}${typeof b.total === 'number' ? ` of ${b.total}` : ''}` : '';

const PAGES: Page[] = [
  { name: 'worklist (first page)', url: () => '/api/v1/worklist', size: itemsOrTotal },
  {
    name: 'worklist summary',
    url: () => '/api/v1/worklist/summary',
    size: (b) => (b.total as { targetChildren: number }).targetChildren,
  },
  { name: 'children register (first page)', url: () => '/api/v1/children', size: itemsOrTotal },
  { name: 'referrals overdue', url: () => '/api/v1/referrals/overdue', size: itemsOrTotal },
  { name: 'referrals (first page)', url: () => '/api/v1/referrals', size: itemsOrTotal },
  { name: 'comparison findings', url: () => '/api/v1/comparison/findings', size: itemsOrTotal },
  {
    name: 'director coverage',
    url: () => '/api/v1/workforce/coverage',
    size: (b) => JSON.stringify(b).length,
  },
  { name: 'annex 1 county', url: (c) => `/api/v1/reports/annex1?region=${c}`, size: (b) => Number(b.total) },
];

async function measurePages(database: Database, province: string, counties: string[]): Promise<void> {
  const system = systemActor('bench');
  const users = await database.db.selectFrom('app_user').select('username').execute();
  const have = new Set(users.map((u) => u.username));
  for (const code of new Set([province, ...counties])) {
    const username = `bureau_${code}`;
    if (!have.has(username))
      await createUser(database.db, system, {
        username,
        role: 'civil_affairs',
        regionCode: code.padEnd(12, '0'),
        displayName: '民政局',
        password: PASSWORD,
      });
  }
  const app = await buildApp(
    { database, config: loadConfig({}), clock: () => new Date(`${AS_OF}T02:00:00Z`) },
    { logger: false },
  );
  const login = async (code: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: `bureau_${code}`, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${code}: ${res.statusCode}`);
    return `${res.cookies[0]!.name}=${res.cookies[0]!.value}`;
  };
  const get = async (cookie: string, url: string) => {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { ms, body: res.json() as Record<string, unknown> };
  };
  try {
    const cookies = new Map<string, string>();
    for (const c of counties) cookies.set(c, await login(c));
    console.log(
      `  county pages, ${counties.length} counties × ${REQUESTS} requests each (after 3 to warm up):`,
    );
    for (const page of PAGES) {
      const times: number[] = [];
      const sizes: string[] = [];
      for (const county of counties) {
        const cookie = cookies.get(county)!;
        for (let i = 0; i < 3; i++) await get(cookie, page.url(county));
        let last: Record<string, unknown> = {};
        for (let i = 0; i < REQUESTS; i++) {
          const r = await get(cookie, page.url(county));
          times.push(r.ms);
          last = r.body;
        }
        sizes.push(String(page.size(last)));
      }
      times.sort((a, b) => a - b);
      console.log(
        `    ${page.name.padEnd(32)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  max ${times[times.length - 1]!.toFixed(0).padStart(5)} ms   rows ${sizes.join(' / ')}`,
      );
    }
    const provinceCookie = await login(province);
    // As of the bench's day, and as of the month end before it: a child with a record after the date has its
    // records read (the rest have their last visit and contact on the row, migration 0071).
    for (const asOf of [AS_OF, PAST_MONTH_END]) {
      const later = await database.db
        .selectFrom('child')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('village_code', 'like', `${province}%`)
        .where('last_contact_on', '>', asOf)
        .executeTakeFirstOrThrow();
      const url = `/api/v1/reports/annex1?region=${province}&asOf=${asOf}`;
      const annex = [];
      await get(provinceCookie, url);
      for (let i = 0; i < 5; i++) annex.push((await get(provinceCookie, url)).ms);
      annex.sort((a, b) => a - b);
      console.log(
        `  annex 1 for the province ${province} as of ${asOf} (${Number(later.n).toLocaleString('en')} children with a record after it): median ${percentile(annex, 50).toFixed(0)} ms, max ${annex[4]!.toFixed(0)} ms`,
      );
    }
    const summary = [];
    await get(provinceCookie, '/api/v1/worklist/summary');
    for (let i = 0; i < 5; i++) summary.push((await get(provinceCookie, '/api/v1/worklist/summary')).ms);
    summary.sort((a, b) => a - b);
    console.log(
      `  worklist summary for the province (by city): median ${percentile(summary, 50).toFixed(0)} ms, max ${summary[4]!.toFixed(0)} ms`,
    );
    // The night after the last one on record (each run of this bench adds one to a kept province).
    const last = await database.db
      .selectFrom('reassess_run')
      .select((eb) => eb.fn.max('as_of').as('as_of'))
      .executeTakeFirst();
    const night = addDays(maxDate(last?.as_of ?? null, AS_OF)!, 1);
    const nightly = performance.now();
    const run = await reassessAll(database.db, { asOf: night });
    console.log(
      `  the next night's re-assessment (${night}): ${run.checked.toLocaleString('en')} children graded (${run.fullReason ? `every child: ${run.fullReason}` : 'those whose day has come'}), ${run.updated.toLocaleString('en')} changed, in ${((performance.now() - nightly) / 1000).toFixed(1)} s`,
    );
  } finally {
    await app.close();
  }
}

/** The counties measured: the largest, the smallest and some between, by target children. */
async function countiesToMeasure(database: Database, prefix: string, n: number): Promise<string[]> {
  const rows = await database.db
    .selectFrom('child')
    .select(['county_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('village_code', 'like', `${prefix}%`)
    .where('target', '=', true)
    .groupBy('county_code')
    .orderBy('n', 'desc')
    .execute();
  if (rows.length <= n) return rows.map((r) => r.county_code);
  return Array.from(
    { length: n },
    (_, i) => rows[Math.round((i * (rows.length - 1)) / (n - 1))]!.county_code,
  );
}

async function describe(database: Database, prefix: string): Promise<void> {
  const count = async (table: 'child' | 'contact' | 'referral' | 'comparison_finding') =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(database.db)).rows[0]!
        .n,
    ).toLocaleString('en');
  const target = await database.db
    .selectFrom('child')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('target', '=', true)
    .where('village_code', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  console.log(
    `  ${await count('child')} children (${Number(target.n).toLocaleString('en')} target), ${await count('contact')} visits and contacts, ${await count('referral')} referrals, ${await count('comparison_finding')} comparison findings`,
  );
}

async function onPostgres(): Promise<void> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = 'tonghu_bench_province';
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL not reachable at ${base} (${(error as Error).message}): skipped`);
    return;
  }
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  let fresh = false;
  if (exists) {
    const url = new URL(base);
    url.pathname = `/${name}`;
    const probe = new pg.Client({ connectionString: url.toString() });
    await probe.connect();
    const built = await probe
      .query('select build from bench_province_built')
      .then((r) => r.rows[0]?.build as number | undefined)
      .catch(() => undefined);
    await probe.end();
    if (built !== BUILD) {
      await admin.query(`drop database ${name}`);
      fresh = true;
    }
  } else fresh = true;
  if (fresh) await admin.query(`create database ${name}`);
  const version = (await admin.query('show server_version')).rows[0].server_version as string;
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  console.log(`PostgreSQL ${version}, 广东省 44, 1,000,000 children (${name}):`);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  try {
    await migrateToLatest(database.db);
    if (fresh) {
      const started = performance.now();
      await loadRegions(database.db, '44');
      await build(database, '44', 1_000_000);
      await sql`create table bench_province_built (build integer not null)`.execute(database.db);
      await sql`insert into bench_province_built values (${BUILD})`.execute(database.db);
      console.log(`  built in ${secondsSince(started)} s`);
    } else console.log('  (province kept from an earlier run)');
    await describe(database, '44');
    await measurePages(database, '44', await countiesToMeasure(database, '44', 6));
  } finally {
    await database.close();
  }
}

async function onPglite(): Promise<void> {
  console.log('PGlite (in memory), 普宁市 445281, 50,000 children:');
  const database = await openDatabase();
  try {
    await migrateToLatest(database.db);
    await loadRegions(database.db, '445281');
    await build(database, '445281', 50_000);
    await describe(database, '445281');
    await measurePages(database, '445281', ['445281']);
  } finally {
    await database.close();
  }
}

export const provinceBench: Benchmark = {
  name: 'province',
  description:
    'every county page (p50/p95) in a 1,000,000-child, ~12,000,000-contact province on PostgreSQL and a 50,000-child county on PGlite; Annex 1 for the province; the next night',
  async run() {
    if (process.env.BENCH_PROVINCE_PGLITE !== '0') await onPglite();
    if (process.env.BENCH_PROVINCE_POSTGRES !== '0') await onPostgres();
  },
};
