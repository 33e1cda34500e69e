// "Intervened on or before D" reads child.first_intervention_on, which triggers on intervention keep
// (migration 0007): a bulk insert, a back-entered earlier one, a date moved, a record deleted.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
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
        { child_id: a, occurred_on: '2026-05-01', kind: 'assistance' },
        { child_id: a, occurred_on: '2026-03-01', kind: 'referral' },
        { child_id: b, occurred_on: '2026-07-01', kind: 'counselling' },
      ])
      .execute();
    expect(await first()).toEqual(['2026-03-01', '2026-07-01']);
    await db
      .insertInto('intervention')
      .values({ child_id: b, occurred_on: '2026-09-01', kind: 'other' })
      .execute();
    expect(await first()).toEqual(['2026-03-01', '2026-07-01']);
    await db
      .insertInto('intervention')
      .values({ child_id: b, occurred_on: '2026-01-15', kind: 'other' })
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
