// The Annex 2 roster (排查表): the target children under the region on the date, in township, village,
// level order, with their facts in Chinese and the level in 备注; ID numbers masked unless the role may
// list them and asked; every export recorded (who, when, region, how many).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor, type Actor } from '../access/actor.ts';
import { annex2Export } from './service.ts';
import { contact, LEFT_BEHIND_PARENTS, register, serviceContext } from '../../../test/helpers/register.ts';

const TODAY = '2026-11-23';
let database: TestDatabase;
const county: Actor = { id: null, name: '民政局李科员', role: 'civil_affairs', regionCode: '445281000000' };
const supervisor: Actor = { id: null, name: '赤岗镇督导员', role: 'supervisor', regionCode: '445281102000' };

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = serviceContext(database.db, TODAY);
  const lb = await register(ctx, '445281102201', '2015-03-04', {
    name: '张小明',
    idNumber: idNumberFor('2015-03-04', 11),
    parents: [
      { ...LEFT_BEHIND_PARENTS[0], name: '张父' },
      { ...LEFT_BEHIND_PARENTS[1], name: '张母' },
    ],
    caregiver: { name: '张奶奶', relation: '祖母', agreementSignedOn: '2026-01-05' },
    conditions: ['school.dropout_suspected', 'assist.dibao'],
  });
  await contact(database.db, lb, '2026-10-10');
  await contact(database.db, lb, '2026-11-01', 'phone');
  await register(ctx, '445281102201', '2014-01-01', { name: '李红', conditions: ['harm.suspected'] });
  await register(ctx, '445281102202', '2013-01-01', { name: '王蓝', conditions: ['orphan'] });
  await register(ctx, '445281103201', '2016-06-06', {
    name: '赵绿',
    conditions: ['single_parent_rural', 'assist.dibao'],
  });
  await register(ctx, '445281102201', '2015-01-01', { name: '非对象' });
  await register(ctx, '430223001001', '2015-02-02', { name: '攸县娃', conditions: ['harm.suspected'] });
});
afterAll(() => database.destroy());

async function roster(
  actor: Actor,
  q: { region?: string; asOf?: string; fullIdNumber?: boolean; purpose?: string },
) {
  const ctx = { db: database.db, actor, today: TODAY };
  const file = await annex2Export(ctx, q, new Date('2026-11-23T02:00:00Z'));
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const written = await file.write(stream);
  await ended;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(5).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 6; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])));
  }
  return { file, written, sheet, header, rows };
}

describe('Annex 2 roster (003 附件2)', () => {
  it('lists the target children under the region in order, with their facts and the level in 备注', async () => {
    const { file, written, sheet, header, rows } = await roster(county, { region: '445281' });
    expect(file.fileName).toBe('annex2-445281-2026-11-23.xlsx');
    expect(written).toBe(4);
    expect(file.count).toBe(4);
    expect(String(sheet.getCell('A2').value)).toBe('普宁市农村留守儿童和困境儿童排查表');
    expect(String(sheet.getCell('A3').value)).toContain('备注栏中，根据风险等级');
    expect(String(sheet.getCell('A4').value)).toContain('共 4 人');
    expect(header).not.toContain('县（市、区）');
    expect(header.at(-1)).toBe('备注（风险等级）');
    // 赤岗镇 五福屿 (red before yellow), 西林, then 大坝镇.
    expect(rows.map((r) => r['姓名'])).toEqual(['李红', '张小明', '王蓝', '赵绿']);
    expect(rows[1]).toMatchObject({
      序号: 2,
      '乡镇（街道）': '赤岗镇',
      '村（社区）': '五福屿村委会',
      性别: '男',
      公民身份号码: '445281************',
      年龄: 11,
      儿童类别: '农村留守儿童、困境儿童',
      困境类型: '困难家庭儿童',
      风险情形: '（疑似）辍学',
      '监护人/委托照护人': '张奶奶（祖母）',
      委托照护协议签订日期: '2026-01-05',
      最近走访日期: '2026-10-10',
      '备注（风险等级）': '中高风险（黄色）',
    });
    expect(rows[0]).toMatchObject({ '备注（风险等级）': '高风险（红色）', 最近走访日期: '' });
    expect(rows[2]).toMatchObject({
      困境类型: '孤儿（含艾滋病病毒感染儿童）',
      '备注（风险等级）': '中低风险（蓝色）',
    });
    expect(rows[3]).toMatchObject({
      儿童类别: '困境儿童、农村单亲家庭儿童',
      '备注（风险等级）': '低风险（绿色）',
    });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '5:5' });
    expect(sheet.getCell('A6').border).toMatchObject({ top: { style: 'thin' } });
  });

  it('shows the roster as it stood on an earlier date: the visit after it is not the last visit', async () => {
    const { rows } = await roster(county, { region: '445281', asOf: '2026-10-09' });
    expect(rows.find((r) => r['姓名'] === '张小明')).toMatchObject({ 最近走访日期: '', 年龄: 11 });
  });

  it('gives full ID numbers only to a role that may list them, when asked', async () => {
    const { rows } = await roster(county, { region: '445281', fullIdNumber: true, purpose: '核对户籍' });
    expect(rows.find((r) => r['姓名'] === '张小明')!['公民身份号码']).toBe(idNumberFor('2015-03-04', 11));
    await expect(
      roster(supervisor, { region: '445281102', fullIdNumber: true, purpose: '核对户籍' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('lists only children within the actor’s region; another region is not found', async () => {
    const { rows } = await roster(supervisor, {});
    expect(rows.map((r) => r['姓名'])).toEqual(['李红', '张小明', '王蓝']);
    await expect(roster(supervisor, { region: '445281103' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(roster(supervisor, { region: '445281' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('names the county above a county, and refuses a director', async () => {
    const { header, rows } = await roster(systemActor('测试'), { region: '4302' });
    expect(header).toContain('县（市、区）');
    expect(rows).toEqual([expect.objectContaining({ 姓名: '攸县娃', '县（市、区）': '攸县' })]);
    const director: Actor = { id: null, name: '儿童主任', role: 'director', regionCode: '445281102201' };
    await expect(roster(director, {})).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('records every export: who, when, the region, the date and how many', async () => {
    const before = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'report.annex2_exported')
      .execute();
    await roster(county, {
      region: '445281102',
      asOf: '2026-11-01',
      fullIdNumber: true,
      purpose: '核对户籍',
    });
    const events = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'report.annex2_exported')
      .orderBy('id')
      .execute();
    expect(events).toHaveLength(before.length + 1);
    expect(events.at(-1)).toMatchObject({
      actor_name: '民政局李科员',
      entity: 'report',
      entity_id: 'annex2-445281102-2026-11-01.xlsx',
      region_code: '445281102000',
      detail: { region: '445281102', asOf: '2026-11-01', count: 3, fullIdNumber: true, purpose: '核对户籍' },
    });
    expect(events.at(-1)!.occurred_at).toBeInstanceOf(Date);
  });
});
