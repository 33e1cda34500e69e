// Who may take part in a child's case conference and own its actions: the departments of the child's county,
// and people whose work reaches the child (a field worker of its region, or a department account of its
// county).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isUnder } from '../../domain/region-code.ts';
import { InputError } from '../../shared/errors.ts';
import { isUuid } from '../access/index.ts';

export async function checkDepartment(
  db: Kysely<DB>,
  countyCode: string,
  id: string,
  field: string,
): Promise<{ id: string; name: string }> {
  const row = isUuid(id)
    ? await db
        .selectFrom('department')
        .select(['id', 'name', 'county_code', 'disabled'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!row || row.county_code !== countyCode) throw new InputError('部门不存在或不属于儿童所在县', { field });
  if (row.disabled) throw new InputError(`部门“${row.name}”已停用`, { field });
  return row;
}

export async function checkOwnerUser(
  db: Kysely<DB>,
  child: { village_code: string; county_code: string },
  id: string,
  field: string,
): Promise<{ id: string; name: string }> {
  const user = isUuid(id)
    ? await db
        .selectFrom('app_user')
        .leftJoin('department', 'department.id', 'app_user.department_id')
        .select([
          'app_user.id',
          'app_user.display_name',
          'app_user.role',
          'app_user.region_code',
          'app_user.disabled',
          'department.county_code as department_county',
        ])
        .where('app_user.id', '=', id)
        .executeTakeFirst()
    : undefined;
  if (!user || user.disabled) throw new InputError('责任人账号不存在或已停用', { field });
  const reaches =
    user.role === 'department'
      ? user.department_county === child.county_code
      : isUnder(child.village_code, user.region_code);
  if (!reaches) throw new InputError(`“${user.display_name}”的辖区不含该儿童，不能作为责任人`, { field });
  return { id: user.id, name: user.display_name };
}
