// Loads the demo county: `tonghu demo`, and `tonghu start` on an empty database. Refuses a database that
// already holds children unless forced; forced, it leaves registered ID numbers and existing accounts
// alone. Everything is written in one transaction: a failed load leaves nothing behind.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { Level } from '../../domain/codes.ts';
import { fullCode } from '../../domain/region-code.ts';
import { AppError } from '../../shared/errors.ts';
import { systemActor } from '../access/index.ts';
import { hashPassword } from '../auth/index.ts';
import { readCounty } from './county.ts';
import type { Worker } from './history.ts';
import { DEFAULT_CHILDREN, DEFAULT_SEED, planDemo } from './plan.ts';
import type { DemoAccount } from './staff.ts';
import { writeDemo } from './write.ts';

/** 普宁市 (seed 003): the county with the explicit four-colour scheme. */
export const DEFAULT_DEMO_COUNTY = '445281';

export interface DemoOptions {
  county: string;
  today: IsoDate;
  seed?: number;
  children?: number;
  force?: boolean;
  /** TONGHU_REGION: the demo county must lie under it. */
  deploymentRegion?: string | null;
  /**
   * The printed passwords must be changed at the first sign-in (default): anyone who saw the console saw them.
   * Tests that are not about it turn it off.
   */
  mustChangePassword?: boolean;
}

export interface DemoSummary {
  county: { code: string; name: string };
  today: IsoDate;
  seed: number;
  children: number;
  skippedChildren: number;
  levels: Record<Level, number>;
  notTarget: number;
  exited: number;
  contacts: number;
  overdue: number;
  neverVisited: number;
  workLogs: number;
  interventions: number;
  mandatoryReports: number;
  /** Directors and supervisors entered in the workforce ledger, and the training courses they attended. */
  ledgerPeople: number;
  trainings: number;
  /** The new accounts with their passwords: shown once, stored only as hashes. */
  accounts: DemoAccount[];
  reusedAccounts: string[];
}

async function count(db: Kysely<DB>, table: 'child' | 'app_user'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Hashes on libuv's threads, all queued at once so the threads stay busy while the rows are written. */
async function hashAll(accounts: readonly DemoAccount[]): Promise<Map<string, string>> {
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  return new Map(accounts.map((a, i) => [a.id, hashes[i] as string]));
}

export async function loadDemo(db: Kysely<DB>, options: DemoOptions): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_SEED;
  const children = options.children ?? DEFAULT_CHILDREN;
  const county = await readCounty(db, options.county, options.deploymentRegion ?? null);
  const registered = await count(db, 'child');
  if (registered > 0 && !options.force)
    throw new AppError(
      'conflict',
      `数据库中已有 ${registered} 名儿童的档案，演示数据只载入空数据库。确要载入请加 --force（已登记的身份证号码和已有的账号会跳过）`,
    );
  const existingIdNumbers = new Set(
    registered
      ? (await db.selectFrom('child').select('id_number').where('id_number', 'is not', null).execute())
          // Sealed at rest: the county's numbers are picked out once opened.
          .map((r) => r.id_number as string)
          .filter((n) => n.startsWith(options.county))
      : [],
  );
  const existingAccounts = new Map<string, Worker>(
    (await db.selectFrom('app_user').select(['id', 'username', 'display_name']).execute()).map((u) => [
      u.username,
      { id: u.id, name: u.display_name },
    ]),
  );
  const existingLedgerIdNumbers = new Set(
    (await db.selectFrom('workforce_person').select('id_number').execute())
      .map((r) => r.id_number)
      .filter((n) => n.startsWith(options.county)),
  );
  const actor = systemActor('演示数据', fullCode(options.county));
  const plan = planDemo(county, {
    today: options.today,
    seed,
    children,
    actor,
    existingAccounts,
    existingIdNumbers,
    existingLedgerIdNumbers,
  });
  const passwordHashes = hashAll(plan.accounts);
  // Settled here too, so that a failure before the writes wait for it is not reported as unhandled.
  passwordHashes.catch(() => undefined);
  await db.transaction().execute((trx) =>
    writeDemo(trx, plan, {
      actor,
      passwordHashes,
      mustChangePassword: options.mustChangePassword ?? true,
      detail: { seed, county: options.county, asOf: options.today },
    }),
  );

  const levels: Record<Level, number> = { red: 0, yellow: 0, blue: 0, green: 0 };
  let notTarget = 0;
  let exited = 0;
  let overdue = 0;
  let neverVisited = 0;
  for (const { columns } of plan.records) {
    if (columns.status === 'exited') exited += 1;
    else if (columns.level) levels[columns.level] += 1;
    else notTarget += 1;
    if (columns.next_due && columns.next_due < options.today) overdue += 1;
    if (columns.level && !columns.last_visit_on) neverVisited += 1;
  }
  const sum = (f: (r: (typeof plan.records)[number]) => number) => plan.records.reduce((n, r) => n + f(r), 0);
  return {
    county: { code: options.county, name: county.name },
    today: options.today,
    seed,
    children: plan.records.length,
    skippedChildren: plan.skippedChildren,
    levels,
    notTarget,
    exited,
    contacts: sum((r) => r.history.contacts.length),
    overdue,
    neverVisited,
    workLogs: sum((r) => r.history.workLogs.length),
    interventions: sum((r) => r.history.interventions.length),
    mandatoryReports: sum((r) => (r.history.mandatoryReport ? 1 : 0)),
    ledgerPeople: plan.ledger.people.length,
    trainings: plan.ledger.trainings.length,
    accounts: plan.accounts,
    reusedAccounts: plan.reusedAccounts,
  };
}

/** The county `start` demonstrates for a deployment region; null when the region is narrower than one. */
export async function demoCountyFor(db: Kysely<DB>, region: string | null): Promise<string | null> {
  if (!region) return DEFAULT_DEMO_COUNTY;
  if (region.length === 6) return region;
  if (region.length > 6) return null;
  if (DEFAULT_DEMO_COUNTY.startsWith(region)) return DEFAULT_DEMO_COUNTY;
  // The first county of the region that has villages (a city's 市辖区 has none).
  const first = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'village')
    .where('code', 'like', `${region}%`)
    .orderBy('code')
    .executeTakeFirst();
  return first ? first.code.slice(0, 6) : null;
}

/** Whether the database is new: no children and no accounts. `start` loads the demo only then. */
export async function isEmptyDatabase(db: Kysely<DB>): Promise<boolean> {
  return (await count(db, 'child')) === 0 && (await count(db, 'app_user')) === 0;
}
