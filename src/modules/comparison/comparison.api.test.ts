// /api/v1/comparison against the real database: uploads as multipart, the township's worklist, and the
// verification workflow (confirm acts on the child's file; dismiss needs a reason), with 401, 403, 404
// outside the region and 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { multipart } from '../../../test/helpers/multipart.ts';
import { registerChild } from '../../../test/helpers/comparison.ts';

let t: TestApp;
const ids: Record<string, string> = {};

function upload(fileName: string, lines: unknown[]) {
  return multipart(fileName, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
}

const person = (key: string, birth: string, seq: number) => ({
  idNumber: idNumberFor(birth, seq),
  name: `儿童${key}`,
  birthDate: birth,
});

async function run(as: string, query: string, fileName: string, lines: unknown[]) {
  return t.call(as, { method: 'POST', url: `/api/v1/comparison/runs?${query}`, ...upload(fileName, lines) });
}

async function findings(as: string, query = '') {
  return t.call(as, { method: 'GET', url: `/api/v1/comparison/findings${query}` });
}

beforeAll(async () => {
  t = await createTestApp();
  const reg = async (
    key: string,
    birth: string,
    seq: number,
    villageCode: string,
    conditions: string[] = [],
  ) =>
    (ids[key] = await registerChild(t.database.db, {
      name: `儿童${key}`,
      idNumber: idNumberFor(birth, seq),
      villageCode,
      conditions: conditions as never,
      registeredOn: '2026-01-05',
    }));
  await reg('dead', '2015-01-01', 11, PUNING.village);
  await reg('deadElsewhere', '2015-02-02', 12, PUNING.otherTownshipVillage);
  await reg('dropout', '2016-03-03', 13, PUNING.village);
  await reg('tekun', '2017-04-04', 14, PUNING.neighbour, ['assist.tekun']);
  await reg('certificate', '2018-05-05', 15, PUNING.village);
});
afterAll(() => t.close());

const DEATHS = [
  { ...person('dead', '2015-01-01', 11), date: '2026-10-01' },
  { ...person('deadElsewhere', '2015-02-02', 12), date: '2026-10-02' },
  { ...person('unknown', '2014-01-01', 99), date: '2026-10-03' },
];

describe('POST /api/v1/comparison/runs', () => {
  it('answers 401 without a session and 403 for roles that may not run a comparison', async () => {
    expect((await run(null as never, 'kind=deaths', 'd.ndjson', DEATHS)).statusCode).toBe(401);
    for (const who of ['supervisor', 'director', 'department'])
      expect((await run(who, 'kind=deaths', 'd.ndjson', DEATHS)).statusCode).toBe(403);
  });

  it.each([
    ['kind=imprisonment', 'd.ndjson', DEATHS, 'kind'],
    ['kind=deaths&region=320115', 'd.ndjson', DEATHS, 'region'],
    ['kind=deaths&asOf=2026-13-01', 'd.ndjson', DEATHS, 'asOf'],
    ['kind=deaths', 'd.txt', DEATHS, undefined],
    ['kind=deaths', 'd.ndjson', [DEATHS[0], { ...DEATHS[1], date: '2026-02-30' }], 'date'],
    ['kind=deaths', 'd.csv', ['姓名,身份证号,死亡日期', '儿童dead,x,2026-01-01'], 'birthDate'],
  ])('answers 400 for %s (%s), naming the field', async (query, fileName, lines, field) => {
    const res = await run('staff', query, fileName, lines);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_input');
    if (field) expect(res.json().error.field ?? res.json().error.message).toContain(field);
    const count = await t.database.db
      .selectFrom('comparison_run')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('answers 400 when no file is sent', async () => {
    const res = await t.call('staff', {
      method: 'POST',
      url: '/api/v1/comparison/runs?kind=deaths',
      payload: { file: 'none' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('file');
  });

  it('compares an uploaded roster for the county and answers the contract’s result', async () => {
    const res = await run('staff', 'kind=deaths', 'deaths.ndjson', DEATHS);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      roster: 'deaths',
      asOf: '2026-11-23',
      rows: 3,
      matched: 2,
      probable: 0,
      region: '445281',
    });
    expect(body.findings.map((f: { childId: string }) => f.childId).sort()).toEqual(
      [ids.dead, ids.deadElsewhere].sort(),
    );
  });
});

describe('the findings worklist', () => {
  it('answers 401, and 403 for directors and departments', async () => {
    expect((await findings(null as never)).statusCode).toBe(401);
    expect((await findings('director')).statusCode).toBe(403);
    expect((await findings('department')).statusCode).toBe(403);
  });

  it('shows a township supervisor only its own township’s findings; the county sees all', async () => {
    const mine = (await findings('supervisor', '?status=open')).json();
    expect(mine.items.map((f: { childId: string }) => f.childId)).toEqual([ids.dead]);
    expect(mine.items[0]).toMatchObject({
      finding: 'deceased_still_registered',
      findingName: '已死亡仍在册',
      status: 'open',
      match: 'exact',
      row: 1,
      rowUnit: 'line',
      fileName: 'deaths.ndjson',
      villageName: '五福屿村委会',
      townshipName: '赤岗镇',
      rosterRow: { date: '2026-10-01' },
    });
    expect(mine.items[0].idNumber).toContain('****');
    const county = (await findings('staff')).json();
    expect(county.total).toBe(2);
  });

  it('answers 404 for a finding outside the region, exactly like a missing one', async () => {
    const county = (await findings('staff')).json();
    const elsewhere = county.items.find((f: { childId: string }) => f.childId === ids.deadElsewhere);
    const res = await t.call('supervisor', {
      method: 'GET',
      url: `/api/v1/comparison/findings/${elsewhere.id}`,
    });
    expect(res.statusCode).toBe(404);
    const missing = await t.call('supervisor', {
      method: 'GET',
      url: '/api/v1/comparison/findings/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    const confirm = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/comparison/findings/${elsewhere.id}/confirm`,
      payload: {},
    });
    expect(confirm.statusCode).toBe(404);
  });
});

describe('verifying findings', () => {
  async function findingOf(childId: string, finding: string) {
    const list = (await findings('staff', '?status=all&pageSize=200')).json();
    return list.items.find(
      (f: { childId: string; finding: string }) => f.childId === childId && f.finding === finding,
    );
  }
  const confirm = (as: string, id: string, payload: object = {}) =>
    t.call(as, { method: 'POST', url: `/api/v1/comparison/findings/${id}/confirm`, payload });
  const dismiss = (as: string, id: string, payload: object) =>
    t.call(as, { method: 'POST', url: `/api/v1/comparison/findings/${id}/dismiss`, payload });
  const file = async (childId: string) =>
    (await t.call('staff', { method: 'GET', url: `/api/v1/children/${childId}` })).json();

  it('a director may not verify (403), nor anyone signed out (401)', async () => {
    const f = await findingOf(ids.dead!, 'deceased_still_registered');
    expect((await confirm('director', f.id)).statusCode).toBe(403);
    const anonymous = await t.call(null, {
      method: 'POST',
      url: `/api/v1/comparison/findings/${f.id}/confirm`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('dismissing without a body names the reason (400)', async () => {
    const f = await findingOf(ids.dead!, 'deceased_still_registered');
    const res = await t.call('supervisor', {
      method: 'POST',
      url: `/api/v1/comparison/findings/${f.id}/dismiss`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('reason');
  });

  it('confirming a death takes the child off the register as deceased, once', async () => {
    const f = await findingOf(ids.dead!, 'deceased_still_registered');
    const res = await confirm('supervisor', f.id, { note: '已电话核实' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'confirmed',
      note: '已电话核实',
      verifiedByName: '赤岗镇督导员',
      outcome: { action: 'child_exited', reason: 'deceased', exitedOn: '2026-10-01' },
    });
    expect(await file(ids.dead!)).toMatchObject({
      status: 'exited',
      exitReason: 'deceased',
      exitedOn: '2026-10-01',
    });
    expect((await confirm('supervisor', f.id)).statusCode).toBe(409);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_name'])
      .where('child_id', '=', ids.dead!)
      .where('action', 'in', ['comparison_finding.confirmed', 'child.exited'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['child.exited', 'comparison_finding.confirmed']);
  });

  it('dismissing needs a reason, and keeps it', async () => {
    const f = await findingOf(ids.deadElsewhere!, 'deceased_still_registered');
    const bad = await dismiss('staff', f.id, { reason: '  ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('reason');
    const ok = await dismiss('staff', f.id, { reason: '同名同日生，公安核实为他人' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'dismissed', note: '同名同日生，公安核实为他人' });
    expect(await file(ids.deadElsewhere!)).toMatchObject({ status: 'active' });
    const open = (await findings('staff')).json();
    expect(open.total).toBe(0);
  });

  it('the same roster again raises neither the confirmed nor the dismissed finding anew', async () => {
    const res = await run('staff', 'kind=deaths', 'deaths.ndjson', DEATHS);
    expect(res.json().findings).toEqual([]);
    expect((await findings('staff')).json().total).toBe(0);
  });

  it('confirming a suspected dropout adds the condition, re-grades the child and refers it to 教育', async () => {
    const res = await run('staff', 'kind=school_enrolment&region=445281102', 'school.ndjson', [
      { ...person('certificate', '2018-05-05', 15), school: '赤岗一小' },
    ]);
    expect(res.statusCode).toBe(201);
    const flagged = res.json().findings.map((f: { childId: string }) => f.childId);
    expect(flagged).toEqual(expect.arrayContaining([ids.dropout, ids.tekun]));
    expect(flagged).not.toContain(ids.dead); // exited
    const f = await findingOf(ids.dropout!, 'suspected_dropout');
    const confirmed = await confirm('supervisor', f.id);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().outcome).toMatchObject({
      action: 'condition_added',
      condition: 'school.dropout_suspected',
      level: 'yellow',
      referral: { department: 'education', referralId: expect.any(String), pending: false, skipped: [] },
    });
    const child = await file(ids.dropout!);
    expect(child.conditions).toContain('school.dropout_suspected');
    expect(child.level).toBe('yellow');
    // The education bureau finds it in its inbox, with the finding it was sent for.
    const inbox = await t.call('department', { method: 'GET', url: '/api/v1/departments/inbox' });
    expect(inbox.statusCode).toBe(200);
    const sent = confirmed.json().outcome.referral.referralId;
    expect(JSON.stringify(inbox.json())).toContain(sent);
    expect(JSON.stringify(inbox.json())).toContain('suspected_dropout');
  });

  it('confirming 应退未退 removes the assistance the roll no longer carries', async () => {
    const res = await run('staff', 'kind=dibao_roll', 'dibao.ndjson', [
      { ...person('someone', '2016-06-06', 21), kind: 'dibao' },
    ]);
    const body = res.json();
    expect(body.findings.map((f: { finding: string }) => f.finding).sort()).toEqual([
      'not_registered',
      'should_exit',
    ]);
    const notRegistered = body.findings.find((f: { finding: string }) => f.finding === 'not_registered');
    expect(notRegistered.regionCode).toBe('445281000000');
    // Not placed in a village: the county finds the child, not the township.
    expect((await findings('supervisor', '?kind=dibao_roll')).json().items).toEqual([
      expect.objectContaining({ childId: ids.tekun, finding: 'should_exit' }),
    ]);
    const f = await findingOf(ids.tekun!, 'should_exit');
    expect((await confirm('supervisor', f.id)).json().outcome).toMatchObject({
      action: 'conditions_removed',
    });
    expect((await file(ids.tekun!)).conditions).not.toContain('assist.tekun');
  });

  it('confirming a changed disability grade records the certificate in the file', async () => {
    const res = await run('staff', 'kind=disability_certificates', 'cert.ndjson', [
      { ...person('certificate', '2018-05-05', 15), grade: '二级', category: '肢体' },
    ]);
    expect(res.json().findings).toEqual([
      expect.objectContaining({ finding: 'grade_changed', childId: ids.certificate, match: 'exact' }),
    ]);
    const f = await findingOf(ids.certificate!, 'grade_changed');
    expect((await confirm('staff', f.id)).statusCode).toBe(200);
    expect(await file(ids.certificate!)).toMatchObject({
      disabilityGrade: 2,
      disabilityCategory: '肢体残疾',
      conditions: expect.arrayContaining(['disability.severe']),
    });
  });
});

describe('GET /api/v1/comparison/runs', () => {
  it('lists the runs with who ran them and what they found; the ambiguous rows only for the bureau', async () => {
    const res = await t.call('staff', { method: 'GET', url: '/api/v1/comparison/runs?kind=deaths' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(2);
    // Newest first: the re-run no longer matches the child taken off the register.
    expect(items.map((r: { matched: number }) => r.matched)).toEqual([1, 2]);
    expect(items[1]).toMatchObject({
      rosterKind: 'deaths',
      fileName: 'deaths.ndjson',
      actorName: '民政局李科员',
      rows: 3,
      matched: 2,
      region: '445281',
    });
    const id = res.json().items[0].id;
    expect(
      (await t.call('staff', { method: 'GET', url: `/api/v1/comparison/runs/${id}` })).json().ambiguous,
    ).toEqual([]);
    const seen = await t.call('supervisor', { method: 'GET', url: `/api/v1/comparison/runs/${id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().ambiguous).toBeNull();
    expect((await t.call('director', { method: 'GET', url: '/api/v1/comparison/runs' })).statusCode).toBe(
      403,
    );
    expect((await t.call(null, { method: 'GET', url: '/api/v1/comparison/runs' })).statusCode).toBe(401);
  });
});
