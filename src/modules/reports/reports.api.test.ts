// The reports' HTTP API against the real database: no session (401), a role without the permission (403),
// a region outside the user's own (404, exactly like one that does not exist), bad input (400 naming the
// field) and the happy paths, JSON and Excel.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { intervene, LEFT_BEHIND_PARENTS } from '../../../test/helpers/register.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const create = async (
    as: string,
    villageCode: string,
    birth: string,
    seq: number,
    conditions: string[],
  ) => {
    const res = await t.call(as, {
      method: 'POST',
      url: '/api/v1/children',
      payload: {
        name: `儿童${seq}`,
        idNumber: idNumberFor(birth, seq),
        hukouType: 'rural',
        villageCode,
        parents: LEFT_BEHIND_PARENTS,
        conditions,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const red = await create('director', PUNING.village, '2015-03-04', 11, ['harm.suspected']);
  await intervene(t.database.db, red, '2026-11-01');
  await create('director', PUNING.village, '2014-03-04', 12, []);
  await create('neighbour', PUNING.neighbour, '2013-03-04', 13, ['hiv']); // an orphan has no migrant parents
  await create('staff', PUNING.otherTownshipVillage, '2012-03-04', 14, ['school.dropout_suspected']);
});
afterAll(() => t.close());

const get = (as: string | null, url: string) => t.call(as, { method: 'GET', url });

async function xlsx(res: { rawPayload: Buffer }) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}

const ROUTES = [
  '/api/v1/reports/annex1',
  '/api/v1/reports/annex1.xlsx',
  '/api/v1/reports/annex2.xlsx',
  '/api/v1/reports/annex2',
  '/api/v1/reports/timeliness',
  '/api/v1/reports/timeliness.xlsx',
];

describe('reports API: access', () => {
  it.each(ROUTES)('%s answers 401 without a session', async (url) => {
    expect((await get(null, url)).statusCode).toBe(401);
  });

  it.each(ROUTES)('%s answers 403 for a department user', async (url) => {
    const res = await get('department', url);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it('refuses the roster to a director, and full ID numbers to a supervisor (403)', async () => {
    expect((await get('director', '/api/v1/reports/annex2.xlsx')).statusCode).toBe(403);
    expect((await get('supervisor', '/api/v1/reports/annex2.xlsx?fullIdNumber=true')).statusCode).toBe(403);
  });

  it.each([
    ['director', '/api/v1/reports/annex1?region=445281'],
    ['director', `/api/v1/reports/timeliness?region=${PUNING.neighbour}`],
    ['supervisor', '/api/v1/reports/annex2.xlsx?region=445281103'],
    ['staff', '/api/v1/reports/annex1.xlsx?region=4302'],
    ['staff', '/api/v1/reports/timeliness.xlsx?region=430223'],
  ])('%s asking %s outside its region gets 404, like a region that does not exist', async (as, url) => {
    const outside = await get(as, url);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.code).toBe('not_found');
    const missing = await get('staff', '/api/v1/reports/annex1?region=445281999');
    expect(missing.statusCode).toBe(404);
    expect(outside.json().error.message.replace(/\d+/, 'X')).toBe(
      missing.json().error.message.replace(/\d+/, 'X'),
    );
  });

  it.each([
    ['/api/v1/reports/annex1?region=44528', 'region'],
    ['/api/v1/reports/annex1?asOf=2026-02-30', 'asOf'],
    ['/api/v1/reports/annex1.xlsx?asOf=20261123', 'asOf'],
    ['/api/v1/reports/annex1?breakdown=yes', 'breakdown'],
    ['/api/v1/reports/annex2.xlsx?region=abc', 'region'],
    ['/api/v1/reports/annex2.xlsx?fullIdNumber=1', 'fullIdNumber'],
    ['/api/v1/reports/timeliness?asOf=tomorrow', 'asOf'],
    ['/api/v1/reports/timeliness.xlsx?region=4452811', 'region'],
  ])('%s answers 400 naming %s', async (url, field) => {
    const res = await get('staff', url);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field });
  });
});

describe('reports API: Annex 1', () => {
  it('answers the CONTRACT shape for the user’s own region by default', async () => {
    const res = await get('staff', '/api/v1/reports/annex1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['region', 'asOf', 'levels', 'total']);
    expect(body).toMatchObject({ region: '445281', asOf: '2026-11-23', total: 4 });
    expect(body.levels.red.rows[0]).toEqual({ item: 1, count: 1, intervened: 1 });
    expect(body.levels.red.rows.map((r: { item: number }) => r.item)).toEqual([1, 2, 3, 4, 5]);
    expect(body.levels.yellow.rows).toHaveLength(6);
    expect(body.levels.blue.rows).toHaveLength(7);
    expect(body.levels.green.rows).toHaveLength(4);
    expect(body.levels.green).toMatchObject({ subtotal: 1, subtotalIntervened: 0 });
  });

  it('gives a director the village and a supervisor the township, as of any date', async () => {
    expect((await get('director', '/api/v1/reports/annex1')).json()).toMatchObject({
      region: PUNING.village,
      total: 2,
    });
    const before = (await get('supervisor', '/api/v1/reports/annex1?asOf=2026-10-31')).json();
    // Registered today, but in the township on 10-31 all the same: the date moves ages and exits only.
    expect(before).toMatchObject({ region: '445281102', asOf: '2026-10-31', total: 3 });
    const township = (await get('supervisor', '/api/v1/reports/annex1?breakdown=true')).json();
    expect(township.total).toBe(3);
    expect(township.parts.find((p: { region: string }) => p.region === PUNING.neighbour)).toMatchObject({
      name: '西林村委会',
      total: 1,
    });
  });

  it('downloads the paper form as Excel under its Chinese name, with a plain one beside it', async () => {
    const res = await get('staff', '/api/v1/reports/annex1.xlsx?asOf=2026-11-23');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="annex1-445281-2026-11-23.xlsx"; filename*=UTF-8''${encodeURIComponent('附件1摸排情况数据表-普宁市-2026-11-23.xlsx')}`,
    );
    const sheet = (await xlsx(res)).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('2026年普宁市农村留守儿童和困境儿童摸排情况数据表');
    expect(sheet.getCell('C3').value).toBe('填报人：民政局李科员');
    expect(sheet.getCell('C54').value).toBe(4);
  });
});

describe('reports API: Annex 2 and timeliness', () => {
  it('downloads the township roster for a supervisor, masked', async () => {
    const res = await get('supervisor', '/api/v1/reports/annex2.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="annex2-445281102-2026-11-23.xlsx"; filename*=UTF-8''${encodeURIComponent('附件2排查表-赤岗镇-2026-11-23.xlsx')}`,
    );
    const sheet = (await xlsx(res)).worksheets[0]!;
    expect(sheet.rowCount).toBe(5 + 3);
    expect(String(sheet.getCell('F6').value)).toMatch(/^445281\*{12}$/);
  });

  it('gives the county full ID numbers when asked, and records the export', async () => {
    const refused = await get('staff', '/api/v1/reports/annex2.xlsx?fullIdNumber=true');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.field).toBe('purpose');
    const purpose = encodeURIComponent('报送省厅');
    const res = await get('staff', `/api/v1/reports/annex2.xlsx?fullIdNumber=true&purpose=${purpose}`);
    expect(res.statusCode).toBe(200);
    const sheet = (await xlsx(res)).worksheets[0]!;
    expect(String(sheet.getCell('A4').value)).toContain('用途：报送省厅');
    expect(sheet.headerFooter.oddHeader).toContain('用途：报送省厅');
    expect(sheet.headerFooter.oddFooter).toContain('导出人：民政局李科员');
    expect(sheet.rowCount).toBe(5 + 4);
    expect(String(sheet.getCell('F6').value)).toMatch(/^445281\d{11}[\dX]$/);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'report.annex2_exported')
      .where('actor_name', '=', '民政局李科员')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      region_code: PUNING.county,
      detail: { count: 4, fullIdNumber: true, purpose: '报送省厅' },
    });
  });

  it('answers timeliness for a director’s village and the county, as JSON and Excel', async () => {
    const mine = (await get('director', '/api/v1/reports/timeliness')).json();
    expect(mine.region).toBe(PUNING.village);
    expect(mine.villages).toEqual([
      expect.objectContaining({
        code: PUNING.village,
        directors: [{ name: '五福屿儿童主任', username: 'director' }],
        targetChildren: 2,
      }),
    ]);
    const county = (await get('staff', '/api/v1/reports/timeliness')).json();
    expect(county.total).toMatchObject({ targetChildren: 4, neverVisited: 4 });
    expect(county.townships.find((x: { code: string }) => x.code === '445281102')).toMatchObject({
      targetChildren: 3,
    });
    const res = await get('staff', '/api/v1/reports/timeliness.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="timeliness-445281-2026-11-23.xlsx"; filename*=UTF-8''${encodeURIComponent('走访及时性统计表-普宁市-2026-11-23.xlsx')}`,
    );
    const book = await xlsx(res);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '乡镇（街道）', '村（社区）']);
    const villages = book.getWorksheet('村（社区）')!;
    const rows = [4, 5, 6].map((r) => villages.getRow(r).getCell(3).value);
    expect(rows).toContain('五福屿儿童主任');
    expect(rows).toContain('未配备儿童主任'); // 大坝镇白坑 has children and no director
    expect(book.getWorksheet('汇总')!.getCell('E4').value).toBe(4);
  });
});

describe('reports API: Annex 2 for printing', () => {
  it('refuses a director (403), another township (404) and a bad region (400)', async () => {
    expect((await get('director', '/api/v1/reports/annex2')).statusCode).toBe(403);
    expect((await get('supervisor', '/api/v1/reports/annex2?region=445281103')).statusCode).toBe(404);
    const bad = await get('staff', '/api/v1/reports/annex2?region=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('region');
  });

  it("gives the township's roster as the workbook's columns, IDs masked, and records the viewing", async () => {
    const res = await get('supervisor', '/api/v1/reports/annex2');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ regionName: '赤岗镇', asOf: '2026-11-23', count: 3 });
    expect(body.headers).toContain('公民身份号码');
    expect(body.headers).not.toContain('县（市、区）');
    expect(body.rows).toHaveLength(3);
    const id = body.headers.indexOf('公民身份号码');
    const name = body.headers.indexOf('姓名');
    expect(body.rows.map((r: { cells: string[] }) => r.cells[name]).sort()).toEqual([
      '儿童11',
      '儿童12',
      '儿童13',
    ]);
    for (const row of body.rows) expect(row.cells[id]).toMatch(/^445281\*{12}$/);
    // The same rows as the workbook, in its order.
    const book = await xlsx(await get('supervisor', '/api/v1/reports/annex2.xlsx'));
    const sheet = book.getWorksheet('排查表')!;
    const firstRow = Array.from((sheet.getRow(6).values as unknown[]).slice(1), (v) => String(v ?? ''));
    expect(body.rows[0].cells).toEqual(firstRow);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['actor_name', 'detail'])
      .where('action', '=', 'report.annex2_viewed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_name: '赤岗镇督导员', detail: { region: '445281102', count: 3 } });
  });
});
