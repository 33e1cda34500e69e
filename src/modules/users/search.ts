// 账号管理's search: the accounts of the actor's region filtered by role, township, village, status and
// whether they ever signed in (in SQL), and by a text that matches a name, a username or a phone number.
// Phones are sealed at rest (SM4, src/db/sealed-columns.ts) with no index a partial match could use, so the
// text is matched after the structured filters, on the opened values; a county has hundreds of accounts,
// not millions. The export (XLSX) takes the same filters, masks phones and never carries a password hash.
import { loadExcelJS } from '../../shared/xlsx/exceljs.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fullCode, isRegionCode, regionLevel, shortCode } from '../../domain/region-code.ts';
import { InputError } from '../../shared/errors.ts';
import {
  actorCovers,
  regionPrefix,
  type Actor,
  requirePermission,
  ROLE_NAMES,
  type Role,
} from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { userView, type UserView } from './service.ts';

export interface UserFilters {
  /** Part of a name or username, or of a phone number (digits). */
  q?: string;
  role?: Role;
  /** A township: its own accounts and those of its villages. */
  township?: string;
  village?: string;
  status?: 'enabled' | 'disabled';
  neverSignedIn?: boolean;
}

export interface UserPage {
  items: UserView[];
  total: number;
  page: number;
  pageSize: number;
}

function checkArea(actor: Actor, code: string | undefined, level: 'township' | 'village', field: string) {
  if (code === undefined) return undefined;
  if (!isRegionCode(code) || regionLevel(code) !== level)
    throw new InputError(level === 'township' ? '应为乡镇（街道）区划代码' : '应为村（社区）区划代码', {
      field,
    });
  if (!actorCovers(actor, fullCode(code))) throw new InputError(`区划 ${code} 不在您的管理范围内`, { field });
  return code;
}

/** The phone as an export shows it: the first three and last four digits. */
export function maskPhone(phone: string | null): string {
  if (!phone) return '';
  const digits = phone.replace(/\s+/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

function matches(user: UserView, q: string): boolean {
  const text = q.toLowerCase();
  if (user.displayName.toLowerCase().includes(text) || user.username.toLowerCase().includes(text))
    return true;
  const digits = q.replace(/[\s-]/g, '');
  return /^\d{3,}$/.test(digits) && (user.phone ?? '').replace(/[\s-]/g, '').includes(digits);
}

/** Every account of the actor's region that passes the filters, in the list's order. */
export async function searchUsers(
  db: Kysely<DB>,
  actor: Actor,
  filters: UserFilters,
  now: Date,
): Promise<UserView[]> {
  requirePermission(actor, 'user.read');
  const township = checkArea(actor, filters.township, 'township', 'township');
  const village = checkArea(actor, filters.village, 'village', 'village');
  let q = db
    .selectFrom('app_user')
    .leftJoin('region', 'region.code', 'app_user.region_code')
    .leftJoin('region as parent', (join) =>
      join.onRef('parent.code', '=', 'region.parent_code').on('region.level', '=', 'village'),
    )
    .leftJoin('department', 'department.id', 'app_user.department_id')
    .leftJoin('user_second_factor', 'user_second_factor.user_id', 'app_user.id')
    .selectAll('app_user')
    .select([
      'region.name as region_name',
      'parent.name as township_name',
      'department.name as department_name',
      'user_second_factor.enabled_at as second_factor_at',
    ])
    .where('app_user.region_code', 'like', `${regionPrefix(actor)}%`);
  if (filters.role) q = q.where('app_user.role', '=', filters.role);
  if (township) q = q.where('app_user.region_code', 'like', `${shortCode(township)}%`);
  if (village) q = q.where('app_user.region_code', '=', fullCode(village));
  if (filters.status) q = q.where('app_user.disabled', '=', filters.status === 'disabled');
  if (filters.neverSignedIn) q = q.where('app_user.last_login_at', 'is', null);
  const rows = await q.orderBy('app_user.region_code').orderBy('app_user.username').execute();
  const users = rows.map((r) => userView(r, now));
  const text = filters.q?.trim();
  return text ? users.filter((u) => matches(u, text)) : users;
}

export async function listUsersPage(
  db: Kysely<DB>,
  actor: Actor,
  filters: UserFilters & { page?: number; pageSize?: number },
  now: Date,
): Promise<UserPage> {
  const all = await searchUsers(db, actor, filters, now);
  // Without a page, the whole list (other pages pick an account from it).
  if (filters.page === undefined && filters.pageSize === undefined)
    return { items: all, total: all.length, page: 1, pageSize: all.length };
  const page = filters.page ?? 1;
  const pageSize = filters.pageSize ?? 50;
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
}

const HEADERS: [key: string, header: string, width: number][] = [
  ['username', '用户名', 18],
  ['displayName', '姓名', 12],
  ['roleName', '角色', 14],
  ['township', '乡镇（街道）', 16],
  ['region', '所属区划', 18],
  ['department', '所属部门', 20],
  ['phone', '联系电话', 14],
  ['status', '状态', 8],
  ['lastLogin', '最近登录', 20],
  ['created', '创建时间', 20],
];

/** A timestamp as China's wall clock, for a sheet read in the bureau. */
function chinaTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The filtered accounts as a workbook (phones masked, no password or hash), the export recorded. */
export async function exportUsers(
  db: Kysely<DB>,
  actor: Actor,
  filters: UserFilters,
  now: Date,
): Promise<{ buffer: Buffer; count: number }> {
  const users = await searchUsers(db, actor, filters, now);
  const workbook = new (await loadExcelJS()).Workbook();
  const sheet = workbook.addWorksheet('账号', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map(([key, header, width]) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const u of users)
    sheet.addRow({
      username: u.username,
      displayName: u.displayName,
      roleName: ROLE_NAMES[u.role],
      township: u.townshipName ?? '',
      region: u.regionName ?? u.regionCode,
      department: u.departmentName ?? '',
      phone: maskPhone(u.phone),
      status: u.disabled ? '已停用' : u.locked ? '已锁定' : '正常',
      lastLogin: u.lastLoginAt ? chinaTime(u.lastLoginAt) : '从未登录',
      created: chinaTime(u.createdAt),
    });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await recordAudit(db, actor, {
    action: 'user.exported',
    entity: 'user',
    regionCode: actor.regionCode || null,
    detail: {
      filters: Object.fromEntries(
        Object.entries({ ...filters, q: filters.q ? '（已填写）' : undefined }).filter(
          ([, v]) => v !== undefined,
        ),
      ),
      count: users.length,
    },
  });
  return { buffer, count: users.length };
}
