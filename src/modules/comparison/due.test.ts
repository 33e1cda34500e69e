// Which roster kinds are due (issue 19.5; DOMAIN.md §6): the profile's interval with where it comes from —
// 铁东's own quarter (001 §四.18), the national baseline's borrowed one, and Tonghu's default labelled so where
// the seed says only "定期" (000 (一)3, 003 §四(一)) or nothing (002, 004) — and each kind compared or not in
// the current quarter, over the API against the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor, type TestApp, createTestApp } from '../../../test/helpers/app.ts';
import { findProfile } from '../../policies/index.ts';
import { comparisonInterval } from './due.ts';
import { compareFile, ndjsonFile } from '../../../test/helpers/comparison.ts';

const interval = (id: string) => comparisonInterval(findProfile(id)!);

describe('the comparison interval of each profile', () => {
  it('铁东: quarterly, from its own seed (001 §四.18)', () => {
    expect(interval('tiedong')).toMatchObject({ every: 'P3M', basis: 'seed', source: '001 §四.18' });
  });
  it('普宁 and 江宁 say only “regularly” (003 §四(一), 000 (一)3): the quarter is Tonghu’s default, labelled so', () => {
    for (const id of ['puning', 'jiangning']) {
      const i = interval(id);
      expect(i).toMatchObject({ every: 'P3M', basis: 'default' });
      expect(i.label).toContain('Tonghu 默认');
      expect(i.label).toContain(i.source!);
    }
  });
  it('松江 and 株洲 set nothing (002, 004): Tonghu’s default quarter', () => {
    for (const id of ['songjiang', 'zhuzhou'])
      expect(interval(id)).toMatchObject({ every: 'P3M', basis: 'default', source: null });
  });
  it('the national baseline borrows 铁东’s rate and says so', () => {
    expect(interval('national')).toMatchObject({ every: 'P3M', basis: 'adopted', source: '001 §四.18' });
    expect(interval('national').label).toContain('借用');
  });
});

describe('GET /api/v1/comparison/due', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('shows every kind due before any comparison, and overdue with last quarter missed', async () => {
    const res = await t.call('staff', { method: 'GET', url: '/api/v1/comparison/due' });
    expect(res.statusCode, res.body).toBe(200);
    const due = res.json();
    expect(due).toMatchObject({ region: '445281', policy: { id: 'puning' }, interval: { basis: 'default' } });
    expect(due.kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'school_enrolment',
      'deaths',
      'dibao_roll',
      'disability_certificates',
    ]);
    expect(due.kinds.every((k: { due: boolean; overdue: boolean }) => k.due && k.overdue)).toBe(true);
    expect(due).toMatchObject({ due: 4, overdue: 4 });
  });

  it('takes a kind off the list for the quarter it was compared in', async () => {
    const db = t.database.db;
    await compareFile(db, 'deaths', ndjsonFile([]), { asOf: '2026-11-20' });
    await compareFile(
      db,
      'dibao_roll',
      ndjsonFile([
        { idNumber: idNumberFor('2015-01-01', 901), name: '某某', birthDate: '2015-01-01', kind: 'dibao' },
      ]),
      { asOf: '2026-09-30' },
    );
    const due = (
      await t.call('staff', { method: 'GET', url: '/api/v1/comparison/due?asOf=2026-11-23' })
    ).json();
    const kind = (k: string) => due.kinds.find((x: { kind: string }) => x.kind === k);
    expect(kind('deaths')).toMatchObject({ due: false, lastRunOn: '2026-11-20', nextDueBy: '2027-03-31' });
    expect(kind('dibao_roll')).toMatchObject({ due: true, overdue: false, nextDueBy: '2026-12-31' });
    expect(kind('school_enrolment')).toMatchObject({ due: true, overdue: true });
    // A comparison as of a later date does not count for an earlier one.
    const before = (
      await t.call('staff', { method: 'GET', url: '/api/v1/comparison/due?asOf=2026-10-31' })
    ).json();
    expect(before.kinds.find((x: { kind: string }) => x.kind === 'deaths').due).toBe(true);
  });

  it('answers 401, 403 to a director, 404 outside the region, 400 for a bad date', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/comparison/due' })).statusCode).toBe(401);
    expect((await t.call('director', { method: 'GET', url: '/api/v1/comparison/due' })).statusCode).toBe(403);
    expect(
      (await t.call('staff', { method: 'GET', url: '/api/v1/comparison/due?region=220303' })).statusCode,
    ).toBe(404);
    const bad = await t.call('staff', { method: 'GET', url: '/api/v1/comparison/due?asOf=2026-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('asOf');
    // The township sees its county's plan of comparisons for its own part.
    expect((await t.call('supervisor', { method: 'GET', url: '/api/v1/comparison/due' })).statusCode).toBe(
      200,
    );
  });
});
