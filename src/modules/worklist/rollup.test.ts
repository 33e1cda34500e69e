// The worklist summary's roll-up (migration 0074) against a count of the children themselves, after every kind
// of write the triggers must follow: registrations through the service, a visit (whose trigger moves the child's
// last visit), bulk updates of due dates and levels, an exit, a move to another township, a child no longer a
// target, an update that touches nothing counted, a delete — for the county, a township and the province; and
// counted again for later days (due dates passed, children past their last target day).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { contact, LEFT_BEHIND_PARENTS, register, serviceContext } from '../../../test/helpers/register.ts';
import { prefixLength } from '../../domain/region-code.ts';
import { countChildren, countTargetChildren, refreshWorklistRollup } from './summary.ts';

const TODAY = '2026-11-23';
const VILLAGES = ['445281102201', '445281102202', '445281103201'];
// The county (rows by township), a township (rows by village), the province (rows by city).
const REGIONS = [
  { prefix: '445281', length: prefixLength('township') },
  { prefix: '445281102', length: prefixLength('village') },
  { prefix: '', length: prefixLength('city') },
];

let database: TestDatabase;
const ids: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = serviceContext(database.db, TODAY);
  const kinds: Record<string, unknown>[] = [
    { conditions: ['orphan'] },
    { conditions: ['harm.suspected'] },
    { conditions: ['guardianship.insufficient'] },
    { parents: LEFT_BEHIND_PARENTS },
    { conditions: [] },
  ];
  // Born so that some stop being target children (16th or 18th birthday) between the dates compared.
  const births = ['2015-03-04', '2010-12-01', '2008-12-15', '2009-02-01', '2011-07-07', '2012-01-20'];
  let n = 0;
  for (const village of VILLAGES)
    for (const birth of births) ids.push(await register(ctx, village, birth, kinds[n++ % kinds.length]));
});
afterAll(() => database.destroy());

function sorted(counts: Map<string, unknown>) {
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** The roll-up, counted for `asOf`, says what the children say. */
async function expectRollupsMatchChildren(asOf = TODAY) {
  const { db } = database;
  const counted = await db.selectFrom('worklist_rollup_day').select('day').executeTakeFirstOrThrow();
  expect(counted.day).toBe(asOf);
  for (const region of REGIONS) {
    const days = { asOf, length: region.length };
    const scanned = await countChildren(
      db,
      region.prefix,
      sql<boolean>`(child.target_until is null or child.target_until > ${asOf})`,
      days,
    );
    const rolled = await countTargetChildren(db, region.prefix, days);
    expect(sorted(rolled), `${region.prefix || 'province'} as of ${asOf}`).toEqual(sorted(scanned));
  }
}

describe('the worklist roll-ups', () => {
  it('count what the children count once counted for the day, and some children count', async () => {
    await refreshWorklistRollup(database.db, TODAY);
    await expectRollupsMatchChildren();
    const total = await countTargetChildren(database.db, '445281', { asOf: TODAY, length: 9 });
    expect([...total.values()].reduce((s, c) => s + c.targetChildren, 0)).toBeGreaterThan(6);
  });

  it('follow a visit, bulk changes of due dates and levels, and an update that changes nothing counted', async () => {
    const { db } = database;
    await contact(db, ids[0]!, '2026-11-20');
    await expectRollupsMatchChildren();
    await db
      .updateTable('child')
      .set({ next_due: sql`next_due - 40`, next_visit_due: sql`next_visit_due + 3` })
      .where('id', 'in', ids.slice(0, 9))
      .execute();
    await expectRollupsMatchChildren();
    await db.updateTable('child').set({ level: 'red' }).where('id', 'in', ids.slice(4, 8)).execute();
    await db
      .updateTable('child')
      .set({ next_due: null, next_contact_due: null })
      .where('id', '=', ids[9]!)
      .execute();
    await expectRollupsMatchChildren();
    const before = await db.selectFrom('worklist_rollup').selectAll().orderBy('village_code').execute();
    await db.updateTable('child').set({ note: '只改了备注' }).execute();
    const after = await db.selectFrom('worklist_rollup').selectAll().orderBy('village_code').execute();
    expect(after).toEqual(before);
  });

  it('follow an exit, a move to another township, a child no longer a target, and a delete', async () => {
    const { db } = database;
    await db
      .updateTable('child')
      .set({ status: 'exited', exit_reason: 'moved_away', exited_on: TODAY })
      .where('id', '=', ids[1]!)
      .execute();
    await expectRollupsMatchChildren();
    await db
      .updateTable('child')
      .set({ village_code: '445281103201' })
      .where('id', 'in', [ids[2]!, ids[3]!])
      .execute();
    await expectRollupsMatchChildren();
    await db.updateTable('child').set({ target: false }).where('id', '=', ids[5]!).execute();
    await expectRollupsMatchChildren();
    // A child with nothing else on file (its registration's audit record and assessment go first).
    await sql`alter table audit_event disable trigger audit_event_immutable`.execute(db);
    try {
      await db.deleteFrom('audit_event').where('child_id', '=', ids[10]!).execute();
    } finally {
      await sql`alter table audit_event enable trigger audit_event_immutable`.execute(db);
    }
    await db.deleteFrom('assessment').where('child_id', '=', ids[10]!).execute();
    await db.deleteFrom('child_parent').where('child_id', '=', ids[10]!).execute();
    await db.deleteFrom('child').where('id', '=', ids[10]!).execute();
    await expectRollupsMatchChildren();
  });

  it('are counted again for a later day: due dates passed, children past their last target day', async () => {
    // 2026-12-20: after a 16th (2010-12-01) and an 18th birthday (2008-12-15); then a year and more on.
    for (const day of ['2026-12-20', '2027-06-30', '2028-03-10']) {
      await refreshWorklistRollup(database.db, day);
      await expectRollupsMatchChildren(day);
    }
    const past = await countChildren(
      database.db,
      '445281',
      sql<boolean>`child.target_until <= '2026-12-20'`,
      {
        asOf: '2026-12-20',
        length: 9,
      },
    );
    expect(
      past.size,
      'a child past its last target day, counted by the refresh, not by the roll-up',
    ).toBeGreaterThan(0);
  });
});
