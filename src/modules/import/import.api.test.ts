// The import API against the real database: no session (401), the wrong role (403), villages and children
// outside the user's region, bad files (400 naming line and field, nothing written), a dry run with its
// preview, multipart and raw uploads, and the template download.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';
import { systemActor } from '../access/actor.ts';
import { contractChild, csv, idNumberOf, ndjson, xlsx } from '../../../test/helpers/import-files.ts';
import { importChildren } from './service.ts';
import { DATA_SHEET, HELP_SHEET, templateHeaders } from './template.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const URL = '/api/v1/imports/children';

function upload(as: string | null, fileName: string, content: string | Buffer, query = '') {
  return t.call(as, { method: 'POST', url: `${URL}${query}`, ...multipart(fileName, content) });
}

async function childCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('child')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function line(sequence: number, overrides: Record<string, unknown> = {}) {
  return contractChild({ externalId: null, idNumber: idNumberOf('2014-04-04', sequence), ...overrides });
}

describe('POST /api/v1/imports/children', () => {
  it('answers 401 without a session', async () => {
    expect((await upload(null, 'a.ndjson', ndjson([line(1)]))).statusCode).toBe(401);
  });

  it('answers 403 to a village director and a department user', async () => {
    for (const who of ['director', 'department', 'supervisor']) {
      const res = await upload(who, 'a.ndjson', ndjson([line(3)]));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('a dry run judges, previews and counts, and writes nothing', async () => {
    const rows = [
      [
        '姓名',
        '身份证号',
        '村（社区）代码',
        '户籍类型',
        '情形',
        '父亲状况',
        '父亲外出务工月数',
        '父亲是否跨县务工',
        '母亲状况',
        '母亲外出务工月数',
        '母亲是否跨县务工',
      ],
      // Both parents away: a left-behind child, whom the dropout grades yellow (a factor alone serves no one).
      [
        '预览甲',
        idNumberOf('2014-04-04', 5),
        PUNING.village,
        '农村',
        '辍学',
        '外出务工',
        6,
        '是',
        '外出务工',
        6,
        '是',
      ],
      [
        '预览乙',
        idNumberOf('2014-04-04', 7).slice(0, 17) + 'Y',
        PUNING.village,
        '农村',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      ['预览丙', idNumberOf('2014-04-04', 9), PUNING.village, '外地', '', '', '', '', '', '', ''],
    ];
    const before = await childCount();
    const res = await upload('staff', '摸排.csv', csv(rows), '?dryRun=true');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      dryRun: true,
      committed: false,
      runId: null,
      imported: 1,
      updated: 0,
      rejected: 2,
    });
    expect(body.errors).toEqual([
      { number: 3, unit: 'line', field: 'idNumber', column: '身份证号', message: expect.any(String) },
      {
        number: 4,
        unit: 'line',
        field: 'hukouType',
        column: '户籍类型',
        message: expect.stringContaining('外地'),
      },
    ]);
    expect(body.preview).toHaveLength(3);
    expect(body.preview[0]).toMatchObject({
      number: 2,
      action: 'create',
      level: 'yellow',
      villageName: '五福屿村委会',
      child: { name: '预览甲', conditions: ['school.dropout_suspected'] },
    });
    expect(body.preview[1]).toMatchObject({ number: 3, action: 'reject', level: null });
    expect(await childCount()).toBe(before);
  });

  it('imports an uploaded NDJSON file, and the children are in the register', async () => {
    const res = await upload('staff', 'children.ndjson', ndjson([line(11), line(13, { name: '李四' })]));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, imported: 2, updated: 0, rejected: 0, errors: [] });
    expect(res.json().runId).toEqual(expect.any(String));
    const list = await t.call('staff', { method: 'GET', url: '/api/v1/children?q=李四' });
    expect(list.json().items).toEqual([expect.objectContaining({ name: '李四', level: 'yellow' })]);
    const run = await t.database.db
      .selectFrom('import_run')
      .selectAll()
      .where('id', '=', res.json().runId)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ file_name: 'children.ndjson', actor_name: '民政局李科员', imported: 2 });
  });

  it('takes the raw file as the body with ?fileName=', async () => {
    const content = await xlsx([
      ['姓名', '身份证号', '村（社区）代码', '户籍类型'],
      ['王五', idNumberOf('2014-04-04', 21), PUNING.neighbour, '农村'],
    ]);
    const res = await t.call('staff', {
      method: 'POST',
      url: `${URL}?fileName=children.xlsx`,
      payload: content,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1 });

    const unnamed = await t.call('staff', {
      method: 'POST',
      url: URL,
      payload: content,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.field).toBe('fileName');
  });

  it('refuses a file with bad records as a whole: 400 listing every one, nothing written', async () => {
    const before = await childCount();
    const res = await upload(
      'staff',
      'bad.ndjson',
      ndjson([
        line(31),
        line(33, { villageCode: '445281102999' }),
        '{oops',
        line(35, { conditions: ['x.y'] }),
      ]),
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain('3');
    expect(error.details.rejected).toBe(3);
    expect(
      error.details.errors.map((e: { number: number; field?: string }) => [e.number, e.field ?? null]),
    ).toEqual([
      [2, 'villageCode'],
      [3, null],
      [4, 'conditions.0'],
    ]);
    expect(await childCount()).toBe(before);
  });

  it('with skipInvalid=true imports the valid records', async () => {
    const res = await upload(
      'staff',
      'mixed.ndjson',
      ndjson([line(41), line(43, { villageCode: '445281102999' })]),
      '?skipInvalid=true',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, imported: 1, rejected: 1 });
  });

  it('refuses villages outside the user’s region', async () => {
    const res = await upload('staff', 'far.ndjson', ndjson([line(51, { villageCode: '320115001001' })]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([
      expect.objectContaining({ field: 'villageCode', message: expect.stringContaining('不在您的辖区内') }),
    ]);
  });

  it('does not let an upload change a child registered outside the user’s region', async () => {
    const elsewhere = line(53, { villageCode: '320115001001' });
    const system = {
      db: t.database.db,
      actor: systemActor('测试'),
      today: '2026-11-23',
      deploymentRegion: null,
    };
    const setup = await importChildren(system, {
      source: { buffer: Buffer.from(ndjson([elsewhere])), name: 'jn.ndjson' },
      fileName: 'jn.ndjson',
    });
    expect(setup.imported).toBe(1);
    const res = await upload(
      'staff',
      'steal.ndjson',
      ndjson([{ ...elsewhere, villageCode: PUNING.village }]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([
      expect.objectContaining({ field: 'idNumber', message: expect.stringContaining('辖区以外') }),
    ]);
  });

  it('refuses an unsupported file type, naming the file', async () => {
    const res = await upload('staff', 'children.xls', 'whatever');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('.xlsx');
  });
});

describe('GET /api/v1/imports/children/template.xlsx', () => {
  it('answers 401 without a session', async () => {
    expect((await t.call(null, { method: 'GET', url: `${URL}/template.xlsx` })).statusCode).toBe(401);
  });

  it('serves the template workbook to any signed-in user', async () => {
    const res = await t.call('director', { method: 'GET', url: `${URL}/template.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([DATA_SHEET, HELP_SHEET]);
    const header = (wb.getWorksheet(DATA_SHEET)!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(templateHeaders());
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.call(null, { method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/imports/children']).toBeDefined();
    expect(doc.paths['/api/v1/imports/children/template.xlsx']).toBeDefined();
  });
});
