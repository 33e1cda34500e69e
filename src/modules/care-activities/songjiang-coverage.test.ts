// 松江's quarterly talk in every street (002 §二.5: 各街镇每季度至少组织一次专题讲座或主题活动) judged per
// quarter, and its yearly visit to every 居村, on the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemContext } from '../../../test/helpers/workforce.ts';
import { resolveReportRegion } from '../reports/region.ts';
import { buildCoverage } from './coverage.ts';
import { recordActivity } from './record.ts';

let database: TestDatabase;
let streets: { code: string; village: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  const villages = await database.db
    .selectFrom('region')
    .select('code')
    .where('code', 'like', '310117%')
    .where('level', '=', 'village')
    .orderBy('code')
    .execute();
  const byStreet = new Map<string, string>();
  for (const v of villages) if (!byStreet.has(v.code.slice(0, 9))) byStreet.set(v.code.slice(0, 9), v.code);
  streets = [...byStreet].slice(0, 2).map(([code, village]) => ({ code, village }));
  const ctx = systemContext(database.db, '2026-11-23');
  const talk = (regionCode: string, heldOn: string) =>
    recordActivity(ctx, {
      title: '防溺水专题讲座',
      kind: 'safety',
      heldOn,
      place: '街镇未保工作站',
      regionCode,
      organiser: { kind: 'township' },
      anonymousCount: 40,
    });
  // The first street: a talk at its office in Q3 and one in a village of it in Q4; the second: Q3 only.
  await talk(`${streets[0]!.code}000`, '2026-08-15');
  await talk(streets[0]!.village, '2026-10-20');
  await talk(`${streets[1]!.code}000`, '2026-09-30');
});
afterAll(() => database.destroy());

describe('松江 (002 §二.5)', () => {
  it('judges each street by the quarter of the report date', async () => {
    const region = await resolveReportRegion(
      database.db,
      systemContext(database.db, '2026-11-23').actor,
      '310117',
    );
    const q4 = await buildCoverage(database.db, region, '2026-11-23');
    expect(q4.policy.id).toBe('songjiang');
    expect(q4.rules.find((r) => r.id === 'safety_township')?.period).toMatchObject({
      label: '2026-Q4',
      start: '2026-10-01',
    });
    const street = (report: typeof q4, code: string) => report.townships.find((t) => t.code === code)!;
    expect(street(q4, streets[0]!.code).rules.safety_township).toEqual({ of: 1, reached: 1, missing: 0 });
    expect(street(q4, streets[1]!.code).rules.safety_township).toEqual({ of: 1, reached: 0, missing: 1 });
    const q3 = await buildCoverage(database.db, region, '2026-09-30');
    expect(street(q3, streets[0]!.code).rules.safety_township!.reached).toBe(1);
    expect(street(q3, streets[1]!.code).rules.safety_township!.reached).toBe(1);
    expect(q4.total.rules.safety_township).toMatchObject({ of: q4.townships.length, reached: 1 });
  });

  it('counts the yearly 居村 visit only in the village it was held in', async () => {
    const region = await resolveReportRegion(
      database.db,
      systemContext(database.db, '2026-11-23').actor,
      '310117',
    );
    const report = await buildCoverage(database.db, region, '2026-11-23');
    const met = report.villages.filter((v) => v.rules.safety_village?.reached);
    expect(met.map((v) => v.code)).toEqual([streets[0]!.village]);
  });
});
