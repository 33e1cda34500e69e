// What the reports read from the child row instead of the records, kept there by triggers whatever writes the
// records — a bulk insert, a back-entered earlier one, a date moved, a record moved to another child, a record
// deleted: the first intervention (migration 0007: "intervened on or before D"), the last visit and contact
// (0071: "tracked" as of D), the days assistance is in force and the first return to school (0072).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { childCounty } from '../children/index.ts';
import { register, serviceContext } from '../../../test/helpers/register.ts';

let database: TestDatabase;
let a: string;
let b: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = serviceContext(database.db, '2026-11-23');
  a = await register(ctx, '445281102201', '2015-03-04', { conditions: ['orphan'] });
  b = await register(ctx, '445281102201', '2014-03-04', { conditions: ['orphan'] });
});
afterAll(() => database.destroy());

async function first(): Promise<(string | null)[]> {
  const rows = await database.db
    .selectFrom('child')
    .select(['id', 'first_intervention_on'])
    .where('id', 'in', [a, b])
    .execute();
  return [a, b].map((id) => rows.find((r) => r.id === id)!.first_intervention_on);
}

describe('child.first_intervention_on', () => {
  it('follows inserts, in bulk and back-entered, updates and deletes', async () => {
    const { db } = database;
    expect(await first()).toEqual([null, null]);
    await db
      .insertInto('intervention')
      .values([
        { child_id: a, county_code: childCounty(db, a), occurred_on: '2026-05-01', kind: 'assistance' },
        { child_id: a, county_code: childCounty(db, a), occurred_on: '2026-03-01', kind: 'referral' },
        { child_id: b, county_code: childCounty(db, b), occurred_on: '2026-07-01', kind: 'counselling' },
      ])
      .execute();
    expect(await first()).toEqual(['2026-03-01', '2026-07-01']);
    await db
      .insertInto('intervention')
      .values({ child_id: b, county_code: childCounty(db, b), occurred_on: '2026-09-01', kind: 'other' })
      .execute();
    expect(await first()).toEqual(['2026-03-01', '2026-07-01']);
    await db
      .insertInto('intervention')
      .values({ child_id: b, county_code: childCounty(db, b), occurred_on: '2026-01-15', kind: 'other' })
      .execute();
    expect(await first()).toEqual(['2026-03-01', '2026-01-15']);
    await db
      .updateTable('intervention')
      .set({ occurred_on: '2026-06-01' })
      .where('occurred_on', '=', '2026-03-01')
      .execute();
    expect(await first()).toEqual(['2026-05-01', '2026-01-15']);
    await db
      .updateTable('intervention')
      .set({ child_id: a })
      .where('occurred_on', '=', '2026-01-15')
      .execute();
    expect(await first()).toEqual(['2026-01-15', '2026-07-01']);
    await db.deleteFrom('intervention').where('child_id', '=', b).execute();
    expect(await first()).toEqual(['2026-01-15', null]);
    await sql`delete from intervention`.execute(db);
    expect(await first()).toEqual([null, null]);
  });
});

/** [last visit, last contact] of a and of b. */
async function last(): Promise<[string | null, string | null][]> {
  const rows = await database.db
    .selectFrom('child')
    .select(['id', 'last_visit_on', 'last_contact_on'])
    .where('id', 'in', [a, b])
    .execute();
  return [a, b].map((id) => {
    const row = rows.find((r) => r.id === id)!;
    return [row.last_visit_on, row.last_contact_on];
  });
}

const record = (child_id: string, occurred_on: string, kind: 'visit' | 'phone') => ({
  child_id,
  county_code: childCounty(database.db, child_id),
  occurred_on,
  kind,
  worker_name: '儿童主任',
  findings: '{}',
  conditions_added: [],
  conditions_cleared: [],
});

describe('child.last_visit_on and last_contact_on', () => {
  it('follow inserts, in bulk and back-entered, updates and deletes', async () => {
    const { db } = database;
    expect(await last()).toEqual([
      [null, null],
      [null, null],
    ]);
    await db
      .insertInto('contact')
      .values([
        record(a, '2026-05-01', 'visit'),
        record(a, '2026-06-01', 'phone'),
        record(a, '2026-03-01', 'visit'),
        record(b, '2026-07-01', 'phone'),
      ])
      .execute();
    expect(await last()).toEqual([
      ['2026-05-01', '2026-06-01'],
      [null, '2026-07-01'],
    ]);
    // Back-entered: an older visit moves nothing; a later phone call moves the contact only.
    await db
      .insertInto('contact')
      .values(record(a, '2026-04-01', 'visit'))
      .execute();
    await db
      .insertInto('contact')
      .values(record(b, '2026-08-01', 'phone'))
      .execute();
    expect(await last()).toEqual([
      ['2026-05-01', '2026-06-01'],
      [null, '2026-08-01'],
    ]);
    await db
      .insertInto('contact')
      .values(record(b, '2026-02-01', 'visit'))
      .execute();
    expect(await last()).toEqual([
      ['2026-05-01', '2026-06-01'],
      ['2026-02-01', '2026-08-01'],
    ]);
    // A date corrected back, a record moved to the other child.
    await db
      .updateTable('contact')
      .set({ occurred_on: '2026-01-10' })
      .where('child_id', '=', a)
      .where('occurred_on', '=', '2026-06-01')
      .execute();
    expect(await last()).toEqual([
      ['2026-05-01', '2026-05-01'],
      ['2026-02-01', '2026-08-01'],
    ]);
    await db
      .updateTable('contact')
      .set({ child_id: b })
      .where('child_id', '=', a)
      .where('occurred_on', '=', '2026-05-01')
      .execute();
    expect(await last()).toEqual([
      ['2026-04-01', '2026-04-01'],
      ['2026-05-01', '2026-08-01'],
    ]);
    await db.deleteFrom('contact').where('child_id', '=', b).where('kind', '=', 'phone').execute();
    expect(await last()).toEqual([
      ['2026-04-01', '2026-04-01'],
      ['2026-05-01', '2026-05-01'],
    ]);
    await sql`delete from contact`.execute(db);
    expect(await last()).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

/** For a and b: the days in force as text, and the first return. */
async function state(): Promise<[string, string | null][]> {
  const rows = await sql<{ id: string; days: string; first_return_on: string | null }>`
    select id, assistance_days::text as days, first_return_on::text as first_return_on from child
    where id in (${a}, ${b})`.execute(database.db);
  return [a, b].map((id) => {
    const row = rows.rows.find((r) => r.id === id)!;
    return [row.days, row.first_return_on];
  });
}

/** Whether assistance is in force on each date for the child, as Annex 1 tests it. */
async function inForce(child: string, dates: string[]): Promise<boolean[]> {
  const out: boolean[] = [];
  for (const date of dates) {
    const row = await sql<{ on: boolean }>`
      select assistance_days @> ${date}::date as on from child where id = ${child}`.execute(database.db);
    out.push(row.rows[0]!.on);
  }
  return out;
}

const span = (child_id: string, starts_on: string, ends_on: string | null) => ({
  child_id,
  county_code: childCounty(database.db, child_id),
  kind: 'dibao' as const,
  starts_on,
  ends_on,
  recorded_by_name: '民政局',
});

describe('child.assistance_days and first_return_on', () => {
  it('follow assistance spans: in bulk, overlapping, open, ends included, shortened, moved, deleted', async () => {
    const { db } = database;
    expect(await state()).toEqual([
      ['{}', null],
      ['{}', null],
    ]);
    await db
      .insertInto('child_assistance')
      .values([
        span(a, '2026-01-01', '2026-03-31'),
        span(a, '2026-03-15', '2026-05-31'),
        span(a, '2026-09-01', null),
        span(b, '2026-02-01', '2026-02-28'),
      ])
      .execute();
    expect(await state()).toEqual([
      ['{[2026-01-01,2026-06-01),[2026-09-01,)}', null],
      ['{[2026-02-01,2026-03-01)}', null],
    ]);
    // The end day is in force; the day after and the gap are not.
    expect(
      await inForce(a, ['2025-12-31', '2026-01-01', '2026-05-31', '2026-06-01', '2026-08-31', '2030-01-01']),
    ).toEqual([false, true, true, false, false, true]);
    // The open span ended; another moved to b; b's own deleted.
    await db
      .updateTable('child_assistance')
      .set({ ends_on: '2026-10-31' })
      .where('child_id', '=', a)
      .where('starts_on', '=', '2026-09-01')
      .execute();
    await db
      .updateTable('child_assistance')
      .set({ child_id: b })
      .where('child_id', '=', a)
      .where('starts_on', '=', '2026-03-15')
      .execute();
    await db.deleteFrom('child_assistance').where('starts_on', '=', '2026-02-01').execute();
    expect(await state()).toEqual([
      ['{[2026-01-01,2026-04-01),[2026-09-01,2026-11-01)}', null],
      ['{[2026-03-15,2026-06-01)}', null],
    ]);
    await sql`delete from child_assistance`.execute(db);
    expect(await state()).toEqual([
      ['{}', null],
      ['{}', null],
    ]);
  });

  it('follow returns to school: the earliest, back-entered, moved, deleted', async () => {
    const { db } = database;
    const back = (child_id: string, returned_on: string) => ({
      child_id,
      county_code: childCounty(db, child_id),
      kind: 'resumed' as const,
      returned_on,
      recorded_by_name: '教育局',
    });
    await db
      .insertInto('school_return')
      .values([back(a, '2026-09-01'), back(a, '2026-03-01')])
      .execute();
    await db.insertInto('school_return').values(back(b, '2026-10-01')).execute();
    expect(await state()).toEqual([
      ['{}', '2026-03-01'],
      ['{}', '2026-10-01'],
    ]);
    await db.insertInto('school_return').values(back(b, '2026-02-01')).execute();
    await db
      .updateTable('school_return')
      .set({ child_id: b })
      .where('child_id', '=', a)
      .where('returned_on', '=', '2026-03-01')
      .execute();
    expect(await state()).toEqual([
      ['{}', '2026-09-01'],
      ['{}', '2026-02-01'],
    ]);
    await db.deleteFrom('school_return').where('child_id', '=', a).execute();
    expect(await state()).toEqual([
      ['{}', null],
      ['{}', '2026-02-01'],
    ]);
  });
});
