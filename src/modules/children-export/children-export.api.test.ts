// GET /api/v1/children/export.xlsx against the real database: the exported rows are exactly the list's
// under the same filters and scope, ID numbers masked unless the role may and asks, and each export audited.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';

let t: TestApp;
const MIGRANT = { statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };

async function register(as: string, name: string, seq: number, villageCode: string, conditions: string[]) {
  const res = await t.call(as, {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name,
      idNumber: idNumberFor('2014-05-06', seq),
      hukouType: 'rural',
      villageCode,
      parents: [
        { relation: 'father', ...MIGRANT },
        { relation: 'mother', ...MIGRANT },
      ],
      conditions,
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
}

beforeAll(async () => {
  t = await createTestApp();
  await register('director', '红一', 1, PUNING.village, ['harm.suspected']);
  await register('director', '红二', 2, PUNING.village, ['self_harm']);
  await register('director', '黄一', 3, PUNING.village, ['school.dropout_suspected']);
  await register('director', '绿一', 4, PUNING.village, []);
  await register('neighbour', '西林红', 5, PUNING.neighbour, ['guardianship.absent']);
});
afterAll(() => t.close());

async function sheetOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  // Row 1 is the watermark (who, when, purpose), row 2 the header.
  return {
    name: sheet.name,
    mark: String(rows[0]![0]),
    headerFooter: sheet.headerFooter,
    header: rows[1] as string[],
    rows: rows.slice(2),
  };
}

const exportAs = (as: string | null, query = '') =>
  t.call(as, { method: 'GET', url: `/api/v1/children/export.xlsx${query}` });

describe('GET /api/v1/children/export.xlsx', () => {
  it('answers 401 without a session and 403 for a department user', async () => {
    expect((await exportAs(null)).statusCode).toBe(401);
    const res = await exportAs('department');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('exports the red children of the county, the same ones the list shows, ID numbers masked', async () => {
    const res = await exportAs('staff', '?level=red&sort=name');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('children-2026-11-23.xlsx');
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.name).toBe('儿童名册');
    expect(sheet.header.slice(0, 4)).toEqual(['序号', '姓名', '性别', '身份证号码']);
    const list = (
      await t.call('staff', { method: 'GET', url: '/api/v1/children?level=red&sort=name' })
    ).json();
    const col = (name: string) => sheet.header.indexOf(name);
    expect(sheet.rows.map((r) => r[col('姓名')])).toEqual(list.items.map((c: { name: string }) => c.name));
    expect(sheet.rows).toHaveLength(3);
    for (const row of sheet.rows) {
      expect(row[col('身份证号码')]).toMatch(/^445281\*{12}$/);
      expect(row[col('风险等级')]).toBe('高风险（红色）');
      // Harm and an absent guardian are among the national classes of type 6 (其他, DOMAIN.md §1); self-harm
      // is a risk factor only: it grades a left-behind child, it makes no child in difficulty.
      const other = row[col('姓名')] !== '红二';
      expect(row[col('服务类别')]).toBe(other ? '农村留守儿童、困境儿童' : '农村留守儿童');
      expect(row[col('困境类型')] ?? '').toBe(other ? '其他困境儿童' : '');
    }
    expect(sheet.rows.map((r) => r[col('村（社区）')])).toContain('西林村委会');
  });

  it('keeps a director to their own village, whatever region they ask for', async () => {
    const mine = await sheetOf((await exportAs('director')).rawPayload);
    expect(mine.rows.map((r) => r[1]).sort()).toEqual(['红一', '红二', '绿一', '黄一'].sort());
    const asked = await sheetOf((await exportAs('director', `?region=${PUNING.neighbour}`)).rawPayload);
    expect(asked.rows).toHaveLength(0);
  });

  it('gives full ID numbers only to a role that may export them, with a stated purpose, watermarked', async () => {
    const forbidden = await exportAs('director', '?fullIdNumber=true&purpose=核对');
    expect(forbidden.statusCode).toBe(403);
    const noPurpose = await exportAs('staff', '?fullIdNumber=true&q=红一');
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.field).toBe('purpose');
    const purpose = encodeURIComponent('报送县公安局核对户籍');
    const full = await sheetOf(
      (await exportAs('staff', `?fullIdNumber=true&q=红一&purpose=${purpose}`)).rawPayload,
    );
    expect(full.rows).toHaveLength(1);
    expect(full.rows[0]![3]).toBe(idNumberFor('2014-05-06', 1));
    for (const text of [full.mark, full.headerFooter.oddHeader, full.headerFooter.oddFooter]) {
      expect(text).toContain('导出人：民政局李科员');
      expect(text).toContain('用途：报送县公安局核对户籍');
      expect(text).toMatch(/导出时间：2026年11月23日/);
    }
    const [event] = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'children.exported')
      .where('actor_name', '=', '民政局李科员')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(event!.detail).toMatchObject({ rows: 1, fullIdNumber: true, purpose: '报送县公安局核对户籍' });
  });

  it('marks a masked export too, and shows the age, never the birth date', async () => {
    const sheet = await sheetOf((await exportAs('neighbour')).rawPayload);
    expect(sheet.mark).toContain('导出人：西林儿童主任');
    expect(sheet.mark).not.toContain('用途');
    expect(sheet.header).toContain('年龄');
    expect(sheet.header).not.toContain('出生日期');
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    await register('director', '=HYPERLINK("http://x")', 9, PUNING.village, []);
    const sheet = await sheetOf((await exportAs('director', '?q=HYPERLINK')).rawPayload);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]![1]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('answers 400 naming the field for a bad filter', async () => {
    const res = await exportAs('staff', '?level=purple');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_input');
    expect(res.json().error.field).toContain('level');
  });

  it('records who exported what, with the filters and the number of rows', async () => {
    await exportAs('supervisor', '?level=red');
    const events = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'children.exported')
      .where('actor_name', '=', '赤岗镇督导员')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toMatchObject({ rows: 3, fullIdNumber: false, filters: { level: ['red'] } });
  });
});
