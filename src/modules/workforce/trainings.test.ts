// Training courses and the yearly coverage (every director trained every year: 001 §四.16, 003 §五.16,
// 004 §二.18), counted by calendar year, per county and role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { adultIdNumber, systemContext } from '../../../test/helpers/workforce.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { getPerson } from './ledger.ts';
import { createPerson } from './people.ts';
import { personInput, trainingInput } from './schemas.ts';
import { addAttendees, createTraining, getTraining, listTrainings, trainingCoverage } from './trainings.ts';

let database: TestDatabase;
let ctx: ServiceContext;
const ids: Record<string, string> = {};

async function person(key: string, n: number, fields: Record<string, unknown>) {
  const { id } = await createPerson(
    ctx,
    personInput.parse({ name: key, idNumber: adultIdNumber(n), ...fields }),
  );
  ids[key] = id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = systemContext(database.db, '2026-11-23');
  // 普宁市: three directors (one since mid-2025, one who left in 2025) and a supervisor; 株洲 荷塘区: one director.
  await person('甲', 1, { regionCode: '445281102201', trainedOn: ['2025-04-01', '2026-04-01'] });
  await person('乙', 2, { regionCode: '445281102202', startedOn: '2025-07-01', trainedOn: ['2025-08-08'] });
  await person('丙', 3, { regionCode: '445281102203', startedOn: '2023-01-01', endedOn: '2025-03-31' });
  await person('丁', 4, { role: 'supervisor', regionCode: '445281102', trainedOn: ['2026-06-06'] });
  await person('戊', 5, { regionCode: '430202001001', trainedOn: [] });
});
afterAll(() => database.destroy());

describe('yearly training coverage', () => {
  it('counts, per county and role, those in post during the year and those trained in it', async () => {
    const y2025 = await trainingCoverage(ctx, { region: '445281', year: 2025 });
    expect(y2025.items).toEqual([
      expect.objectContaining({
        countyCode: '445281',
        countyName: '普宁市',
        role: 'director',
        total: 3,
        trained: 2,
        untrained: 1,
        rate: 0.667,
      }),
      expect.objectContaining({ role: 'supervisor', total: 1, trained: 0 }),
    ]);
    const y2026 = await trainingCoverage(ctx, { region: '445281', year: 2026 });
    expect(y2026.items).toEqual([
      expect.objectContaining({ role: 'director', total: 2, trained: 1, untrained: 1 }),
      expect.objectContaining({ role: 'supervisor', total: 1, trained: 1, rate: 1 }),
    ]);
  });

  it('rolls a city up by county', async () => {
    const city = await trainingCoverage(ctx, { region: '4302', year: 2026 });
    expect(city.items).toEqual([expect.objectContaining({ countyCode: '430202', total: 1, trained: 0 })]);
  });
});

describe('courses', () => {
  it('records a county course for its attendees and fills each training file', async () => {
    const input = trainingInput.parse({
      heldOn: '2026-10-10',
      organiserLevel: 'county',
      kind: 'full_coverage',
      title: '2026年儿童主任全覆盖培训',
      regionCode: '445281',
      attendees: { personIds: [ids.乙], idNumbers: [adultIdNumber(4)] },
    });
    const { id, attendees } = await createTraining(ctx, input);
    expect(attendees).toBe(2);
    const course = await getTraining(ctx, id);
    expect(course.attendees.map((a) => a.name).sort()).toEqual(['丁', '乙']);
    const file = await getPerson(ctx, ids.乙 as string);
    expect(file.trainings[0]).toMatchObject({
      trainedOn: '2026-10-10',
      title: '2026年儿童主任全覆盖培训',
      kindName: '全覆盖培训',
      organiserLevelName: '县级',
    });
    expect(file.trainingsByYear).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 1 },
    ]);
    const after = await trainingCoverage(ctx, { region: '445281', year: 2026 });
    expect(after.items[0]).toMatchObject({ role: 'director', total: 2, trained: 2 });
  });

  it('takes over the bare date an import left for the same day instead of listing it twice', async () => {
    const { id } = await createTraining(
      ctx,
      trainingInput.parse({
        heldOn: '2026-04-01',
        organiserLevel: 'city',
        kind: 'demonstration',
        title: '揭阳市示范培训',
        regionCode: '4452',
      }),
    );
    expect(await addAttendees(ctx, id, { personIds: [ids.甲 as string], idNumbers: [] })).toEqual({
      added: 1,
    });
    expect(await addAttendees(ctx, id, { personIds: [ids.甲 as string], idNumbers: [] })).toEqual({
      added: 0,
    });
    const file = await getPerson(ctx, ids.甲 as string);
    expect(file.trainings.filter((t) => t.trainedOn === '2026-04-01')).toEqual([
      expect.objectContaining({ trainingId: id, source: 'course', title: '揭阳市示范培训' }),
    ]);
  });

  it('lists a county its own courses and those of its city', async () => {
    const list = await listTrainings(ctx, { region: '445281', year: 2026 });
    expect(list.items.map((c) => [c.title, c.attendees])).toEqual([
      ['2026年儿童主任全覆盖培训', 2],
      ['揭阳市示范培训', 1],
    ]);
    expect((await listTrainings(ctx, { region: '445281', year: 2025 })).items).toEqual([]);
  });

  it('refuses a city course registered at a county, a future date, an unknown attendee', async () => {
    const base = {
      heldOn: '2026-05-05',
      organiserLevel: 'city',
      kind: 'contest',
      title: '技能大赛',
      regionCode: '4452',
    };
    await expect(
      createTraining(ctx, trainingInput.parse({ ...base, regionCode: '445281' })),
    ).rejects.toMatchObject({
      details: { field: 'regionCode' },
    });
    await expect(
      createTraining(ctx, trainingInput.parse({ ...base, heldOn: '2026-12-01' })),
    ).rejects.toMatchObject({
      details: { field: 'heldOn' },
    });
    await expect(
      createTraining(ctx, trainingInput.parse({ ...base, attendees: { idNumbers: [adultIdNumber(99)] } })),
    ).rejects.toMatchObject({ details: { field: 'attendees.idNumbers.0' } });
    expect((await listTrainings(ctx, { region: '4452', year: 2026 })).items).toHaveLength(2);
  });
});
