// API clients (issue 22 pt 4): the county's civil-affairs staff create one for a department's system, with
// scopes and an expiry; the secret is returned once and kept only hashed. Creating and revoking are in the
// trail; what a client then does is recorded under its name like a person's actions.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addMonths, compareDates, isIsoDate, type IsoDate } from '../../domain/dates.ts';
import { fullCode, regionLevel } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, type Actor, isUuid, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { API_SCOPES, isApiScope, type ApiScope } from './scopes.ts';
import type { ApiClientStatus, ApiClientView } from './schemas.ts';
import { newSecret, secretHash, secretHint } from './secret.ts';

/** The longest a token may live: a department's system is re-issued a secret at least once a year. */
export const MAX_LIFETIME_MONTHS = 12;

export interface ApiClientContext {
  db: Kysely<DB>;
  actor: Actor;
  today: IsoDate;
}

export interface ApiClientInput {
  name: string;
  departmentId: string;
  scopes: string[];
  expiresOn: IsoDate;
}

export type { ApiClientStatus, ApiClientView };

/** Only the county's own bureau issues tokens for its departments (a city's staff would reach many). */
function requireCountyStaff(actor: Actor): string {
  requirePermission(actor, 'api_client.manage');
  if (actor.client || actor.regionCode === '' || regionLevel(actor.regionCode) !== 'county')
    throw new AppError('forbidden', '接口客户端由县级民政部门管理');
  return actor.regionCode.slice(0, 6);
}

export function statusOf(
  row: { revoked_at: Date | null; expires_on: string },
  today: IsoDate,
): ApiClientStatus {
  if (row.revoked_at) return 'revoked';
  return compareDates(row.expires_on, today) < 0 ? 'expired' : 'active';
}

function clientQuery(db: Kysely<DB>) {
  return db
    .selectFrom('api_client')
    .innerJoin('department', 'department.id', 'api_client.department_id')
    .selectAll('api_client')
    .select('department.name as department_name');
}

type ClientRow = Awaited<ReturnType<ReturnType<typeof clientQuery>['executeTakeFirstOrThrow']>>;

function view(row: ClientRow, today: IsoDate): ApiClientView {
  return {
    id: row.id,
    name: row.name,
    department: { id: row.department_id, name: row.department_name },
    scopes: row.scopes.filter(isApiScope),
    expiresOn: row.expires_on,
    secretHint: row.secret_prefix,
    status: statusOf(row, today),
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    revokedByName: row.revoked_by_name,
  };
}

function checkInput(input: ApiClientInput, today: IsoDate): { name: string; scopes: ApiScope[] } {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 60) throw new InputError('名称应为1至60个字', { field: 'name' });
  const scopes = [...new Set(input.scopes)];
  if (!scopes.length) throw new InputError('请至少选择一项权限范围', { field: 'scopes' });
  const unknown = scopes.find((s) => !isApiScope(s));
  if (unknown !== undefined)
    throw new InputError(`未知的权限范围“${unknown}”（可用：${API_SCOPES.join('、')}）`, {
      field: 'scopes',
    });
  // Answering shows the referral (its answer is the referral's detail): a system that answers reads them too.
  if (scopes.includes('referrals.answer') && !scopes.includes('referrals.read'))
    throw new InputError('授予 referrals.answer（答复报送）须同时授予 referrals.read（查看报送）', {
      field: 'scopes',
    });
  if (!isIsoDate(input.expiresOn)) throw new InputError('有效期至应为日期', { field: 'expiresOn' });
  if (compareDates(input.expiresOn, today) < 0)
    throw new InputError('有效期至不能早于今天', { field: 'expiresOn' });
  if (compareDates(input.expiresOn, addMonths(today, MAX_LIFETIME_MONTHS)) > 0)
    throw new InputError(`有效期最长${MAX_LIFETIME_MONTHS}个月`, { field: 'expiresOn' });
  return { name, scopes: scopes as ApiScope[] };
}

export async function createApiClient(
  ctx: ApiClientContext,
  input: ApiClientInput,
): Promise<{ client: ApiClientView; secret: string }> {
  const county = requireCountyStaff(ctx.actor);
  const { name, scopes } = checkInput(input, ctx.today);
  const department = isUuid(input.departmentId)
    ? await ctx.db
        .selectFrom('department')
        .select(['id', 'name', 'county_code', 'disabled'])
        .where('id', '=', input.departmentId)
        .executeTakeFirst()
    : undefined;
  if (!department || department.county_code !== county || !actorCovers(ctx.actor, department.county_code))
    throw new InputError('部门不存在或不在本县', { field: 'departmentId' });
  if (department.disabled) throw new InputError(`部门“${department.name}”已停用`, { field: 'departmentId' });

  const secret = newSecret();
  const id = await ctx.db.transaction().execute(async (trx) => {
    // Two live clients of one name would be one name in the trail for two systems.
    const clash = await trx
      .selectFrom('api_client')
      .select('id')
      .where('county_code', '=', county)
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .where('expires_on', '>=', ctx.today)
      .executeTakeFirst();
    if (clash) throw new AppError('conflict', `本县已有名为“${name}”的有效接口客户端`, { field: 'name' });
    const row = await trx
      .insertInto('api_client')
      .values({
        name,
        department_id: department.id,
        county_code: county,
        scopes,
        expires_on: input.expiresOn,
        secret_prefix: secretHint(secret),
        secret_hash: secretHash(secret),
        created_by: ctx.actor.id,
        created_by_name: ctx.actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'api_client.created',
      entity: 'api_client',
      entityId: row.id,
      regionCode: fullCode(county),
      detail: { name, departmentId: department.id, scopes, expiresOn: input.expiresOn },
    });
    return row.id;
  });
  return { client: await getApiClient(ctx, id), secret };
}

export async function getApiClient(ctx: ApiClientContext, id: string): Promise<ApiClientView> {
  const county = requireCountyStaff(ctx.actor);
  if (!isUuid(id)) throw notFound('接口客户端');
  const row = await clientQuery(ctx.db)
    .where('api_client.id', '=', id)
    .where('api_client.county_code', '=', county)
    .executeTakeFirst();
  if (!row) throw notFound('接口客户端');
  return view(row, ctx.today);
}

export async function listApiClients(ctx: ApiClientContext): Promise<{ items: ApiClientView[] }> {
  const county = requireCountyStaff(ctx.actor);
  const rows = await clientQuery(ctx.db)
    .where('api_client.county_code', '=', county)
    .orderBy(sql`api_client.revoked_at is not null`)
    .orderBy('api_client.created_at', 'desc')
    .orderBy('api_client.id')
    .execute();
  return { items: rows.map((r) => view(r, ctx.today)) };
}

/** Ends the client's access at once: every request resolves its token against this row. */
export async function revokeApiClient(ctx: ApiClientContext, id: string): Promise<ApiClientView> {
  const county = requireCountyStaff(ctx.actor);
  if (!isUuid(id)) throw notFound('接口客户端');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('api_client')
      .select(['id', 'name', 'revoked_at'])
      .where('id', '=', id)
      .where('county_code', '=', county)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('接口客户端');
    if (row.revoked_at) throw new AppError('conflict', '该接口客户端已吊销');
    await trx
      .updateTable('api_client')
      .set({ revoked_at: sql`now()`, revoked_by: ctx.actor.id, revoked_by_name: ctx.actor.name })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'api_client.revoked',
      entity: 'api_client',
      entityId: id,
      regionCode: fullCode(county),
      detail: { name: row.name },
    });
  });
  return getApiClient(ctx, id);
}
