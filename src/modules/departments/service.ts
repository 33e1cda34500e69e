// Departments as organisations of a county (教育局、公安局、团委 …), and which of them an actor answers for.
// A department account sees only what was sent to its department; the county bureau answers for the
// county's civil-affairs department itself (a referral of a suspected target child goes to 县级民政).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, DepartmentTable } from '../../db/schema.ts';
import type { z } from 'zod';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../../domain/department-kinds.ts';
import { fullCode, isRegionCode, regionLevel } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, type Actor, isUuid, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import type { departmentViewSchema } from './schemas.ts';

export type DepartmentRow = Selectable<DepartmentTable>;

/** A department as the API shows it: the type of its response schema (schemas.ts). */
export type DepartmentView = z.infer<typeof departmentViewSchema>;

export function departmentView(row: DepartmentRow & { county_name?: string | null }): DepartmentView {
  return {
    id: row.id,
    countyCode: row.county_code,
    countyName: row.county_name ?? null,
    kind: row.kind,
    kindName: DEPARTMENT_KIND_NAMES[row.kind] ?? row.kind,
    name: row.name,
    contactPerson: row.contact_person,
    phone: row.phone,
    disabled: row.disabled,
  };
}

/**
 * The counties whose departments an actor may see: those under its region, or, for someone inside a county
 * (township, village), that county.
 */
export function countyFilter(actor: Actor): { equals: string } | { prefix: string } {
  const prefix = regionPrefix(actor);
  return prefix.length >= 6 ? { equals: prefix.slice(0, 6) } : { prefix };
}

function scoped(db: Kysely<DB>, actor: Actor) {
  const filter = countyFilter(actor);
  const q = db
    .selectFrom('department')
    .leftJoin('region', (join) =>
      join.on('region.code', '=', sql<string>`rpad(department.county_code, 12, '0')`),
    )
    .selectAll('department')
    .select('region.name as county_name');
  return 'equals' in filter
    ? q.where('department.county_code', '=', filter.equals)
    : q.where('department.county_code', 'like', `${filter.prefix}%`);
}

/** A department the actor may see, or not_found. */
export async function findDepartment(db: Kysely<DB>, actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound('部门');
  const row = await scoped(db, actor).where('department.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('部门');
  return row;
}

async function checkCounty(db: Kysely<DB>, actor: Actor, code: string): Promise<string> {
  if (!isRegionCode(code) || regionLevel(code) !== 'county')
    throw new InputError(`应为县级（6位）区划代码，实际 "${code}"`, { field: 'countyCode' });
  const county = code.slice(0, 6);
  const region = await db
    .selectFrom('region')
    .select('code')
    .where('code', '=', fullCode(county))
    .executeTakeFirst();
  if (!region) throw new InputError(`区划 ${county} 不存在或未载入`, { field: 'countyCode' });
  if (!actorCovers(actor, county))
    throw new InputError(`区划 ${county} 不在您的管理范围内`, { field: 'countyCode' });
  return county;
}

export interface DepartmentInput {
  countyCode: string;
  kind: DepartmentKind;
  name: string;
  contactPerson?: string | null;
  phone?: string | null;
}

export async function createDepartment(ctx: ServiceContext, input: DepartmentInput): Promise<DepartmentView> {
  requirePermission(ctx.actor, 'department.manage');
  const county = await checkCounty(ctx.db, ctx.actor, input.countyCode);
  const name = input.name.trim();
  if (!name) throw new InputError('请填写部门名称', { field: 'name' });
  return ctx.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('department')
      .select('id')
      .where('county_code', '=', county)
      .where('name', '=', name)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `本县已有名为“${name}”的部门`, { field: 'name' });
    const row = await trx
      .insertInto('department')
      .values({
        county_code: county,
        kind: input.kind,
        name,
        contact_person: input.contactPerson?.trim() || null,
        phone: input.phone?.trim() || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'department.created',
      entity: 'department',
      entityId: row.id,
      regionCode: fullCode(county),
      detail: { kind: row.kind, name: row.name },
    });
    return departmentView({ ...row, county_name: null });
  });
}

export async function listDepartments(
  ctx: ServiceContext,
  filter: { county?: string; kind?: DepartmentKind; includeDisabled?: boolean } = {},
): Promise<DepartmentView[]> {
  requirePermission(ctx.actor, 'department.read');
  let q = scoped(ctx.db, ctx.actor);
  if (filter.county) q = q.where('department.county_code', '=', filter.county.slice(0, 6));
  if (filter.kind) q = q.where('department.kind', '=', filter.kind);
  if (!filter.includeDisabled) q = q.where('department.disabled', '=', false);
  const rows = await q.orderBy('department.county_code').orderBy('department.kind').orderBy('name').execute();
  return rows.map(departmentView);
}

export async function updateDepartment(
  ctx: ServiceContext,
  id: string,
  patch: { name?: string; contactPerson?: string | null; phone?: string | null; disabled?: boolean },
): Promise<DepartmentView> {
  requirePermission(ctx.actor, 'department.manage');
  const before = await findDepartment(ctx.db, ctx.actor, id);
  if (!actorCovers(ctx.actor, before.county_code)) throw notFound('部门');
  const name = patch.name !== undefined ? patch.name.trim() : before.name;
  if (!name) throw new InputError('请填写部门名称', { field: 'name' });
  return ctx.db.transaction().execute(async (trx) => {
    if (name !== before.name) {
      const taken = await trx
        .selectFrom('department')
        .select('id')
        .where('county_code', '=', before.county_code)
        .where('name', '=', name)
        .executeTakeFirst();
      if (taken) throw new AppError('conflict', `本县已有名为“${name}”的部门`, { field: 'name' });
    }
    const row = await trx
      .updateTable('department')
      .set({
        name,
        contact_person: patch.contactPerson !== undefined ? patch.contactPerson : before.contact_person,
        phone: patch.phone !== undefined ? patch.phone : before.phone,
        disabled: patch.disabled ?? before.disabled,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'department.updated',
      entity: 'department',
      entityId: id,
      regionCode: fullCode(row.county_code),
      changes: (['name', 'contact_person', 'phone', 'disabled'] as const)
        .filter((f) => before[f] !== row[f])
        .map((f) => ({ field: f, old: before[f], new: row[f] })),
    });
    return departmentView({ ...row, county_name: before.county_name });
  });
}

/**
 * The departments whose referrals, actions and shared lists the actor answers for: a department account
 * its own (while enabled); the county bureau the civil-affairs departments of its region; nobody else.
 */
export async function responderDepartmentIds(db: Kysely<DB>, actor: Actor): Promise<string[]> {
  // A department's system (API client) answers for its department; its token was checked this request.
  if (actor.client) return [actor.client.departmentId];
  if (actor.role === 'department') {
    if (!actor.id) return [];
    const row = await db
      .selectFrom('app_user')
      .innerJoin('department', 'department.id', 'app_user.department_id')
      .select('department.id')
      .where('app_user.id', '=', actor.id)
      .where('department.disabled', '=', false)
      .executeTakeFirst();
    return row ? [row.id] : [];
  }
  if (actor.role === 'civil_affairs' || actor.role === 'admin' || actor.role === 'system') {
    const rows = await scoped(db, actor)
      .where('department.kind', '=', 'civil_affairs')
      .where('department.disabled', '=', false)
      .execute();
    return rows.filter((r) => actorCovers(actor, r.county_code)).map((r) => r.id);
  }
  return [];
}
