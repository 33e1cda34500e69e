// A department account must name its department (and live in that department's county); no other account
// may name one. Called by the users service when an account is created or its role changes.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fullCode } from '../../domain/region-code.ts';
import { InputError } from '../../shared/errors.ts';
import { actorCovers, type Actor, isUuid } from '../access/index.ts';

export async function checkUserDepartment(
  db: Kysely<DB>,
  actor: Actor,
  user: { role: string; regionCode: string; departmentId?: string | null },
): Promise<string | null> {
  if (user.role !== 'department') {
    if (user.departmentId) throw new InputError('只有部门用户可以指定所属部门', { field: 'departmentId' });
    return null;
  }
  if (!user.departmentId)
    throw new InputError('请选择所属部门：部门用户须指定所属部门', { field: 'departmentId' });
  const department = isUuid(user.departmentId)
    ? await db
        .selectFrom('department')
        .select(['id', 'county_code', 'name', 'disabled'])
        .where('id', '=', user.departmentId)
        .executeTakeFirst()
    : undefined;
  if (!department || !actorCovers(actor, department.county_code))
    throw new InputError('所属部门不存在或不在您的管理范围内', { field: 'departmentId' });
  if (department.disabled) throw new InputError(`部门“${department.name}”已停用`, { field: 'departmentId' });
  if (user.regionCode !== fullCode(department.county_code))
    throw new InputError(
      `部门用户的区划应为所属部门所在县 ${department.county_code}，实际 ${user.regionCode}`,
      { field: 'regionCode' },
    );
  return department.id;
}
