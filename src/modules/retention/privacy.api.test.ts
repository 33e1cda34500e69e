// Over HTTP against the real database: search by a full ID number (exact through the blind index, audited
// with a keyed hash only, limited per hour) and a guardian's copy of the whole file (PIPL art. 45).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { migrantParent } from '../../../test/helpers/children.ts';
import { systemActor } from '../access/actor.ts';
import { createChild } from '../children/service.ts';
import { ID_SEARCH_ACTION } from '../children/id-search.ts';
import { SUBJECT_ACCESS_ACTION } from './subject-access.ts';

let t: TestApp;
let childId: string;
let farChildId: string;
const ID = idNumberFor('2014-05-06', 41);
const PHONE = '13977778888';

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.call('director', {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name: '张小明',
      idNumber: ID,
      hukouType: 'rural',
      villageCode: PUNING.village,
      phone: PHONE,
      note: '=HYPERLINK("http://x")',
      parents: [migrantParent('father')],
    },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  childId = res.json().id;
  const far = await createChild(
    { db: t.database.db, actor: systemActor('测试'), today: t.today(), deploymentRegion: null },
    {
      name: '江宁孩子',
      idNumber: idNumberFor('2014-05-07', 42, '320115'),
      villageCode: '320115001001',
      hukouType: 'rural',
      parents: [],
      conditions: [],
    } as never,
  );
  farChildId = far.id;
});
afterAll(() => t.close());

const search = (q: string, as = 'staff') =>
  t.call(as, { method: 'GET', url: `/api/v1/children?q=${encodeURIComponent(q)}&status=all` });

describe('search by ID number', () => {
  it('matches a full number exactly, refuses a partial one, and keeps only a keyed hash in the audit trail', async () => {
    const hit = await search(ID);
    expect(hit.statusCode).toBe(200);
    expect(hit.json().items.map((c: { id: string }) => c.id)).toEqual([childId]);
    expect((await search(idNumberFor('2014-05-06', 42))).json().items).toEqual([]);
    const partial = await search(ID.slice(0, 10));
    expect(partial.statusCode).toBe(400);
    expect(partial.body).toContain('q');
    const audits = await t.database.db
      .selectFrom('audit_event')
      .select(['detail', 'actor_name'])
      .where('action', '=', ID_SEARCH_ACTION)
      .execute();
    expect(audits).toHaveLength(2);
    const text = JSON.stringify(audits);
    expect(text).not.toContain(ID);
    expect(text).not.toContain(ID.slice(0, 14));
    expect((audits[0]!.detail as { idNumberIndex: string }).idNumberIndex).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('answers 429 past the hourly limit, per user', async () => {
    process.env.TONGHU_ID_SEARCHES_PER_HOUR = '3';
    try {
      expect((await search(ID)).statusCode).toBe(200); // staff's third this hour
      const over = await search(ID);
      expect(over.statusCode).toBe(429);
      expect(over.json().error.code).toBe('too_many_requests');
      expect(over.body).not.toContain(ID);
      // Another user has a budget of their own.
      expect((await search(ID, 'supervisor')).statusCode).toBe(200);
    } finally {
      delete process.env.TONGHU_ID_SEARCHES_PER_HOUR;
    }
  });
});

describe('POST /api/v1/children/:id/subject-access-export', () => {
  const exportAs = (
    as: string | null,
    id: string,
    payload: unknown = { relation: 'mother', requestRef: '普民申〔2026〕12号' },
  ) =>
    t.call(as, {
      method: 'POST',
      url: `/api/v1/children/${id}/subject-access-export`,
      payload: payload as object,
    });

  it('needs a session, the bureau role (403 for a director), the child in region (404), a request reference (400)', async () => {
    expect((await exportAs(null, childId)).statusCode).toBe(401);
    expect((await exportAs('director', childId)).statusCode).toBe(403);
    expect((await exportAs('staff', farChildId)).statusCode).toBe(404);
    const bad = await exportAs('staff', childId, { relation: 'uncle', requestRef: '' });
    expect(bad.statusCode).toBe(400);
  });

  it('gives the whole file as one workbook, in full, formulas neutralised, audited with reference and row counts', async () => {
    const res = await exportAs('staff', childId);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['儿童档案', '父母', '评估记录', '走访联系', '档案操作记录', '说明']),
    );
    const file = workbook.getWorksheet('儿童档案')!;
    const header = (file.getRow(1).values as unknown[]).slice(1);
    const row = (file.getRow(2).values as unknown[]).slice(1);
    const at = (name: string) => row[header.indexOf(name)];
    expect(at('name')).toBe('张小明');
    expect(at('id_number')).toBe(ID);
    expect(at('phone')).toBe(PHONE);
    expect(at('note')).toBe(`'=HYPERLINK("http://x")`);
    expect(header).not.toContain('id_number_bidx');
    expect(workbook.getWorksheet('父母')!.rowCount).toBe(2);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['detail', 'child_id', 'actor_name'])
      .where('action', '=', SUBJECT_ACCESS_ACTION)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ child_id: childId, actor_name: '民政局李科员' });
    expect(audit[0]!.detail).toMatchObject({
      relation: 'mother',
      requestRef: '普民申〔2026〕12号',
      rows: { child: 1, child_parent: 1 },
    });
  });
});
