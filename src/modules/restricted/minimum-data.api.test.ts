// Issue 16.6: what department views carry. A shared list holds six fields and never a restricted file; a
// referral carries what its department's kind needs (a youth league gets no ID number, address or school).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addDepartment,
  addDepartmentUser,
  registerChild,
  sessions,
} from '../../../test/helpers/departments.ts';

let t: TestApp;
let youth: string;
let open: string;
let restricted: string;
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

beforeAll(async () => {
  t = await createTestApp();
  youth = await addDepartment(t, 'youth_league', '共青团普宁市委员会');
  await addDepartmentUser(t, 'youth', youth);
  open = await registerChild(t, 'director', { name: '红公开', conditions: ['harm.suspected'] });
  restricted = await registerChild(t, 'director', { name: '红受限', conditions: ['harm.suspected'] });
  const res = await call('staff', {
    method: 'PUT',
    url: `/api/v1/children/${restricted}/restriction`,
    payload: { reason: 'sexual_abuse', memberIds: [] },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

describe('department views carry the minimum', () => {
  it('a shared list: six fields, no ID number or birth date, and no restricted file', async () => {
    const shared = await call('staff', {
      method: 'POST',
      url: '/api/v1/list-shares',
      payload: { countyCode: '445281' },
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const res = await call('youth', { method: 'GET', url: `/api/v1/list-shares/${shared.json().id}` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((i) => i.name)).toEqual(['红公开']);
    expect(Object.keys(items[0]!).sort()).toEqual(
      ['age', 'gender', 'helpNeeded', 'level', 'name', 'villageCode', 'villageName'].sort(),
    );
    expect(res.body).not.toContain('红受限');
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('a referral to the youth league: no ID number, address, school or health', async () => {
    const sent = await call('director', {
      method: 'POST',
      url: `/api/v1/children/${open}/referrals`,
      payload: { finding: 'other', detail: '需要志愿者陪伴', departmentIds: [youth] },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const res = await call('youth', { method: 'GET', url: `/api/v1/referrals/${sent.json().items[0].id}` });
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().childData;
    for (const key of ['idNumber', 'address', 'schoolName', 'healthStatus', 'birthDate'])
      expect(data).not.toHaveProperty(key);
    expect(data).toMatchObject({ name: '红公开', villageName: '五福屿村委会' });
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });
});
