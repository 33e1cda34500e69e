// Records a phone kept offline and sends later (issue 17.2): the phone's UUID makes a second send of the same
// record a replay — one stored record, one audit, one re-assessment — whether the sends follow each other or
// race; a red finding sent days after the visit opens its mandatory report dated from the visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
});
afterAll(() => t.close());

const send = (path: string, id: string, payload: Record<string, unknown>) =>
  t.call('director', { method: 'POST', url: `/api/v1/children/${id}/${path}`, payload });

async function auditOf(id: string, action: string) {
  const res = await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}/audit` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { action: string; entityId: string }[]).filter((e) => e.action === action);
}

async function listed(path: string, id: string) {
  const res = await t.call('director', { method: 'GET', url: `/api/v1/children/${id}/${path}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string }[];
}

describe('a contact sent twice with the same client id', () => {
  it('is stored once, audited once, and the second answer is the first record', async () => {
    const id = await registerChild(t, 'director');
    const body = {
      kind: 'phone',
      occurredOn: '2026-11-22',
      findings: { needs: { status: 'attention', note: '缺冬衣' } },
      clientId: crypto.randomUUID(),
    };
    const first = await send('contacts', id, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ replayed: false });
    const second = await send('contacts', id, body);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({
      replayed: true,
      id: first.json().id,
      lastContactOn: '2026-11-22',
      nextContactDue: first.json().nextContactDue,
    });
    expect(await listed('contacts', id)).toHaveLength(1);
    expect(await auditOf(id, 'contact.recorded')).toHaveLength(1);
    const history = await t.call('director', { method: 'GET', url: `/api/v1/children/${id}/assessments` });
    expect(history.json().items).toHaveLength(1); // the registration's; the phone call moved no level
  });

  it('stores one record when two sends race each other', async () => {
    const id = await registerChild(t, 'director');
    const body = { kind: 'visit', occurredOn: '2026-11-23', clientId: crypto.randomUUID() };
    const answers = await Promise.all([send('contacts', id, body), send('contacts', id, body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await listed('contacts', id)).toHaveLength(1);
    expect(await auditOf(id, 'contact.recorded')).toHaveLength(1);
  });

  it('keeps records without a client id apart, and refuses a client id reused for another child', async () => {
    const id = await registerChild(t, 'director');
    const other = await registerChild(t, 'director');
    const plain = { kind: 'phone', occurredOn: '2026-11-23' };
    expect((await send('contacts', id, plain)).statusCode).toBe(201);
    expect((await send('contacts', id, plain)).statusCode).toBe(201);
    expect(await listed('contacts', id)).toHaveLength(2);
    const clientId = crypto.randomUUID();
    expect((await send('contacts', id, { ...plain, clientId })).statusCode).toBe(201);
    const reused = await send('contacts', other, { ...plain, clientId });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.field).toBe('clientId');
    expect(await listed('contacts', other)).toHaveLength(0);
  });

  it('answers 400 naming the field for a client id that is not a UUID or a recording time to come', async () => {
    const id = await registerChild(t, 'director');
    const bad = await send('contacts', id, { kind: 'phone', occurredOn: '2026-11-23', clientId: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('clientId');
    const future = await send('contacts', id, {
      kind: 'phone',
      occurredOn: '2026-11-23',
      recordedAt: '2026-11-25T09:00:00+08:00',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('recordedAt');
    expect(await listed('contacts', id)).toHaveLength(0);
  });
});

describe('a red finding recorded offline', () => {
  it('opens its mandatory report on sync, discovered at the visit, not at the sync', async () => {
    const id = await registerChild(t, 'director');
    // Visited on the 21st at 15:20 China time with no signal; the phone syncs on the 23rd.
    const body = {
      kind: 'visit',
      occurredOn: '2026-11-21',
      findings: { safety: { status: 'problem', note: '身上有淤青' } },
      conditionsAdded: ['harm.suspected'],
      clientId: crypto.randomUUID(),
      recordedAt: '2026-11-21T15:20:00+08:00',
    };
    const first = await send('contacts', id, body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ level: 'red', mandatoryReportOpened: true });
    expect((await send('contacts', id, body)).statusCode).toBe(200);
    const reports = await t.call('director', {
      method: 'GET',
      url: `/api/v1/children/${id}/mandatory-reports`,
    });
    expect(reports.statusCode, reports.body).toBe(200);
    expect(reports.json().items).toHaveLength(1);
    expect(reports.json().items[0]).toMatchObject({
      discoveredOn: '2026-11-21',
      discoveredAt: new Date('2026-11-21T15:20:00+08:00').toISOString(),
    });
    expect(await auditOf(id, 'mandatory_report.opened')).toHaveLength(1);
  });
});

describe('a work-log entry sent twice with the same client id', () => {
  it('is stored once and audited once', async () => {
    const id = await registerChild(t, 'director');
    const body = { occurredOn: '2026-11-23', content: '给学校班主任打电话', clientId: crypto.randomUUID() };
    const first = await send('work-logs', id, body);
    expect(first.statusCode, first.body).toBe(201);
    const second = await send('work-logs', id, body);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect(await listed('work-logs', id)).toHaveLength(1);
    expect(await auditOf(id, 'work_log.recorded')).toHaveLength(1);
  });
});
