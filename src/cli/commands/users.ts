// `tonghu users add|list|reset-password`: accounts from the bureau's server, e.g. the first administrator
// of a new deployment, or a password reset when nobody can sign in. The CLI acts as the system within
// TONGHU_REGION (or the whole country when it is not set).
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fullCode, isRegionCode, isUnder, shortCode } from '../../domain/region-code.ts';
import { systemActor, type Actor } from '../../modules/access/actor.ts';
import { isRole, ROLE_NAMES, ROLES } from '../../modules/access/roles.ts';
import { generatePassword } from '../../modules/auth/passwords.ts';
import {
  createUser,
  findUserByUsername,
  listUsers,
  resetPassword,
  resetSecondFactor,
  type UserView,
} from '../../modules/users/service.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import type { Config } from '../../config.ts';
import { localCommand, runCommand, whoRuns } from '../local-server.ts';
import { action } from '../run.ts';
import { formatTable } from '../table.ts';

/** The service's field names as the options a person typed. */
const OPTION_OF: Record<string, string> = {
  username: '--username',
  displayName: '--name',
  role: '--role',
  regionCode: '--region',
  phone: '--phone',
  password: '--password',
  departmentId: '--department',
};

function cliActor(config: Config, who: string = whoRuns()): Actor {
  return systemActor(`命令行（${who}）`, config.region ? fullCode(config.region) : '');
}

interface AddOptions {
  username: string;
  name: string;
  role: string;
  region: string;
  phone?: string;
  password?: string;
  department?: string;
}

/** `users add` itself: here, or in the server that holds the data folder. */
localCommand('users add', {
  open: 'configured',
  body: async (database, config, io, args) => {
    const o = args as unknown as AddOptions;
    if (!isRole(o.role))
      throw new InputError(`未知角色 "${o.role}"，可用：${ROLES.join('、')}`, { field: '--role' });
    const role = o.role;
    const regionCode = await regionOption(database.db, config, o.region);
    const generated = o.password ? null : generatePassword();
    const user = await asCommand(() =>
      createUser(database.db, cliActor(config, io.who), {
        username: o.username.trim(),
        displayName: o.name,
        role,
        regionCode,
        phone: o.phone?.trim() || null,
        password: o.password ?? (generated as string),
        departmentId: o.department ?? null,
        mustChangePassword: true,
      }),
    );
    const label = (await regionLabels(database.db, [user.regionCode])).get(user.regionCode);
    io.out(
      `已新建账号 ${user.username}：${user.displayName}，${user.roleName}，${shortCode(user.regionCode)} ${label ?? ''}`,
    );
    if (generated) io.out(`初始密码：${generated}（只显示这一次，请当面或当事人本人电话转交）`);
    io.out('首次登录后须先修改密码。');
  },
});

/** `users list` itself (read only, but the served folder cannot be read by another process either). */
localCommand('users list', {
  open: 'configured',
  body: async (database, config, io, args) => {
    let actor = cliActor(config, io.who);
    if (typeof args.region === 'string') {
      const code = await regionOption(database.db, config, args.region);
      actor = { ...actor, regionCode: code };
    }
    const found = await listUsers(database.db, actor, new Date());
    printUsers(found, await regionLabels(database.db, [...new Set(found.map((u) => u.regionCode))]), io.out);
  },
});

/** `users reset-password` itself. */
localCommand('users reset-password', {
  open: 'configured',
  body: async (database, config, io, args) => {
    const username = String(args.username);
    const password = typeof args.password === 'string' ? args.password : undefined;
    const actor = cliActor(config, io.who);
    const user = await findUserByUsername(database.db, actor, username.trim());
    const generated = password ? null : generatePassword();
    await asCommand(() => resetPassword(database.db, actor, user.id, password ?? (generated as string)));
    io.out(`已重置 ${user.username}（${user.display_name}）的密码，已解除锁定并结束其所有登录`);
    if (generated) io.out(`新密码：${generated}（只显示这一次）`);
    io.out('下次登录后须先修改密码。');
  },
});

/** `users reset-2fa` itself: through the running server when one holds the data folder. */
localCommand('users reset-2fa', {
  open: 'configured',
  body: async (database, config, io, args) => {
    const actor = cliActor(config, io.who);
    const user = await findUserByUsername(database.db, actor, String(args.username).trim());
    await asCommand(() => resetSecondFactor(database.db, actor, user.id, new Date()));
    io.out(`已重置 ${user.username}（${user.display_name}）的两步验证，并结束其所有登录`);
  },
});

/** Service errors named by option, and a taken username as bad input (exit 2) rather than a failure. */
async function asCommand<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(error.message, {
        ...error.at,
        field: OPTION_OF[error.at.field ?? ''] ?? error.at.field,
      });
    if (error instanceof AppError && error.code === 'conflict') {
      const field = String(error.details?.field ?? '');
      throw new InputError(error.message, { field: OPTION_OF[field] ?? field });
    }
    throw error;
  }
}

/** Checks a region option and loads its county (or wider scope) when the deployment has not yet. */
async function regionOption(db: Kysely<DB>, config: Config, code: string): Promise<string> {
  if (!isRegionCode(code))
    throw new InputError(`区划代码应为2、4、6、9或12位数字，实际 "${code}"`, { field: '--region' });
  if (config.region && !isUnder(code, config.region))
    throw new InputError(`区划 ${code} 不在本系统的区划 ${config.region}（TONGHU_REGION）之内`, {
      field: '--region',
    });
  await ensureRegions(db, shortCode(code).slice(0, 6));
  return fullCode(code);
}

/** "赤岗镇五福屿村委会": the names from the township down (or the region's own name above a county). */
async function regionLabels(db: Kysely<DB>, codes: readonly string[]): Promise<Map<string, string>> {
  const chains = new Map(
    codes.map((code) => {
      const short = shortCode(code);
      const parts =
        short.length > 6 ? [short.slice(0, 9), short].filter((c, i, a) => a.indexOf(c) === i) : [short];
      return [code, parts.map(fullCode)];
    }),
  );
  const wanted = [...new Set([...chains.values()].flat())];
  const rows = wanted.length
    ? await db.selectFrom('region').select(['code', 'name']).where('code', 'in', wanted).execute()
    : [];
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return new Map([...chains].map(([code, chain]) => [code, chain.map((c) => names.get(c) ?? '?').join('')]));
}

const CHINA_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function state(user: UserView): string {
  if (user.disabled) return '已停用';
  if (user.locked && user.lockedUntil)
    return user.lockedUntil.startsWith('9999')
      ? '已锁定（管理员）'
      : `已锁定至 ${CHINA_TIME.format(new Date(user.lockedUntil)).slice(11)}`;
  return '正常';
}

export function printUsers(
  users: readonly UserView[],
  labels: Map<string, string>,
  out: (line: string) => void = (line) => console.log(line),
): void {
  if (!users.length) {
    out('没有账号');
    return;
  }
  out(
    formatTable(
      ['用户名', '姓名', '角色', '区划代码', '区划名称', '状态', '最近登录'],
      users.map((u) => [
        u.username,
        u.displayName,
        u.roleName,
        shortCode(u.regionCode),
        labels.get(u.regionCode) ?? u.regionName ?? '',
        state(u),
        u.lastLoginAt ? CHINA_TIME.format(new Date(u.lastLoginAt)) : '从未登录',
      ]),
    ),
  );
  out(`共 ${users.length} 个账号`);
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('账号管理：新建账号、账号列表、重置密码、重置两步验证');

  users
    .command('add')
    .description('新建账号；不给 --password 时生成一个，只显示这一次')
    .requiredOption('--username <username>', '用户名（字母、数字和 _ . @ -，2–64位）')
    .requiredOption('--name <name>', '姓名')
    .requiredOption('--role <role>', `角色：${ROLES.map((r) => `${r}（${ROLE_NAMES[r]}）`).join('、')}`)
    .requiredOption('--region <code>', '绑定的区划：儿童主任为村级，督导员为乡级，其他角色为县级及以上')
    .option('--phone <phone>', '联系电话')
    .option(
      '--password <password>',
      '密码（至少10位，含小写字母、大写字母、数字、符号中的三类；首次登录须修改）',
    )
    .option('--department <id>', '部门用户所属部门的编号（见 tonghu departments list）')
    .action(action('users add', (o: AddOptions) => runCommand('users add', { ...o })));

  users
    .command('list')
    .description('账号列表：用户名、姓名、角色、区划、状态、最近登录')
    .option('--region <code>', '只列出该区划及其下级的账号')
    .action(action('users list', (o: { region?: string }) => runCommand('users list', { ...o })));

  users
    .command('reset-password')
    .description('重置密码：解除锁定并结束该账号的所有登录；不给 --password 时生成一个，只显示这一次')
    .argument('<username>', '用户名')
    .option('--password <password>', '新密码（至少10位，含小写字母、大写字母、数字、符号中的三类）')
    .action(
      action('users reset-password', (username: string, o: { password?: string }) =>
        runCommand('users reset-password', { username, ...o }),
      ),
    );

  users
    .command('reset-2fa')
    .description(
      '重置两步验证（手机丢失时）：删除其验证器密钥和恢复码并结束其所有登录；其凭密码登录后重新绑定',
    )
    .argument('<username>', '用户名')
    .action(action('users reset-2fa', (username: string) => runCommand('users reset-2fa', { username })));
}
