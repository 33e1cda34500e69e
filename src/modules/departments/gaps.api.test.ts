// The department kinds a county's referrals need and it has not registered (for the bureau's dashboard), and
// the referral that meets such a gap: its message names the missing kinds in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { addDepartment, registerChild, sessions } from '../../../test/helpers/departments.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

async function gaps(as: string, query = '') {
  const res = await call(as, { method: 'GET', url: `/api/v1/departments/gaps${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { countyCode: string; kind: string; kindName: string; findings: string[] }[];
}

describe('GET /api/v1/departments/gaps', () => {
  it('lists the kinds referrals go to that the county has not registered, until they are', async () => {
    // The test county has only 普宁市教育局.
    const before = await gaps('staff');
    expect(before.map((g) => g.kindName)).toEqual(['民政', '医保', '残联', '卫健', '公安', '检察院', '法院']);
    expect(before.every((g) => g.countyCode === '445281')).toBe(true);
    expect(before.find((g) => g.kind === 'police')!.findings).toEqual(['遭受或疑似遭受不法侵害']);
    const police = await addDepartment(t, 'police', '普宁市公安局');
    expect((await gaps('staff')).map((g) => g.kind)).not.toContain('police');
    // A retired department leaves the gap open again.
    await call('staff', {
      method: 'PATCH',
      url: `/api/v1/departments/${police}`,
      payload: { disabled: true },
    });
    expect((await gaps('supervisor')).map((g) => g.kind)).toContain('police');
    await call('staff', {
      method: 'PATCH',
      url: `/api/v1/departments/${police}`,
      payload: { disabled: false },
    });
  });

  it('answers 401, 403 to a department, nothing for a county outside the region, 400 naming the field', async () => {
    expect((await call(null, { method: 'GET', url: '/api/v1/departments/gaps' })).statusCode).toBe(401);
    expect((await call('department', { method: 'GET', url: '/api/v1/departments/gaps' })).statusCode).toBe(
      403,
    );
    expect(await gaps('staff', '?county=320115')).toEqual([]);
    const bad = await call('staff', { method: 'GET', url: '/api/v1/departments/gaps?county=44' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('county');
  });
});

describe('a referral that needs an unregistered department', () => {
  it('names the missing kinds in Chinese and sends once they are registered', async () => {
    const child = await registerChild(t, 'director');
    const send = () =>
      call('director', {
        method: 'POST',
        url: `/api/v1/children/${child}/referrals`,
        payload: { finding: 'unlawful_harm', detail: '邻居反映孩子身上多处淤青' },
      });
    const refused = await send();
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error;
    expect(error.field).toBe('departmentIds');
    expect(error.message).toContain('本县尚未登记检察院、法院部门');
    expect(error.message).not.toContain('公安、检察院、法院部门');
    expect(error.message).not.toMatch(/[A-Za-z]/);
    await addDepartment(t, 'procuratorate', '普宁市人民检察院');
    await addDepartment(t, 'court', '普宁市人民法院');
    const sent = await send();
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().items).toHaveLength(3);
  });
});
