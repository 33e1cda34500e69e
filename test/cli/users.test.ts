// Runs the real `tonghu users …` commands on an embedded database in a temporary data directory (started
// from the migrated template: migrating a new folder is start.test's subject), and checks what they wrote
// by opening that database between commands.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import * as OTPAuth from 'otpauth';
import { login } from '../../src/modules/auth/login.ts';
import { beginEnrolment, confirmEnrolment } from '../../src/modules/auth/second-factor.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { dataDirFromTemplate } from '../helpers/db.ts';

const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'tonghu-users-')), 'data');
beforeAll(() => dataDirFromTemplate(dataDir), 180_000);

function tonghu(args: string[], env: Record<string, string> = {}) {
  return run(args, {
    env: { ...process.env, TONGHU_DATA_DIR: dataDir, DATABASE_URL: '', TONGHU_REGION: '', ...env },
  });
}

/** Opens the command's database in this process (only between commands: PGlite has one user at a time). */
async function withData<T>(
  fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

function printedPassword(stdout: string): string {
  const match = /(?:初始密码|新密码)：(\S+?)（/.exec(stdout);
  if (!match) throw new Error(`no password in: ${stdout}`);
  return match[1] as string;
}

// Each command starts Node, tsx and the embedded database: seconds apiece on a busy machine.
describe('tonghu users', { timeout: 180_000 }, () => {
  let adminPassword = '';

  it('adds an account with a generated password, printed once, that signs in', async () => {
    const res = await tonghu([
      'users',
      'add',
      '--username',
      'county-admin',
      '--name',
      '县管理员',
      '--role',
      'admin',
      '--region',
      '445281',
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('已新建账号 county-admin：县管理员，系统管理员，445281 普宁市');
    adminPassword = printedPassword(res.stdout);
    const signedIn = await withData((db) =>
      login(db, { username: 'county-admin', password: adminPassword, address: '127.0.0.1' }, new Date()),
    );
    expect(signedIn.user.role).toBe('admin');
    await withData(async (db) => {
      const row = await db
        .selectFrom('app_user')
        .selectAll()
        .where('username', '=', 'county-admin')
        .executeTakeFirstOrThrow();
      expect(row.region_code).toBe('445281000000');
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(adminPassword);
      const audit = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'user.created')
        .execute();
      expect(audit[0]).toMatchObject({ actor_id: null, actor_name: expect.stringMatching(/^命令行/) });
    });
  });

  it('adds an account with the given password and prints no password', async () => {
    const res = await tonghu([
      'users', 'add', '--username', 'wufu', '--name', '陈秀英', '--role', 'director',
      '--region', '445281102201', '--phone', '13800000000', '--password', 'Chigang2026a',
    ]); // prettier-ignore
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('已新建账号 wufu：陈秀英，儿童主任，445281102201 赤岗镇五福屿村委会');
    expect(res.stdout).not.toMatch(/初始密码|Chigang2026a/);
    // The password was issued by someone else: its owner must change it first (issue 15.3).
    expect(res.stdout).toContain('首次登录后须先修改密码');
    expect(
      (
        await withData((db) =>
          login(db, { username: 'wufu', password: 'Chigang2026a', address: '127.0.0.1' }, new Date()),
        )
      ).user.phone,
    ).toBe('13800000000');
  });

  it('exits 2 naming the field for each kind of bad input, and adds nothing', async () => {
    const cases: [string[], string, RegExp][] = [
      [['--role', 'mayor'], '--role', /mayor/],
      [['--region', '445281102'], '--region', /村级/],
      [['--region', '4452811022'], '--region', /区划代码/],
      [['--region', '445281102999'], '--region', /不存在/],
      [['--password', 'short'], '--password', /至少10位/],
      [['--username', 'wufu'], '--username', /已被使用/],
      [['--username', '张三'], '--username', /用户名/],
      [['--role', 'department', '--region', '445281'], '--department', /所属部门/],
    ];
    const before = await withData((db) => db.selectFrom('app_user').selectAll().execute());
    for (const [override, field, message] of cases) {
      const args: Record<string, string> = {
        '--username': 'someone-new',
        '--name': '新人',
        '--role': 'director',
        '--region': '445281102202',
        '--password': 'Someone2026',
      };
      for (let i = 0; i < override.length; i += 2) args[override[i] as string] = override[i + 1] as string;
      const res = await tonghu(['users', 'add', ...Object.entries(args).flat()]);
      expect(res.code, override.join(' ')).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(`字段 ${field}`);
      expect(res.stderr).toMatch(message);
    }
    expect(await withData((db) => db.selectFrom('app_user').selectAll().execute())).toEqual(before);
  });

  it('exits 2 when a required option is missing', async () => {
    const res = await tonghu([
      'users',
      'add',
      '--name',
      '无名',
      '--role',
      'director',
      '--region',
      '445281102201',
    ]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--username');
  });

  it('refuses a region outside TONGHU_REGION', async () => {
    const res = await tonghu(
      ['users', 'add', '--username', 'far-away', '--name', '外地', '--role', 'admin', '--region', '320115'],
      { TONGHU_REGION: '445281' },
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('字段 --region');
  });

  it('lists accounts as a readable table, for a region or all', async () => {
    await withData(async (db) => {
      // Failed logins are slowed, never a lock (issue 15.2): the list says only what an administrator did.
      for (let i = 0; i < 5; i++)
        await login(db, { username: 'wufu', password: 'Wrong0abcd', address: '127.0.0.1' }, new Date()).catch(
          () => undefined,
        );
      await db
        .updateTable('app_user')
        .set({ locked_until: new Date('9999-12-31T00:00:00Z') })
        .where('username', '=', 'wufu')
        .execute();
    });
    const all = await tonghu(['users', 'list']);
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^用户名\s+姓名\s+角色\s+区划代码\s+区划名称\s+状态\s+最近登录$/);
    expect(all.stdout).toMatch(
      /county-admin\s+县管理员\s+系统管理员\s+445281\s+普宁市\s+正常\s+\d{4}-\d\d-\d\d \d\d:\d\d/,
    );
    expect(all.stdout).toMatch(
      /wufu\s+陈秀英\s+儿童主任\s+445281102201\s+赤岗镇五福屿村委会\s+已锁定（管理员）\s+\d{4}-/,
    );
    expect(lines.at(-1)).toBe('共 2 个账号');

    const township = await tonghu(['users', 'list', '--region', '445281102']);
    expect(township.code).toBe(0);
    expect(township.stdout).toContain('wufu');
    expect(township.stdout).not.toContain('county-admin');
    expect((await tonghu(['users', 'list', '--region', '445281103'])).stdout.trim()).toBe('没有账号');
    expect((await tonghu(['users', 'list', '--region', 'x1'])).code).toBe(2);
  });

  it('reset-password prints a new password once, clears the lockout and ends the sessions', async () => {
    await withData(async (db) => {
      await login(
        db,
        { username: 'county-admin', password: adminPassword, address: '127.0.0.1' },
        new Date(),
      );
      const admin = await db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'county-admin')
        .executeTakeFirstOrThrow();
      expect(
        await db.selectFrom('user_session').select('user_id').where('user_id', '=', admin.id).execute(),
      ).toHaveLength(2);
    });
    const res = await tonghu(['users', 'reset-password', 'county-admin']);
    expect(res.code).toBe(0);
    const fresh = printedPassword(res.stdout);
    expect(fresh).not.toBe(adminPassword);
    await withData(async (db) => {
      const admin = await db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'county-admin')
        .executeTakeFirstOrThrow();
      expect(
        await db.selectFrom('user_session').select('user_id').where('user_id', '=', admin.id).execute(),
      ).toEqual([]);
      await expect(
        login(db, { username: 'county-admin', password: adminPassword, address: '127.0.0.1' }, new Date()),
      ).rejects.toThrow('用户名或密码错误');
      await login(db, { username: 'county-admin', password: fresh, address: '127.0.0.1' }, new Date());
    });

    const locked = await tonghu(['users', 'reset-password', 'wufu', '--password', 'Unlocked2026']);
    expect(locked.code).toBe(0);
    expect(locked.stdout).not.toContain('新密码');
    await withData((db) =>
      login(db, { username: 'wufu', password: 'Unlocked2026', address: '127.0.0.1' }, new Date()),
    );
  });

  it("reset-2fa removes a lost phone's second factor, recorded; a second time exits 2", async () => {
    await withData(async (db) => {
      const user = await db
        .selectFrom('app_user')
        .select(['id', 'username'])
        .where('username', '=', 'wufu')
        .executeTakeFirstOrThrow();
      const { secret } = await beginEnrolment(db, user, new Date());
      const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
      await confirmEnrolment(db, user.id, code, new Date());
      await expect(
        login(db, { username: 'wufu', password: 'Unlocked2026', address: '127.0.0.1' }, new Date()),
      ).rejects.toThrow('两步验证');
    });
    const res = await tonghu(['users', 'reset-2fa', 'wufu']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('已重置 wufu');
    await withData(async (db) => {
      await login(db, { username: 'wufu', password: 'Unlocked2026', address: '127.0.0.1' }, new Date());
      const audit = await db
        .selectFrom('audit_event')
        .select('action')
        .where('action', '=', 'auth.second_factor_reset')
        .execute();
      expect(audit).toHaveLength(1);
    });
    const again = await tonghu(['users', 'reset-2fa', 'wufu']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('未开启两步验证');
  });

  it('reset-password exits 2 for an unknown account and for a weak password', async () => {
    const unknown = await tonghu(['users', 'reset-password', 'nobody']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('账号 nobody 不存在');
    const weak = await tonghu(['users', 'reset-password', 'wufu', '--password', 'abc']);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('字段 --password');
  });
});
