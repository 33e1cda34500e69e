// Directors per village (DOMAIN.md §5; 000 (五)15 and 003 §五.16: at least one director per village, more
// where target children exceed 30), against the real register and ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUNING } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { adultIdNumber, registerChildren, systemContext } from '../../../test/helpers/workforce.ts';
import { exitChild } from '../children/service.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { coverageReport, requiredDirectors } from './coverage.ts';
import { upsertPerson } from './repository.ts';
import { personInput } from './schemas.ts';
import { checkPerson, RegionLookup } from './validate.ts';
import puning from '../../policies/puning.ts';

let database: TestDatabase;
let ctx: ServiceContext;

// 赤岗镇 villages (real codes): 30 and 31 target children, one with directors only, one whose director left.
const V30 = PUNING.village; // 五福屿村委会
const V31 = PUNING.neighbour; // 西林村委会
const ONLY_DIRECTOR = '445281102203';
const LEFT = '445281102204';
const OTHER_TOWNSHIP = PUNING.otherTownshipVillage;

let n = 0;
async function director(villageCode: string, fields: Record<string, unknown> = {}) {
  n += 1;
  const input = personInput.parse({
    name: `主任${n}`,
    idNumber: adultIdNumber(n),
    regionCode: villageCode,
    ...fields,
  });
  const checked = await checkPerson(input, { ...ctx, regions: new RegionLookup(ctx.db) });
  if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
  return ctx.db.transaction().execute((trx) => upsertPerson(trx, ctx.actor, checked.value, ctx.today, 'api'));
}

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = systemContext(database.db, '2026-11-23');
  await registerChildren(ctx, V30, 30);
  await registerChildren(ctx, V30, 3, { target: false });
  await registerChildren(ctx, V31, 31);
  // Registered after the earlier as-of date used below.
  await registerChildren(ctx, OTHER_TOWNSHIP, 2, { registeredOn: '2026-06-01' });
  const [leaving] = await registerChildren(ctx, OTHER_TOWNSHIP, 1);
  await exitChild(ctx, leaving as string, { reason: 'moved_away', exitedOn: '2026-09-30', version: 1 });

  await director(V30, { trainedOn: ['2026-03-01'], backgroundCheckedOn: '2026-01-10' });
  await director(V31, { trainedOn: ['2025-11-20'], backgroundCheckedOn: '2025-12-01' });
  await director(ONLY_DIRECTOR, { trainedOn: ['2026-05-05'] });
  await director(LEFT, { startedOn: '2024-01-01', endedOn: '2026-06-30', trainedOn: ['2026-02-02'] });
}, 120_000);
afterAll(() => database.destroy());

function village(report: Awaited<ReturnType<typeof coverageReport>>, code: string) {
  return report.villages.find((v) => v.villageCode === code);
}

describe('required directors (000 (五)15, 003 §五.16)', () => {
  it.each([
    [0, 1],
    [30, 1],
    [31, 2],
    [200, 2],
  ])('%i target children → %i directors', (children, required) => {
    expect(requiredDirectors(children, puning.workforce)).toBe(required);
  });

  it('follows the profile where it says more', () => {
    expect(requiredDirectors(31, { ...puning.workforce, directorsAbove: 3 })).toBe(3);
    expect(requiredDirectors(21, { ...puning.workforce, moreDirectorsAbove: 20 })).toBe(2);
  });
});

describe('coverage report', () => {
  it('counts 30 target children as needing one director and 31 as needing two', async () => {
    const report = await coverageReport(ctx.db, '445281', '2026-11-23');
    expect(village(report, V30)).toMatchObject({
      villageCode: V30,
      targetChildren: 30,
      directors: 1,
      required: 1,
      shortfall: 0,
      untrainedThisYear: 0,
    });
    expect(village(report, V31)).toMatchObject({
      targetChildren: 31,
      directors: 1,
      required: 2,
      shortfall: 1,
      untrainedThisYear: 1, // trained in November 2025 only
    });
    const township = await coverageReport(ctx.db, '445281102', '2026-11-23');
    expect(township.totals).toMatchObject({
      villages: 3,
      targetChildren: 61,
      directors: 3,
      required: 4,
      shortfall: 1,
    });
  });

  it('lists villages with directors but no children, with 0 target children', async () => {
    const report = await coverageReport(ctx.db, '445281102', '2026-11-23');
    expect(village(report, ONLY_DIRECTOR)).toMatchObject({
      targetChildren: 0,
      directors: 1,
      required: 1,
      shortfall: 0,
    });
  });

  it('leaves out a director whose post ended before the as-of date, and keeps them before it', async () => {
    const after = await coverageReport(ctx.db, '445281', '2026-11-23');
    expect(village(after, LEFT)).toBeUndefined();
    expect(after.villagesWithoutDirector.map((v) => v.villageCode)).toContain(LEFT);
    const lastDay = await coverageReport(ctx.db, '445281', '2026-06-30');
    expect(village(lastDay, LEFT)).toMatchObject({ directors: 1, untrainedThisYear: 0 });
    const notYet = await coverageReport(ctx.db, '445281', '2023-12-31');
    expect(village(notYet, LEFT)).toBeUndefined();
  });

  it('judges training by the calendar year of the as-of date', async () => {
    const report = await coverageReport(ctx.db, '445281', '2025-12-31');
    expect(village(report, V31)?.untrainedThisYear).toBe(0); // trained 2025-11-20
    expect(village(report, V30)?.untrainedThisYear).toBe(1); // trained only in 2026
    const jan = await coverageReport(ctx.db, '445281', '2026-01-15');
    expect(village(jan, V31)?.untrainedThisYear).toBe(1);
  });

  it('counts the target children still on the register on the as-of date, whenever they were registered', async () => {
    // Two registered on 2026-06-01 count in May too: the date moves ages and exits, not registration.
    const may = await coverageReport(ctx.db, '445281103', '2026-05-31');
    expect(village(may, OTHER_TOWNSHIP)?.targetChildren).toBe(3);
    const september = await coverageReport(ctx.db, '445281103', '2026-09-29');
    expect(village(september, OTHER_TOWNSHIP)?.targetChildren).toBe(3);
    const november = await coverageReport(ctx.db, '445281103', '2026-11-23');
    expect(village(november, OTHER_TOWNSHIP)).toMatchObject({
      targetChildren: 2,
      directors: 0,
      required: 1,
      shortfall: 1,
    });
  });

  it('stops counting a child on the 16th birthday that ends its care', async () => {
    const v = '445281102205';
    await registerChildren(ctx, v, 1, { birthDate: '2010-12-01' });
    expect(village(await coverageReport(ctx.db, v, '2026-11-30'), v)?.targetChildren).toBe(1);
    expect(village(await coverageReport(ctx.db, v, '2026-12-01'), v)).toBeUndefined();
  });

  it('names villages without a director and directors without a background check', async () => {
    const report = await coverageReport(ctx.db, '445281102', '2026-11-23');
    const without = report.villagesWithoutDirector.map((v) => v.villageCode);
    expect(without).not.toContain(V30);
    expect(without).toContain('445281102206');
    expect(report.directorsWithoutBackgroundCheck.map((d) => d.villageCode)).toEqual([ONLY_DIRECTOR]);
    // A check dated after the as-of date had not been done then.
    const before = await coverageReport(ctx.db, '445281102', '2025-12-15');
    expect(before.directorsWithoutBackgroundCheck.map((d) => d.villageCode).sort()).toEqual(
      [V30, ONLY_DIRECTOR, LEFT].sort(),
    );
  });
});
