// A department must be able to call the family: when the entrusted caregiver has no phone, the referral
// carries a parent's; the department's read of a referral with a family phone is on the child's file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild, sessions } from '../../../test/helpers/departments.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

describe('the family contact on a referral', () => {
  it('gives the department a parent’s phone when the caregiver has none, and records who saw it', async () => {
    const child = await registerChild(t, 'director', {
      caregiver: { name: '李奶奶', relation: '祖母', agreementSignedOn: '2026-01-05' },
    });
    const sent = await call('director', {
      method: 'POST',
      url: `/api/v1/children/${child}/referrals`,
      payload: { finding: 'suspected_dropout', detail: '开学两周未到校' },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().items[0].id as string;
    const seen = await call('department', { method: 'GET', url: `/api/v1/referrals/${id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().childData.guardian).toEqual({ name: null, relation: '父亲', phone: '13800000001' });
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['actor_name', 'child_id', 'detail'])
      .where('action', '=', 'referral.viewed')
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        actor_name: '教育局用户',
        child_id: child,
        detail: { shown: ['guardian.phone'] },
      }),
    ]);
  });
});
