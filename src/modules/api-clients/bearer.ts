// A request carrying `Authorization: Bearer thk_…` acts as the API client the secret belongs to: role
// 'department' in its department's county, limited to what its scopes grant. Every request looks the secret
// up again, so revoking a client, its expiry or its department being disabled ends its access at once.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { compareDates, type IsoDate } from '../../domain/dates.ts';
import { fullCode } from '../../domain/region-code.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { grantsOf } from './scopes.ts';
import { looksLikeSecret, secretHash } from './secret.ts';

/** last_used_at is for the county's list, not a log: written at most once a minute per client. */
const LAST_USED_GRANULARITY_MS = 60_000;

function refused(message: string, reason: string): AppError {
  return new AppError('unauthenticated', message, { reason });
}

export async function resolveBearer(
  db: Kysely<DB>,
  secret: string,
  now: Date,
  today: IsoDate,
): Promise<Actor> {
  if (!looksLikeSecret(secret)) throw refused('访问令牌无效', 'invalid_token');
  const row = await db
    .selectFrom('api_client')
    .innerJoin('department', 'department.id', 'api_client.department_id')
    .select([
      'api_client.id',
      'api_client.name',
      'api_client.department_id',
      'api_client.county_code',
      'api_client.scopes',
      'api_client.expires_on',
      'api_client.revoked_at',
      'api_client.last_used_at',
      'department.disabled',
    ])
    .where('api_client.secret_hash', '=', secretHash(secret))
    .executeTakeFirst();
  if (!row) throw refused('访问令牌无效', 'invalid_token');
  const actor: Actor = {
    id: null,
    name: row.name,
    role: 'department',
    regionCode: fullCode(row.county_code),
    client: {
      id: row.id,
      departmentId: row.department_id,
      scopes: row.scopes,
      grants: grantsOf(row.scopes),
    },
  };
  const refusal = row.revoked_at
    ? refused('访问令牌已被吊销', 'revoked')
    : compareDates(row.expires_on, today) < 0
      ? refused(`访问令牌已于 ${row.expires_on} 过期`, 'expired')
      : row.disabled
        ? refused('访问令牌所属部门已停用', 'department_disabled')
        : null;
  if (refusal) {
    // A real token used after its end is worth a line in the trail (a forgotten system, or a leaked secret);
    // an unknown one is not: anyone can make those up.
    await recordAudit(db, actor, {
      action: 'auth.token_refused',
      entity: 'api_client',
      entityId: row.id,
      regionCode: actor.regionCode,
      detail: { reason: refusal.details?.reason },
    });
    throw refusal;
  }
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= LAST_USED_GRANULARITY_MS)
    await db.updateTable('api_client').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return actor;
}
