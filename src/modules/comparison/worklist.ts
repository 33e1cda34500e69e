// The findings a person must verify, and the runs behind them, within their region: a township supervisor
// sees the findings of its villages; the county also those about people not yet registered, which the
// roster could not place in a village.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { countyOfPrefix, shortCode } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, type Actor, can, isUuid, requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { findingView, runView, type FindingRow } from './views.ts';

export interface FindingFilters {
  status?: 'open' | 'confirmed' | 'dismissed' | 'all';
  kind?: string;
  finding?: string;
  runId?: string;
  region?: string;
  page?: number;
  pageSize?: number;
  fullIdNumber?: boolean;
}

function findingsQuery(db: Kysely<DB>, actor: Actor) {
  const prefix = regionPrefix(actor);
  const q = db
    .selectFrom('comparison_finding as f')
    .innerJoin('comparison_run as run', 'run.id', 'f.last_run_id')
    .leftJoin('child', 'child.id', 'f.child_id')
    .leftJoin('region as v', 'v.code', 'f.region_code')
    .leftJoin('region as t', (join) =>
      join.onRef('t.code', '=', 'v.parent_code').on('v.level', '=', 'village'),
    )
    .where('f.region_code', 'like', `${prefix}%`);
  // A county's findings are its own (0087): the key a distributed table is found by.
  const county = countyOfPrefix(prefix);
  return county === null ? q : q.where('f.county_code', '=', county);
}

const FINDING_COLUMNS = [
  'run.file_name',
  'run.row_unit',
  'child.name as child_name',
  'child.status as child_status',
  'v.name as village_name',
  't.name as township_name',
] as const;

// Lists never carry full ID numbers (issue 16.1, docs/privacy.md): one is revealed on one finding or file.
function fullIds(_actor: Actor, asked: boolean | undefined): boolean {
  if (!asked) return false;
  throw new AppError('forbidden', '列表不显示完整身份证号码，请在单条记录中查看');
}

export async function listFindings(ctx: ServiceContext, f: FindingFilters) {
  requirePermission(ctx.actor, 'comparison.read');
  const full = fullIds(ctx.actor, f.fullIdNumber);
  const page = Math.max(1, f.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 50));
  let q = findingsQuery(ctx.db, ctx.actor);
  const status = f.status ?? 'open';
  if (status !== 'all') q = q.where('f.status', '=', status);
  if (f.kind) q = q.where('f.roster_kind', '=', f.kind);
  if (f.finding) q = q.where('f.finding', '=', f.finding);
  if (f.runId) q = q.where('f.last_run_id', '=', f.runId);
  if (f.region) {
    if (!actorCovers(ctx.actor, f.region))
      throw new InputError(`区划 ${f.region} 不在您的辖区内`, { field: 'region' });
    q = q.where('f.region_code', 'like', `${shortCode(f.region)}%`);
  }
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('f')
    .select(FINDING_COLUMNS)
    .orderBy('f.created_at', 'desc')
    .orderBy('f.region_code')
    .orderBy('f.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    items: rows.map((r) => findingView(r as FindingRow, { fullIdNumber: full })),
    total: Number(total),
    page,
    pageSize,
  };
}

/** One finding within the actor's region; outside it, exactly like a missing one. */
export async function loadFinding(db: Kysely<DB>, actor: Actor, id: string): Promise<FindingRow> {
  if (!isUuid(id)) throw notFound('比对结果');
  const row = await findingsQuery(db, actor)
    .selectAll('f')
    .select(FINDING_COLUMNS)
    .where('f.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('比对结果');
  return row as FindingRow;
}

export async function getFinding(ctx: ServiceContext, id: string, options: { fullIdNumber?: boolean } = {}) {
  requirePermission(ctx.actor, 'comparison.read');
  const full = options.fullIdNumber === true && can(ctx.actor.role, 'child.id_number.reveal');
  if (options.fullIdNumber && !full) throw new AppError('forbidden', '当前角色无权查看完整身份证号码');
  return findingView(await loadFinding(ctx.db, ctx.actor, id), { fullIdNumber: full });
}

/** Runs over the actor's region or a region that holds it (a township sees the county's runs). */
function runsQuery(db: Kysely<DB>, actor: Actor) {
  const prefix = regionPrefix(actor);
  return db
    .selectFrom('comparison_run')
    .where('finished_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('region_code', 'like', `${prefix}%`),
        eb(sql.lit(prefix), 'like', sql<string>`region_code || '%'`),
      ]),
    );
}

export async function listRuns(
  ctx: ServiceContext,
  options: { kind?: string; page?: number; pageSize?: number },
) {
  requirePermission(ctx.actor, 'comparison.read');
  const page = Math.max(1, options.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, options.pageSize ?? 20));
  let q = runsQuery(ctx.db, ctx.actor);
  if (options.kind) q = q.where('roster_kind', '=', options.kind);
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    items: rows.map((r) => runView(r, { withAmbiguous: false })),
    total: Number(total),
    page,
    pageSize,
  };
}

export async function getRun(ctx: ServiceContext, id: string) {
  requirePermission(ctx.actor, 'comparison.read');
  if (!isUuid(id)) throw notFound('比对记录');
  const row = await runsQuery(ctx.db, ctx.actor).selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('比对记录');
  // The ambiguous rows name people who may live anywhere in the run's region: only for whoever may run it.
  const withAmbiguous =
    can(ctx.actor.role, 'comparison.run') &&
    (ctx.actor.regionCode === '' || (row.region_code !== '' && actorCovers(ctx.actor, row.region_code)));
  return runView(row, { withAmbiguous });
}
