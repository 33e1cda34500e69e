// The departments part at county scale: a 50,000-child county with 20,000 referrals to fifteen departments,
// 500 mandatory reports and the red/yellow/blue lists. Times the reads people wait for (overdue reminders for
// the county and a village, a department's inbox, a page of referrals, open mandatory reports, when the
// lists are due) and the share itself, on PGlite and, when DATABASE_URL or TEST_DATABASE_URL names a
// server, on PostgreSQL. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect.ts';
import type { LevelCode } from '../src/db/schema.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Condition } from '../src/domain/codes.ts';
import { addDays } from '../src/domain/dates.ts';
import { DEPARTMENT_KINDS } from '../src/domain/department-kinds.ts';
import type { Actor } from '../src/modules/access/actor.ts';
import type { TimedContext } from '../src/shared/service-context.ts';
import { departmentInbox } from '../src/modules/department-inbox/inbox.ts';
import { createShare, dueShares } from '../src/modules/list-sharing/service.ts';
import { listReports } from '../src/modules/mandatory-reports/service.ts';
import { listReferrals, overdueReferrals } from '../src/modules/referrals/queries.ts';
import { loadRegions } from '../src/regions/loader.ts';
import type { Benchmark } from './registry.ts';
import { random } from './synthetic.ts';

const CHILDREN = 50_000;
const REFERRALS = 20_000;
const REPORTS = 500;
const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T02:00:00Z');

export async function seed(database: Database) {
  const db = database.db;
  await migrateToLatest(db);
  await loadRegions(db, '445281');
  const villages = (
    await db
      .selectFrom('region')
      .select('code')
      .where('level', '=', 'village')
      .where('code', 'like', '445281%')
      .execute()
  ).map((r) => r.code);
  const rnd = random(7);
  const pickLevel = (): LevelCode => {
    const x = rnd();
    return x < 0.01 ? 'red' : x < 0.05 ? 'yellow' : x < 0.2 ? 'blue' : 'green';
  };
  const factorsOf: Record<LevelCode, Condition[]> = {
    red: ['harm.suspected'],
    yellow: ['school.dropout_suspected'],
    blue: ['disability.severe'],
    green: [],
  };
  const childIds: { id: string; village: string }[] = [];
  for (let i = 0; i < CHILDREN; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, CHILDREN - i) }, (_, k) => {
      const level = pickLevel();
      const village = villages[Math.floor(rnd() * villages.length)]!;
      return {
        name: `儿童${i + k}`,
        gender: rnd() < 0.5 ? ('male' as const) : ('female' as const),
        birth_date: addDays('2010-01-01', Math.floor(rnd() * 5000)),
        village_code: village,
        county_code: '445281',
        registered_on: '2026-01-01',
        policy: 'puning',
        assessed_on: TODAY,
        target: true,
        left_behind: true,
        level,
        factor_level: level,
        factors: factorsOf[level],
        conditions: factorsOf[level],
        difficulty_types: [],
      };
    });
    const inserted = await db.insertInto('child').values(rows).returning(['id', 'village_code']).execute();
    childIds.push(...inserted.map((r) => ({ id: r.id, village: r.village_code })));
  }
  const departments = await db
    .insertInto('department')
    .values(
      DEPARTMENT_KINDS.slice(0, 15).map((kind) => ({ county_code: '445281', kind, name: `普宁市${kind}` })),
    )
    .returning(['id', 'kind'])
    .execute();
  const education = departments.find((d) => d.kind === 'education')!.id;
  const user = await db
    .insertInto('app_user')
    .values({
      username: 'bench_dept',
      display_name: '教育局',
      role: 'department',
      region_code: '445281000000',
      password_hash: 'x',
      department_id: education,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const statuses = ['sent', 'received', 'in_progress', 'answered', 'closed', 'returned'] as const;
  for (let i = 0; i < REFERRALS; i += 1000) {
    await db
      .insertInto('referral')
      .values(
        Array.from({ length: Math.min(1000, REFERRALS - i) }, () => {
          const child = childIds[Math.floor(rnd() * childIds.length)]!;
          const age = Math.floor(rnd() * 365);
          const sentOn = addDays(TODAY, -age);
          // Most referrals older than six weeks have been answered or closed; some linger.
          const status =
            age > 45 && rnd() < 0.92
              ? rnd() < 0.8
                ? 'closed'
                : 'answered'
              : statuses[Math.floor(rnd() * statuses.length)]!;
          return {
            child_id: child.id,
            county_code: '445281',
            department_id: departments[Math.floor(rnd() * departments.length)]!.id,
            finding: 'other',
            detail: '情况说明',
            source: 'file' as const,
            status,
            due_on: addDays(sentOn, 15),
            sent_on: sentOn,
            sent_at: NOW,
            sent_by_name: '儿童主任',
            answer: status === 'answered' || status === 'closed' ? '已办理' : null,
            return_reason: status === 'returned' ? '非本部门职责' : null,
            child_data: JSON.stringify({ name: '儿童', gender: 'male', age: 10, villageName: '某村' }),
          };
        }),
      )
      .execute();
  }
  await db
    .insertInto('mandatory_report')
    .values(
      Array.from({ length: REPORTS }, (_, i) => ({
        child_id: childIds[i * 50]!.id,
        county_code: childIds[i * 50]!.village.slice(0, 6),
        source: 'auto' as const,
        situation: 'red_factor',
        factors: ['harm.suspected'],
        status: i % 5 === 0 ? ('open' as const) : ('closed' as const),
        outcome: i % 5 === 0 ? null : 'case_filed',
        discovered_on: addDays(TODAY, -(i % 30)),
      })),
    )
    .execute();
  return { staffVillage: childIds[0]!.village, departmentUser: user.id };
}

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn(); // warm up caches and plans
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  console.log(`  ${label.padEnd(44)} p50 ${p(0.5).padStart(7)} ms  p95 ${p(0.95).padStart(7)} ms`);
}

async function runOn(name: string, database: Database) {
  const started = performance.now();
  const seeded = await seed(database);
  console.log(
    `${name}: seeded ${CHILDREN} children, ${REFERRALS} referrals, ${REPORTS} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const ctx = (actor: Actor): TimedContext => ({
    db: database.db,
    actor,
    today: TODAY,
    deploymentRegion: '445281',
    now: NOW,
  });
  const staff = ctx({ id: null, name: '民政局', role: 'civil_affairs', regionCode: '445281000000' });
  const director = ctx({ id: null, name: '儿童主任', role: 'director', regionCode: seeded.staffVillage });
  const department = ctx({
    id: seeded.departmentUser,
    name: '教育局',
    role: 'department',
    regionCode: '445281000000',
  });
  const overdue = await overdueReferrals(staff);
  console.log(`  (${overdue.total} referrals overdue in the county)`);
  await time('referrals overdue, county', 20, () => overdueReferrals(staff));
  await time('referrals overdue, one village', 20, () => overdueReferrals(director));
  await time('department inbox (open referrals)', 20, () => departmentInbox(department));
  await time('referrals list, county, first page of 50', 20, () => listReferrals(staff, { status: 'open' }));
  await time('mandatory reports open, county', 20, () => listReports(staff, { status: 'open' }));
  await time('list shares due, county', 20, () => dueShares(staff));
  const share = performance.now();
  const shared = await createShare(staff, { countyCode: '445281' });
  console.log(
    `  ${'share the red/yellow/blue lists'.padEnd(44)} ${(performance.now() - share).toFixed(0)} ms for ${shared.childCount} children`,
  );
}

export const departmentsBench: Benchmark = {
  name: 'departments',
  description: 'referral reminders, inboxes, mandatory reports and list sharing in a 50,000-child county',
  async run() {
    const pglite = await openDatabase();
    try {
      await runOn('PGlite', pglite);
    } finally {
      await pglite.close();
    }
    const base = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!base) return console.log('PostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL)');
    const dbName = `tonghu_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    const server = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    try {
      await runOn('PostgreSQL', server);
    } finally {
      await server.close();
      await admin.query(`drop database ${dbName}`);
      await admin.end();
    }
  },
};
