// Visits and contacts against the real database: access (401/403/404), bad input naming the field and
// changing nothing, and what one record does to the child in the same transaction — conditions, last
// visit and contact dates, the re-assessment with its new due dates, mandatory reports and the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { childFile, registerChild } from '../../../test/helpers/casework.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
});
afterAll(() => t.close());

const url = (id: string) => `/api/v1/children/${id}/contacts`;

function post(as: string | null, id: string, payload: Record<string, unknown>) {
  return t.call(as, { method: 'POST', url: url(id), payload });
}

async function list(as: string, id: string) {
  const res = await t.call(as, { method: 'GET', url: url(id) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Record<string, unknown>[];
}

async function auditActions(id: string): Promise<{ action: string; changes: unknown; detail: unknown }[]> {
  const res = await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${id}/audit` });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const VISIT = {
  kind: 'visit',
  occurredOn: '2026-11-20',
  findings: {
    livingConditions: { status: 'normal' },
    guardianship: { status: 'attention', note: '祖母年迈，照护吃力' },
    schooling: { status: 'normal' },
    health: { status: 'normal' },
    safety: { status: 'normal' },
    needs: { status: 'problem', note: '缺少冬衣' },
    care: { status: 'normal', note: '送去学习用品' },
  },
  note: '与祖母面谈半小时',
};

describe('access to a child’s visits and contacts', () => {
  let mine: string;
  let neighbours: string;
  beforeAll(async () => {
    mine = await registerChild(t, 'director');
    neighbours = await registerChild(t, 'neighbour', { villageCode: PUNING.neighbour });
  });

  it('answers 401 without a session', async () => {
    expect((await post(null, mine, VISIT)).statusCode).toBe(401);
    expect((await t.call(null, { method: 'GET', url: url(mine) })).statusCode).toBe(401);
  });

  it('answers 403 for a department user', async () => {
    const res = await post('department', mine, VISIT);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await t.call('department', { method: 'GET', url: url(mine) })).statusCode).toBe(403);
  });

  it('answers 404 for a child of another village, like a missing one, and records nothing', async () => {
    const other = await post('director', neighbours, VISIT);
    const missing = await post('director', '00000000-0000-4000-8000-000000000000', VISIT);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    expect((await t.call('director', { method: 'GET', url: url(neighbours) })).statusCode).toBe(404);
    expect(await list('neighbour', neighbours)).toEqual([]);
  });

  it('lets the township supervisor record for any village of the township', async () => {
    const res = await post('supervisor', neighbours, { ...VISIT, workerName: '西林儿童主任' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().contact.workerName).toBe('西林儿童主任');
  });
});

describe('bad input answers 400 naming the field and changes nothing', () => {
  let id: string;
  beforeAll(async () => {
    id = await registerChild(t, 'director', {}, '2016-05-05');
  });

  it.each([
    ['an unknown kind', { kind: 'letter' }, 'kind', 'visit'],
    ['a malformed date', { occurredOn: '2026-13-01' }, 'occurredOn', '年-月-日'],
    ['a date in the future', { occurredOn: '2026-11-24' }, 'occurredOn', '不能晚于今天'],
    ['a date before birth', { occurredOn: '2016-05-04' }, 'occurredOn', '出生日期'],
    ['an unknown condition', { conditionsAdded: ['no.such.code'] }, 'conditionsAdded.0', 'no.such.code'],
    ['an unknown status', { findings: { health: { status: 'bad' } } }, 'findings.health.status', 'normal'],
    ['an unknown finding area', { findings: { weather: { status: 'normal' } } }, 'findings', 'weather'],
    [
      'clearing a condition the child lacks',
      { conditionsCleared: ['orphan'] },
      'conditionsCleared.0',
      'orphan',
    ],
    [
      'adding and clearing one code',
      { conditionsAdded: ['hiv'], conditionsCleared: ['hiv'] },
      'conditionsCleared.0',
      'hiv',
    ],
    [
      'an orphan whose parents are recorded as migrant workers (contradictory facts, issue 19)',
      { conditionsAdded: ['orphan'] },
      'conditionsAdded',
      '矛盾',
    ],
  ])('%s', async (_what, overrides, field, named) => {
    const before = await childFile(t, 'director', id);
    const res = await post('director', id, { ...VISIT, conditionsAdded: ['hiv'], ...overrides });
    expect(res.statusCode, res.body).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('bad_input');
    expect(error.field).toBe(field);
    expect(error.message).toContain(named);
    expect(await list('director', id)).toEqual([]);
    const after = await childFile(t, 'director', id);
    expect(after).toMatchObject({
      version: before.version,
      conditions: [],
      level: 'green',
      lastVisitOn: null,
      lastContactOn: null,
    });
  });
});

describe('recording a visit', () => {
  let id: string;
  beforeAll(async () => {
    id = await registerChild(t, 'director');
  });

  it('stores the findings, defaults the worker to the user, and answers with the next due dates', async () => {
    const res = await post('director', id, VISIT);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    // 普宁 green (003 §三.4): visit every 3 months, contact monthly; a visit is also a contact.
    expect(body).toMatchObject({
      level: 'green',
      previousLevel: 'green',
      version: 1,
      lastVisitOn: '2026-11-20',
      lastContactOn: '2026-11-20',
      nextVisitDue: '2027-02-20',
      nextContactDue: '2026-12-20',
      nextDue: '2026-12-20',
      mandatoryReportOpened: false,
    });
    expect(body.contact).toMatchObject({
      id: body.id,
      kind: 'visit',
      occurredOn: '2026-11-20',
      workerName: '五福屿儿童主任',
      note: '与祖母面谈半小时',
      findings: {
        guardianship: { status: 'attention', note: '祖母年迈，照护吃力' },
        needs: { status: 'problem', note: '缺少冬衣' },
        health: { status: 'normal', note: null },
      },
    });
    const file = await childFile(t, 'director', id);
    expect(file).toMatchObject({ lastVisitOn: '2026-11-20', nextDue: '2026-12-20', version: 1 });
  });

  it('keeps areas not looked at as null (a short phone call)', async () => {
    const res = await post('director', id, {
      kind: 'phone',
      occurredOn: '2026-11-22',
      findings: { health: { status: 'attention', note: '感冒' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().contact.findings).toEqual({
      livingConditions: null,
      guardianship: null,
      schooling: null,
      health: { status: 'attention', note: '感冒' },
      safety: null,
      needs: null,
      care: null,
    });
    // A phone call moves the contact clock only.
    expect(res.json()).toMatchObject({
      lastVisitOn: '2026-11-20',
      lastContactOn: '2026-11-22',
      nextVisitDue: '2027-02-20',
      nextContactDue: '2026-12-22',
    });
  });

  it('an old paper record entered late never moves the last visit or contact backwards', async () => {
    const res = await post('director', id, { kind: 'visit', occurredOn: '2026-03-01', note: '补录纸质记录' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      lastVisitOn: '2026-11-20',
      lastContactOn: '2026-11-22',
      nextVisitDue: '2027-02-20',
    });
    const file = await childFile(t, 'director', id);
    expect(file.lastVisitOn).toBe('2026-11-20');
    expect(file.lastContactOn).toBe('2026-11-22');
  });

  it('lists the contacts newest first', async () => {
    const items = await list('director', id);
    expect(items.map((c) => [c.kind, c.occurredOn])).toEqual([
      ['phone', '2026-11-22'],
      ['visit', '2026-11-20'],
      ['visit', '2026-03-01'],
    ]);
    expect((await list('staff', id)).length).toBe(3);
  });

  it('audits each record with the dates it moved, and records reads of the list', async () => {
    const events = await auditActions(id);
    const recorded = events.filter((e) => e.action === 'contact.recorded');
    expect(recorded).toHaveLength(3);
    const first = recorded[recorded.length - 1]!;
    expect(first.changes).toEqual([
      { field: 'last_visit_on', old: null, new: '2026-11-20' },
      { field: 'last_contact_on', old: null, new: '2026-11-20' },
    ]);
    expect(recorded[0]!.changes).toEqual([]); // the back-entered one moved nothing
    expect(events.some((e) => e.action === 'contact.listed')).toBe(true);
  });
});

describe('conditions found or resolved on a visit', () => {
  it('a finding of suspected harm turns the child red and opens a mandatory report', async () => {
    const id = await registerChild(t, 'director');
    const res = await post('director', id, {
      kind: 'visit',
      occurredOn: '2026-11-23',
      findings: { safety: { status: 'problem', note: '身上有多处淤青，孩子称被打' } },
      conditionsAdded: ['harm.suspected'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      previousLevel: 'green',
      level: 'red',
      immediate: true,
      mandatoryReportOpened: true,
      version: 2,
    });
    const file = await childFile(t, 'director', id);
    expect(file).toMatchObject({ level: 'red', conditions: ['harm.suspected'], version: 2 });
    expect(file.mandatoryReports).toEqual([
      expect.objectContaining({ status: 'open', source: 'auto', factors: ['harm.suspected'] }),
    ]);
    const events = await auditActions(id);
    const update = events.find((e) => e.action === 'child.updated')!;
    expect(update.changes).toEqual([{ field: 'conditions', old: [], new: ['harm.suspected'] }]);
    expect(update.detail).toMatchObject({ trigger: 'contact', contactId: res.json().id, version: 2 });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['contact.recorded', 'child.level_changed', 'mandatory_report.opened']),
    );
    const history = (
      await t.call('director', { method: 'GET', url: `/api/v1/children/${id}/assessments` })
    ).json().items;
    expect(history[0]).toMatchObject({ level: 'red', trigger: 'contact' });
  });

  it('a red case found on a paper record entered later is due for handling at once', async () => {
    const id = await registerChild(t, 'director');
    const res = await post('director', id, {
      kind: 'phone',
      occurredOn: '2026-11-21',
      conditionsAdded: ['unsupervised.living_alone'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ level: 'red', nextVisitDue: '2026-11-23', nextDue: '2026-11-23' });
  });

  it('clearing a condition lowers the level', async () => {
    const id = await registerChild(t, 'director');
    const found = await post('director', id, {
      kind: 'visit',
      occurredOn: '2026-11-10',
      findings: { schooling: { status: 'problem', note: '两周未到校' } },
      conditionsAdded: ['school.dropout_suspected'],
    });
    expect(found.json()).toMatchObject({ level: 'yellow', nextVisitDue: '2026-12-10', version: 2 });
    const resolved = await post('director', id, {
      kind: 'visit',
      occurredOn: '2026-11-23',
      findings: { schooling: { status: 'normal', note: '已劝返复学' } },
      conditionsCleared: ['school.dropout_suspected'],
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    expect(resolved.json()).toMatchObject({
      previousLevel: 'yellow',
      level: 'green',
      version: 3,
      nextVisitDue: '2027-02-23',
    });
    expect((await childFile(t, 'director', id)).conditions).toEqual([]);
  });

  it('adding a condition the child already has changes nothing on the file', async () => {
    const id = await registerChild(t, 'director', { conditions: ['assist.dibao'] });
    const res = await post('director', id, {
      kind: 'video',
      occurredOn: '2026-11-23',
      conditionsAdded: ['assist.dibao'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().version).toBe(1);
    expect((await auditActions(id)).some((e) => e.action === 'child.updated')).toBe(false);
  });
});

describe('a child off the register', () => {
  let id: string;
  beforeAll(async () => {
    id = await registerChild(t, 'director', { registeredOn: '2026-01-01' });
    const exit = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/children/${id}/exit`,
      payload: { reason: 'moved_away', exitedOn: '2026-11-15', version: 1 },
    });
    expect(exit.statusCode, exit.body).toBe(200);
  });

  it('takes a paper record from before the exit, but nothing after it', async () => {
    expect((await post('director', id, { kind: 'visit', occurredOn: '2026-11-10' })).statusCode).toBe(201);
    const late = await post('director', id, { kind: 'visit', occurredOn: '2026-11-20' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('occurredOn');
  });

  it('refuses to change its conditions (409)', async () => {
    const res = await post('director', id, {
      kind: 'visit',
      occurredOn: '2026-11-10',
      conditionsAdded: ['harm.suspected'],
    });
    expect(res.statusCode).toBe(409);
    expect((await childFile(t, 'director', id)).conditions).toEqual([]);
  });
});
