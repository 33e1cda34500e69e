// `tonghu departments add|list|add-user`: the county's departments and their accounts.
import type { Command } from 'commander';
import { DEPARTMENT_KINDS, isDepartmentKind } from '../../domain/department-kinds.ts';
import { fullCode } from '../../domain/region-code.ts';
import { generatePassword } from '../../modules/auth/passwords.ts';
import { createDepartment, listDepartments } from '../../modules/departments/service.ts';
import { isUuid } from '../../modules/access/scope.ts';
import { createUser } from '../../modules/users/service.ts';
import { InputError } from '../../shared/errors.ts';
import { printJson } from '../io.ts';
import { withDatabase } from '../database.ts';
import { action } from '../run.ts';
import { checkFormat, checkRegion, cliContext, printTable } from './departments-shared.ts';

function checkKind(value: string | undefined) {
  if (value === undefined) return undefined;
  if (!isDepartmentKind(value))
    throw new InputError(`未知的部门类别 "${value}"（可用：${DEPARTMENT_KINDS.join(', ')}）`, {
      field: '--kind',
    });
  return value;
}

export function registerDepartments(program: Command): void {
  const departments = program
    .command('departments')
    .description('部门（教育、卫健、公安、团委、妇联、残联……）');

  departments
    .command('add')
    .description('登记部门')
    .requiredOption('--county <code>', '所在县（6位区划代码）')
    .requiredOption('--kind <kind>', `类别：${DEPARTMENT_KINDS.join(', ')}`)
    .requiredOption('--name <name>', '部门名称，如 普宁市教育局')
    .option('--contact <name>', '联系人')
    .option('--phone <phone>', '联系电话')
    .option('--format <format>', 'json 或 table')
    .action(
      action(
        'departments add',
        async (o: {
          county: string;
          kind: string;
          name: string;
          contact?: string;
          phone?: string;
          format?: string;
        }) => {
          const format = checkFormat(o.format);
          const kind = checkKind(o.kind)!;
          if (!/^\d{6}$/.test(o.county))
            throw new InputError(`--county 应为6位县级区划代码，实际 "${o.county}"`, { field: '--county' });
          await withDatabase(async (database, config) => {
            const ctx = cliContext(database, config);
            const created = await createDepartment(ctx, {
              countyCode: o.county,
              kind,
              name: o.name,
              contactPerson: o.contact ?? null,
              phone: o.phone ?? null,
            }).catch((error: unknown) => {
              // The service names its fields as the API does; here they are options.
              if (error instanceof InputError && error.at.field)
                throw new InputError(error.message, {
                  field: `--${error.at.field === 'countyCode' ? 'county' : error.at.field}`,
                });
              throw error;
            });
            if (format === 'json') printJson(created);
            else
              console.log(
                `已登记部门：${created.name}（${created.kindName}，${created.countyCode}），编号 ${created.id}`,
              );
          });
        },
      ),
    );

  departments
    .command('list')
    .description('列出部门')
    .option('--county <code>', '所在县（6位区划代码）')
    .option('--kind <kind>', '类别')
    .option('--all', '含已停用的')
    .option('--format <format>', 'json 或 table')
    .action(
      action(
        'departments list',
        async (o: { county?: string; kind?: string; all?: boolean; format?: string }) => {
          const format = checkFormat(o.format);
          const kind = checkKind(o.kind);
          checkRegion(o.county, '--county');
          await withDatabase(async (database, config) => {
            const items = await listDepartments(cliContext(database, config), {
              county: o.county,
              kind,
              includeDisabled: o.all === true,
            });
            if (format === 'json') return printJson({ items });
            printTable(
              ['编号', '县', '类别', '名称', '联系人', '电话', '状态'],
              items.map((d) => [
                d.id,
                d.countyCode,
                d.kindName,
                d.name,
                d.contactPerson,
                d.phone,
                d.disabled ? '停用' : '',
              ]),
            );
          });
        },
      ),
    );

  departments
    .command('add-user')
    .description('为部门开设账号（部门用户只能看到报送、通报给本部门的内容）')
    .requiredOption('--department <id|name>', '部门编号或名称')
    .requiredOption('--username <username>', '用户名')
    .requiredOption('--name <name>', '姓名')
    .option('--county <code>', '部门所在县（按名称查找且重名时）')
    .option('--phone <phone>', '电话')
    .option('--password <password>', '密码（不给时生成一个，只显示一次）')
    .action(
      action(
        'departments add-user',
        async (o: {
          department: string;
          username: string;
          name: string;
          county?: string;
          phone?: string;
          password?: string;
        }) => {
          await withDatabase(async (database, config) => {
            const ctx = cliContext(database, config);
            const all = await listDepartments(ctx, { county: o.county });
            const matches = isUuid(o.department)
              ? all.filter((d) => d.id === o.department)
              : all.filter((d) => d.name === o.department.trim());
            if (matches.length !== 1)
              throw new InputError(
                matches.length
                  ? `有多个名为“${o.department}”的部门，请用 --county 或部门编号`
                  : `找不到部门“${o.department}”`,
                { field: '--department' },
              );
            const department = matches[0]!;
            const password = o.password ?? generatePassword();
            const user = await createUser(
              database.db,
              ctx.actor,
              {
                username: o.username,
                displayName: o.name,
                role: 'department',
                regionCode: fullCode(department.countyCode),
                phone: o.phone ?? null,
                password,
                departmentId: department.id,
                mustChangePassword: true,
              },
              ctx.now,
            ).catch((error: unknown) => {
              if (error instanceof InputError && error.at.field)
                throw new InputError(error.message, {
                  field:
                    { displayName: '--name', username: '--username', password: '--password' }[
                      error.at.field
                    ] ?? error.at.field,
                });
              throw error;
            });
            console.log(`已为“${department.name}”开设账号 ${user.username}（${user.displayName}）`);
            if (!o.password) console.log(`初始密码（只显示这一次）：${password}`);
            console.log('首次登录后须先修改密码。');
          });
        },
      ),
    );
}
