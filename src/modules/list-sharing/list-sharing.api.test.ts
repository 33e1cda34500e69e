// Sharing the red/yellow/blue lists with 团委、妇联、残联 (普宁 §四(三)) through the HTTP API: the share as a
// recorded act with the minimal fields, what a recipient sees and for how long, and when the next is due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import {
  addDepartment,
  addDepartmentUser,
  registerChild,
  sessions,
} from '../../../test/helpers/departments.ts';

let t: TestApp;
const children: Record<string, string> = {};
let youth: string;
let disabled: string;
beforeAll(async () => {
  t = await createTestApp();
  youth = await addDepartment(t, 'youth_league', '共青团普宁市委员会');
  await addDepartment(t, 'womens_federation', '普宁市妇女联合会');
  await addDepartmentUser(t, 'youth', youth);
  children.red = await registerChild(t, 'director', { name: '红小一', conditions: ['harm.suspected'] });
  children.yellow = await registerChild(t, 'director', {
    name: '黄小二',
    conditions: ['school.dropout_suspected'],
  });
  children.blue = await registerChild(t, 'director', { name: '蓝小三', conditions: ['disability.severe'] });
  children.green = await registerChild(t, 'director', { name: '绿小四' });
  children.neighbour = await registerChild(t, 'neighbour', {
    name: '西小五',
    conditions: ['guardianship.insufficient'],
  });
});
afterAll(() => t.close());
const call = (...args: Parameters<ReturnType<typeof sessions>>) => sessions(t)(...args);

const due = async (query = '') =>
  (await call('staff', { method: 'GET', url: `/api/v1/list-shares/due${query}` })).json();
const share = (as = 'staff', payload: Record<string, unknown> = { countyCode: '445281' }) =>
  call(as, { method: 'POST', url: '/api/v1/list-shares', payload });

describe('before any share', () => {
  it('is due now, to each recipient of the profile, and says which is not registered', async () => {
    const body = await due();
    expect(body.counties).toHaveLength(1);
    const county = body.counties[0];
    expect(county).toMatchObject({
      countyCode: '445281',
      countyName: '普宁市',
      policy: 'puning',
      required: true,
      every: 'P6M',
      levels: ['red', 'yellow', 'blue'],
      source: '003 §四(三)',
      due: true,
      nextDueOn: null,
    });
    expect(
      county.recipients.map((r: { kindName: string; missing: boolean }) => [r.kindName, r.missing]),
    ).toEqual([
      ['团委', false],
      ['妇联', false],
      ['残联', true],
    ]);
  });
});

describe('a share', () => {
  let id: string;

  it('answers 401, and 403 below the county bureau', async () => {
    expect(
      (await call(null, { method: 'POST', url: '/api/v1/list-shares', payload: { countyCode: '445281' } }))
        .statusCode,
    ).toBe(401);
    expect((await share('director')).statusCode).toBe(403);
    expect((await share('youth')).statusCode).toBe(403);
  });

  it('answers 400 naming the field', async () => {
    expect((await share('staff', { countyCode: '320115' })).json().error.field).toBe('countyCode');
    expect((await share('staff', { countyCode: '4452' })).json().error.field).toBe('countyCode');
    const res = await share('staff', {
      countyCode: '445281',
      recipientIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(res.json().error.field).toBe('recipientIds.0');
  });

  it('goes to the profile’s recipients, holds the red, yellow and blue children, and records what was sent', async () => {
    disabled = await addDepartment(t, 'disabled_persons_federation', '普宁市残疾人联合会');
    const res = await share('staff', { countyCode: '445281', note: '2026年下半年通报' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body).toMatchObject({
      sharedOn: '2026-11-23',
      validUntil: '2027-05-23',
      childCount: 4,
      levels: ['red', 'yellow', 'blue'],
      fields: ['name', 'gender', 'age', 'village', 'level', 'helpNeeded'],
      sharedByName: '民政局李科员',
      missingRecipientKinds: [],
    });
    expect(body.recipients.map((r: { kindName: string }) => r.kindName).sort()).toEqual(
      ['团委', '妇联', '残联'].sort(),
    );
  });

  it('shows a recipient the list read-only, with the minimal fields and no ID number', async () => {
    const res = await call('youth', { method: 'GET', url: `/api/v1/list-shares/${id}` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((i) => i.name)).toEqual(['红小一', '黄小二', '蓝小三', '西小五']);
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual(
        ['age', 'gender', 'helpNeeded', 'level', 'name', 'villageCode', 'villageName'].sort(),
      );
    expect(JSON.stringify(res.json())).not.toMatch(/445281\d{12}/);
    // How to help, never why: no factor names travel.
    expect(items[0]).toMatchObject({ level: 'red', helpNeeded: ['安全保护', '心理关爱'] });
    expect(items[1]).toMatchObject({ level: 'yellow', helpNeeded: ['就学帮扶'] });
    expect(items[2]).toMatchObject({ level: 'blue', helpNeeded: ['康复救助'] });
    expect(items[3]).toMatchObject({ level: 'blue', helpNeeded: ['监护指导'], villageName: '西林村委会' });
    const current = (await call('youth', { method: 'GET', url: '/api/v1/list-shares/current' })).json();
    expect(current.items.map((s: { id: string }) => s.id)).toEqual([id]);
    const inbox = (await call('youth', { method: 'GET', url: '/api/v1/departments/inbox' })).json();
    expect(inbox.listShares.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('is not found for a department it was not sent to', async () => {
    expect((await call('department', { method: 'GET', url: `/api/v1/list-shares/${id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await call('department', { method: 'GET', url: '/api/v1/list-shares/current' })).json().items,
    ).toEqual([]);
    expect((await call('director', { method: 'GET', url: `/api/v1/list-shares/${id}` })).statusCode).toBe(
      403,
    );
  });

  it('is on each shared child’s file, and only theirs', async () => {
    const audit = async (child: string) =>
      (
        (await call('staff', { method: 'GET', url: `/api/v1/children/${child}/audit` })).json().items as {
          action: string;
        }[]
      ).map((e) => e.action);
    expect(await audit(children.red!)).toContain('list_share.included');
    expect(await audit(children.green!)).not.toContain('list_share.included');
  });

  it('moves the next due date half a year on', async () => {
    const county = (await due('?asOf=2026-11-24')).counties[0];
    expect(county).toMatchObject({ due: false, dueSoon: false, nextDueOn: '2027-05-23' });
    expect(county.recipients.every((r: { lastSharedOn: string }) => r.lastSharedOn === '2026-11-23')).toBe(
      true,
    );
    expect((await due('?asOf=2027-05-01')).counties[0]).toMatchObject({ due: false, dueSoon: true });
    expect((await due('?asOf=2027-05-23')).counties[0]).toMatchObject({ due: true });
    expect((await due('?asOf=2027-06-02')).counties[0].recipients[0]).toMatchObject({
      due: true,
      overdueDays: 10,
    });
  });

  it('stops being visible when its period runs out', async () => {
    t.setToday('2027-05-23');
    expect((await call('youth', { method: 'GET', url: `/api/v1/list-shares/${id}` })).statusCode).toBe(404);
    t.setToday('2026-11-23');
    expect((await call('youth', { method: 'GET', url: `/api/v1/list-shares/${id}` })).statusCode).toBe(200);
  });

  it('is superseded by the next share, and gone once revoked', async () => {
    t.setToday('2026-12-01');
    const next = (await share('staff', { countyCode: '445281', recipientIds: [youth, disabled] })).json();
    expect(next.recipients).toHaveLength(2);
    expect((await call('youth', { method: 'GET', url: `/api/v1/list-shares/${id}` })).statusCode).toBe(404);
    expect((await call('youth', { method: 'GET', url: `/api/v1/list-shares/${next.id}` })).statusCode).toBe(
      200,
    );
    const revoked = await call('staff', {
      method: 'POST',
      url: `/api/v1/list-shares/${next.id}/revoke`,
      payload: { reason: '名单有误，重新通报' },
    });
    expect(revoked.json()).toMatchObject({ revoked: true, revokeReason: '名单有误，重新通报' });
    expect((await call('youth', { method: 'GET', url: `/api/v1/list-shares/${next.id}` })).statusCode).toBe(
      404,
    );
    // The revoked share does not count: 团委 is back to the first share's date.
    const recipients = (await due()).counties[0].recipients;
    expect(recipients.find((r: { kindName: string }) => r.kindName === '团委').lastSharedOn).toBe(
      '2026-11-23',
    );
    const history = (await call('staff', { method: 'GET', url: '/api/v1/list-shares' })).json();
    expect(history.items.map((s: { id: string }) => s.id)).toEqual([next.id, id]);
    t.setToday('2026-11-23');
  });
});
