// Archive spot checks over the API against the real register: reproducible draws, suggestions the checker
// accepts, fixes by the village, the yearly report and the schedule; every route for 401, 403, 404 and 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { childFor, registerChildren, systemContext } from '../../../test/helpers/workforce.ts';
import { createChild } from '../children/service.ts';
import { spotCheckSchedule } from './report.ts';
import { drawSpotCheck } from './service.ts';

let t: TestApp;
let noCaregiver: string;
let noAgreement: string;
let zhuzhouCheck: string;

async function post(as: string | null, url: string, payload: object) {
  return t.call(as, { method: 'POST', url, payload });
}

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.database.db, t.today());
  await registerChildren(ctx, PUNING.village, 6);
  await registerChildren(ctx, PUNING.neighbour, 6);
  await registerChildren(ctx, PUNING.otherTownshipVillage, 8);
  await registerChildren(ctx, PUNING.village, 2, { target: false });
  noCaregiver = (await createChild(ctx, childFor(PUNING.village, { caregiver: false }))).id;
  const input = childFor(PUNING.village);
  noAgreement = (
    await createChild(ctx, { ...input, caregiver: { ...input.caregiver!, agreementSignedOn: null } })
  ).id;
  zhuzhouCheck = (await drawSpotCheck(systemContext(t.database.db, t.today()), { regionCode: '430202' })).id;
});
afterAll(() => t.close());

describe('drawing a sample', () => {
  it('records the seed, the population and the sample; the same seed draws the same files', async () => {
    const first = await post('staff', '/api/v1/spot-checks', { regionCode: '445281', size: 8, seed: 'S1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ seed: 'S1', population: 22, sampleSize: 8 });
    const again = await post('staff', '/api/v1/spot-checks', { regionCode: '445281', size: 8, seed: 'S1' });
    expect(again.json().childIds).toEqual(first.json().childIds);
    const other = await post('staff', '/api/v1/spot-checks', { regionCode: '445281', size: 8, seed: 'S2' });
    expect(other.json().childIds).not.toEqual(first.json().childIds);
    const detail = (
      await t.call('staff', { method: 'GET', url: `/api/v1/spot-checks/${first.json().id}` })
    ).json();
    expect(detail).toMatchObject({
      seed: 'S1',
      population: 22,
      sampleSize: 8,
      period: '2026',
      policy: 'puning',
    });
    expect(detail.populationDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.items.map((i: { childId: string }) => i.childId)).toEqual(first.json().childIds);
  });

  it('draws 5% with at least 10 files when no size is given, and a fresh seed', async () => {
    const res = await post('staff', '/api/v1/spot-checks', { regionCode: '445281' });
    expect(res.json()).toMatchObject({ population: 22, sampleSize: 10 });
    expect(res.json().seed).toMatch(/^[0-9a-f]{16}$/);
  });

  it('answers 400 for a village or an unknown region, 404 outside the region, 403 to a director', async () => {
    expect(
      (await post('staff', '/api/v1/spot-checks', { regionCode: PUNING.village })).json().error.field,
    ).toBe('regionCode');
    expect((await post('staff', '/api/v1/spot-checks', { regionCode: '445281999' })).statusCode).toBe(400);
    expect((await post('staff', '/api/v1/spot-checks', { regionCode: '4302' })).statusCode).toBe(404);
    expect(
      (await post('staff', '/api/v1/spot-checks', { regionCode: '445281', size: 0 })).json().error.field,
    ).toBe('size');
    expect((await post('director', '/api/v1/spot-checks', { regionCode: '445281' })).statusCode).toBe(403);
    expect((await post(null, '/api/v1/spot-checks', { regionCode: '445281' })).statusCode).toBe(401);
  });
});

describe('checking the files', () => {
  let checkId: string;
  let items: { id: string; childId: string; villageCode: string; suggestions: { code: string }[] }[];

  beforeAll(async () => {
    checkId = (
      await post('staff', '/api/v1/spot-checks', { regionCode: '445281102', size: 100, seed: 'all' })
    ).json().id;
    items = (await t.call('staff', { method: 'GET', url: `/api/v1/spot-checks/${checkId}` })).json().items;
  });

  it('suggests what each file lacks', () => {
    expect(items).toHaveLength(14);
    const codes = (id: string) => items.find((i) => i.childId === id)?.suggestions.map((s) => s.code);
    expect(codes(noCaregiver)).toEqual(expect.arrayContaining(['caregiver.missing', 'visit.none']));
    expect(codes(noAgreement)).toContain('caregiver.no_agreement');
    expect(codes(noAgreement)).not.toContain('caregiver.missing');
  });

  it('shows a supervisor the files of its township and a director those of its village', async () => {
    const county = (
      await post('staff', '/api/v1/spot-checks', { regionCode: '445281', size: 100, seed: 'x' })
    ).json().id;
    const township = (
      await t.call('supervisor', { method: 'GET', url: `/api/v1/spot-checks/${county}` })
    ).json();
    expect(township.items).toHaveLength(14);
    const village = (
      await t.call('director', { method: 'GET', url: `/api/v1/spot-checks/${county}` })
    ).json();
    expect(village.items.every((i: { villageCode: string }) => i.villageCode === PUNING.village)).toBe(true);
    expect(village.items).toHaveLength(8);
    expect(
      (await t.call('staff', { method: 'GET', url: `/api/v1/spot-checks/${zhuzhouCheck}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.call('department', { method: 'GET', url: `/api/v1/spot-checks/${county}` })).statusCode,
    ).toBe(403);
  });

  it('records accepted suggestions and notes as findings, and the village fixes them', async () => {
    const item = items.find((i) => i.childId === noCaregiver)!;
    const url = `/api/v1/spot-checks/${checkId}/items/${item.id}/review`;
    expect((await post('staff', url, { accept: ['no.such'] })).json().error.field).toBe('accept.0');
    expect((await post('director', url, { accept: [] })).statusCode).toBe(403);
    const reviewed = await post('staff', url, {
      accept: ['caregiver.missing', 'visit.none'],
      notes: ['缺少儿童照片'],
    });
    expect(reviewed.json()).toEqual({ findings: 3 });
    const detail = (
      await t.call('director', { method: 'GET', url: `/api/v1/spot-checks/${checkId}` })
    ).json();
    const findings = detail.items.find((i: { id: string }) => i.id === item.id).findings;
    expect(findings.map((f: { code: string; source: string }) => [f.code, f.source])).toEqual([
      ['caregiver.missing', 'suggested'],
      ['visit.none', 'suggested'],
      ['other', 'manual'],
    ]);
    const fix = `/api/v1/spot-checks/findings/${findings[0].id}/fix`;
    expect((await post('neighbour', fix, {})).statusCode).toBe(404);
    expect((await post('director', fix, { fixedOn: '2026-12-01' })).json().error.field).toBe('fixedOn');
    expect((await post('director', fix, { note: '已明确祖母为委托照护人' })).statusCode).toBe(200);
    expect((await post('director', fix, {})).statusCode).toBe(409);
    const audit = await t.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('child_id', '=', noCaregiver)
      .where('action', 'like', 'child.spot_check%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['child.spot_check_fixed', 'child.spot_checked']);
  });

  it('reports the year: checks, files checked, problems found and fixed', async () => {
    const report = (
      await t.call('staff', { method: 'GET', url: '/api/v1/spot-checks/report?year=2026' })
    ).json();
    expect(report).toMatchObject({
      region: '445281',
      year: 2026,
      checksDone: 6,
      filesChecked: 1,
      filesWithProblems: 1,
      problemsFound: 3,
      problemsFixed: 1,
    });
    expect(report.byKind).toEqual(
      expect.arrayContaining([
        { code: 'caregiver.missing', name: '留守儿童未明确委托照护人', found: 1, fixed: 1 },
      ]),
    );
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/spot-checks/report?year=2025' })).json()
        .checksDone,
    ).toBe(0);
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/spot-checks/report' })).json().error.field,
    ).toBe('year');
    const list = (await t.call('supervisor', { method: 'GET', url: '/api/v1/spot-checks' })).json();
    expect(list.items.length).toBe(6);
    expect(list.items.find((c: { id: string }) => c.id === checkId)).toMatchObject({
      checked: 1,
      findings: 3,
      fixed: 1,
    });
  });
});

describe('when the next check is due', () => {
  it('yearly in 普宁: done this year, next by the end of next year', async () => {
    const res = (await t.call('staff', { method: 'GET', url: '/api/v1/spot-checks/schedule' })).json();
    expect(res).toMatchObject({
      region: '445281',
      policy: 'puning',
      every: 'P1Y',
      rule: { source: '003 §五.8' },
      doneThisPeriod: true,
      nextDueBy: '2027-12-31',
    });
  });

  it('half-yearly in 株洲: next by the end of the half after the one checked', async () => {
    const ctx = systemContext(t.database.db, t.today());
    expect(await spotCheckSchedule(ctx, '430202')).toMatchObject({
      every: 'P6M',
      period: { label: '2026-H2' },
      nextDueBy: '2027-06-30',
    });
    expect(await spotCheckSchedule(ctx, '430203')).toMatchObject({
      every: 'P6M',
      nextDueBy: '2026-12-31',
      overdue: true,
    });
  });

  it('answers 404 outside the region and 401 without a session', async () => {
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/spot-checks/schedule?region=430202' }))
        .statusCode,
    ).toBe(404);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/spot-checks/schedule' })).statusCode).toBe(401);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/spot-checks' })).statusCode).toBe(401);
  });
});
