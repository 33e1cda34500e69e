// "Last visit and contact as of D" read from the child row when its last record is on or before D: triggers on
// contact keep child.last_visit_on and last_contact_on equal to the latest of its records (migration 0071),
// whatever writes them — a bulk insert, a back-entered earlier one, a phone call after a visit, a date moved,
// a record moved to another child, a record deleted.
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
