// Accounts: each bound to one role and one region. Administrators manage accounts under their own region;
// the system (the CLI on the bureau's server) may manage any.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fullCode, isRegionCode, regionLevel, REGION_LEVEL_NAMES } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import {
  actorCovers,
  regionPrefix,
  type Actor,
  type Permission,
  requirePermission,
  ADMIN_ROLES,
  ROLE_NAMES,
  ROLE_REGION_LEVELS,
  type Role,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import {
  forgetAccountFailures,
  checkPasswordStrength,
  hashPassword,
  removeSecondFactor,
  endUserSessions,
} from '../auth/index.ts';
import { checkUserDepartment } from '../departments/index.ts';
import type { UserView } from './schemas.ts';

export type { UserView };

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  phone?: string | null;
  password: string;
  /** Required for role 'department', refused for any other role. */
  departmentId?: string | null;
  /**
   * The password is issued by someone else (an administrator, the CLI) and must be changed at the first
   * sign-in. The API and the CLI set it; a caller that leaves it out creates an account ready to use.
   */
  mustChangePassword?: boolean;
}

async function checkRegion(db: Kysely<DB>, actor: Actor, role: Role, code: string): Promise<string> {
  if (!isRegionCode(code)) throw new InputError(`区划代码无效："${code}"`, { field: 'regionCode' });
  const level = regionLevel(code);
  if (!ROLE_REGION_LEVELS[role].includes(level))
    throw new InputError(
      `${ROLE_NAMES[role]}应绑定到${ROLE_REGION_LEVELS[role].map((l) => REGION_LEVEL_NAMES[l]).join('或')}区划，${code} 是${REGION_LEVEL_NAMES[level]}`,
      { field: 'regionCode' },
    );
  const full = fullCode(code);
  const region = await db.selectFrom('region').select('code').where('code', '=', full).executeTakeFirst();
  if (!region) throw new InputError(`区划 ${code} 不存在或未载入`, { field: 'regionCode' });
  if (!actorCovers(actor, full))
    throw new InputError(`区划 ${code} 不在您的管理范围内`, { field: 'regionCode' });
  return full;
}

export function userView(
  row: {
    id: string;
    username: string;
    display_name: string;
    role: Role;
    region_code: string;
    region_name?: string | null;
    phone: string | null;
    disabled: boolean;
    locked_until: Date | null;
    last_login_at: Date | null;
    created_at: Date;
    department_id?: string | null;
    township_name?: string | null;
    department_name?: string | null;
    second_factor_at?: Date | null;
  },
  now: Date,
): UserView {
  const lockedUntil = row.locked_until ? new Date(row.locked_until) : null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    roleName: ROLE_NAMES[row.role],
    regionCode: row.region_code,
    regionName: row.region_name ?? null,
    phone: row.phone,
    disabled: row.disabled,
    locked: lockedUntil !== null && lockedUntil > now,
    lockedUntil: lockedUntil ? lockedUntil.toISOString() : null,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    departmentId: row.department_id ?? null,
    townshipName: row.township_name ?? null,
    departmentName: row.department_name ?? null,
    secondFactorEnabled: Boolean(row.second_factor_at),
  };
}

/** The row's region (and a village's township) and department names, for the views returned by changes. */
async function named<T extends { id: string; region_code: string; department_id?: string | null }>(
  db: Kysely<DB>,
  row: T,
) {
  const region = await db
    .selectFrom('region')
    .leftJoin('region as parent', (join) =>
      join.onRef('parent.code', '=', 'region.parent_code').on('region.level', '=', 'village'),
    )
    .select(['region.name', 'parent.name as township_name'])
    .where('region.code', '=', row.region_code)
    .executeTakeFirst();
  const department = row.department_id
    ? await db.selectFrom('department').select('name').where('id', '=', row.department_id).executeTakeFirst()
    : undefined;
  const factor = await db
    .selectFrom('user_second_factor')
    .select('enabled_at')
    .where('user_id', '=', row.id)
    .executeTakeFirst();
  return {
    ...row,
    region_name: region?.name ?? null,
    township_name: region?.township_name ?? null,
    department_name: department?.name ?? null,
    second_factor_at: factor?.enabled_at ?? null,
  };
}

export async function createUser(
  db: Kysely<DB>,
  actor: Actor,
  input: NewUser,
  now = new Date(),
): Promise<UserView> {
  requirePermission(actor, 'user.manage');
  // 三员分立: the three administrators' accounts are made on the server, never by one of them.
  if (ADMIN_ROLES.includes(input.role) && actor.role !== 'system')
    throw new AppError(
      'forbidden',
      '系统管理员、安全管理员、审计管理员账号只能在服务器上用命令行创建（三员分立）',
    );
  if (!/^[A-Za-z0-9_.@-]{2,64}$/.test(input.username))
    throw new InputError('用户名只能由字母、数字和 _ . @ - 组成（2–64位）', { field: 'username' });
  if (!input.displayName.trim()) throw new InputError('请填写姓名', { field: 'displayName' });
  checkPasswordStrength(input.password, 'password', input.username);
  const regionCode = await checkRegion(db, actor, input.role, input.regionCode);
  const departmentId = await checkUserDepartment(db, actor, { ...input, regionCode });
  const existing = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (existing) throw new AppError('conflict', `用户名 ${input.username} 已被使用`, { field: 'username' });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('app_user')
      .values({
        username: input.username,
        display_name: input.displayName.trim(),
        role: input.role,
        region_code: regionCode,
        phone: input.phone ?? null,
        password_hash: passwordHash,
        department_id: departmentId,
        must_change_password: input.mustChangePassword ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'user.created',
      entity: 'user',
      entityId: row.id,
      regionCode,
      detail: { username: row.username, role: row.role },
    });
    return userView(await named(trx, row), now);
  });
}

/** The accounts under the actor's region. */
export async function listUsers(db: Kysely<DB>, actor: Actor, now = new Date()): Promise<UserView[]> {
  requirePermission(actor, 'user.read');
  const rows = await db
    .selectFrom('app_user')
    .leftJoin('region', 'region.code', 'app_user.region_code')
    .leftJoin('user_second_factor', 'user_second_factor.user_id', 'app_user.id')
    .selectAll('app_user')
    .select(['region.name as region_name', 'user_second_factor.enabled_at as second_factor_at'])
    .where('app_user.region_code', 'like', `${regionPrefix(actor)}%`)
    .orderBy('app_user.region_code')
    .orderBy('app_user.username')
    .execute();
  return rows.map((r) => userView(r, now));
}

async function managedUser(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  permission: Permission = 'user.manage',
) {
  requirePermission(actor, permission);
  const row = await db.selectFrom('app_user').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row || !actorCovers(actor, row.region_code)) throw notFound('账号');
  return row;
}

export async function findUserByUsername(db: Kysely<DB>, actor: Actor, username: string) {
  requirePermission(actor, 'user.manage');
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) throw notFound(`账号 ${username} `);
  return managedUser(db, actor, row.id);
}

/** 三员分立: who may change what of an account (see ADMIN_ROLES). */
function checkUserPatch(
  actor: Actor,
  before: { id: string; role: Role },
  patch: { role?: Role; regionCode?: string; departmentId?: string | null },
): void {
  const { role, regionCode, departmentId, ...details } = patch;
  if (Object.values(details).some((v) => v !== undefined)) requirePermission(actor, 'user.manage');
  if (role === undefined || role === before.role) {
    // A region or department without a new role: the account's binding, the system administrator's.
    if (regionCode !== undefined || departmentId !== undefined) requirePermission(actor, 'user.manage');
    return;
  }
  // A new role, with the region and department it is bound to: the security administrator's.
  requirePermission(actor, 'user.role');
  if (actor.id === before.id) throw new AppError('forbidden', '不能修改本人的角色');
  if (ADMIN_ROLES.includes(role) || ADMIN_ROLES.includes(before.role))
    throw new AppError(
      'forbidden',
      '系统管理员、安全管理员、审计管理员账号只能在服务器上用命令行设置（三员分立）',
    );
}

export async function updateUser(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  patch: {
    displayName?: string;
    role?: Role;
    regionCode?: string;
    phone?: string | null;
    disabled?: boolean;
    departmentId?: string | null;
  },
  now = new Date(),
): Promise<UserView> {
  const before = await managedUser(db, actor, userId, 'user.update');
  checkUserPatch(actor, before, patch);
  const role = patch.role ?? before.role;
  const regionCode =
    patch.regionCode !== undefined || patch.role !== undefined
      ? await checkRegion(db, actor, role, patch.regionCode ?? before.region_code)
      : before.region_code;
  const departmentId = await checkUserDepartment(db, actor, {
    role,
    regionCode,
    departmentId:
      patch.departmentId !== undefined
        ? patch.departmentId
        : role === before.role
          ? before.department_id
          : null,
  });
  if (patch.displayName !== undefined && !patch.displayName.trim())
    throw new InputError('请填写姓名', { field: 'displayName' });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('app_user')
      .set({
        display_name: patch.displayName?.trim() ?? before.display_name,
        role,
        region_code: regionCode,
        phone: patch.phone !== undefined ? patch.phone : before.phone,
        disabled: patch.disabled ?? before.disabled,
        department_id: departmentId,
      })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // A new role, region or a disabled account takes effect at once: its sessions end.
    if (
      row.role !== before.role ||
      row.region_code !== before.region_code ||
      row.department_id !== before.department_id ||
      row.disabled
    )
      await endUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: 'user.updated',
      entity: 'user',
      entityId: userId,
      regionCode: row.region_code,
      changes: [
        ['display_name', before.display_name, row.display_name],
        ['role', before.role, row.role],
        ['region_code', before.region_code, row.region_code],
        ['phone', before.phone, row.phone],
        ['disabled', before.disabled, row.disabled],
        ['department_id', before.department_id, row.department_id],
      ]
        .filter(([, a, b]) => a !== b)
        .map(([field, old, next]) => ({ field: field as string, old, new: next })),
    });
    return userView(await named(trx, row), now);
  });
}

/** Sets a new password, to be changed at the next sign-in, lifts a lock and ends the account's sessions. */
export async function resetPassword(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  password: string,
): Promise<void> {
  const user = await managedUser(db, actor, userId);
  checkPasswordStrength(password, 'password', user.username);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: true, failed_logins: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
    await endUserSessions(trx, userId);
    await forgetAccountFailures(trx, user.username);
    await recordAudit(trx, actor, { action: 'user.password_reset', entity: 'user', entityId: userId });
  });
}

/**
 * Removes the second factor of a person who lost the phone (the system or the security administrator; never
 * one's own, which is disabled with password and code). Their sessions end; they sign in with the password and
 * enrol again. Audited as auth.second_factor_reset.
 */
export async function resetSecondFactor(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  now = new Date(),
): Promise<UserView> {
  const user = await managedUser(db, actor, userId, 'user.second_factor.reset');
  if (user.id === actor.id)
    throw new AppError('forbidden', '不能重置本人的两步验证，请在“账号安全”中用密码和验证码停用');
  return db.transaction().execute(async (trx) => {
    if (!(await removeSecondFactor(trx, userId))) throw new AppError('conflict', '该账号未开启两步验证');
    await endUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: 'auth.second_factor_reset',
      entity: 'user',
      entityId: userId,
      regionCode: user.region_code,
      detail: { username: user.username },
    });
    return userView(await named(trx, user), now);
  });
}

/** Locks an account until unlocked (or unlocks it), ending its sessions. */
export async function setLocked(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
  locked: boolean,
  now = new Date(),
): Promise<UserView> {
  await managedUser(db, actor, userId, locked ? 'user.manage' : 'user.unlock');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('app_user')
      .set({ locked_until: locked ? new Date('9999-12-31T00:00:00Z') : null, failed_logins: 0 })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (locked) await endUserSessions(trx, userId);
    await recordAudit(trx, actor, {
      action: locked ? 'user.locked' : 'user.unlocked',
      entity: 'user',
      entityId: userId,
    });
    return userView(await named(trx, row), now);
  });
}
