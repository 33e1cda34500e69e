// The inventory of reads (issue 15.5): every GET route of the API is either a read of children's data or
// named as returning none, and each read of children's data — called here on the demo county as the county's
// staff — leaves an audit record of that very request (its request id), with the filters it was asked for and
// an ID number searched for kept only as a keyed hash. A new GET route fails here until it is classified, and
// a classified one that records nothing fails too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { declaredRoutes } from '../../server/permissions.ts';
import { loadDemo } from '../demo/load.ts';
import { CHILD_DATA_READS, NO_CHILD_DATA } from './child-reads.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const withoutFixture: string[] = [];

/** Detail routes other than a child's: the table their id comes from. */
const FAMILIES: Record<string, string> = {
  referrals: 'referral',
  'mandatory-reports': 'mandatory_report',
  conferences: 'conference',
  'list-shares': 'list_share',
  'spot-checks': 'spot_check',
  'comparison/runs': 'comparison_run',
  'comparison/findings': 'comparison_finding',
  'care-activities': 'care_activity',
  'screening/rounds': 'screening_round',
};

function familyOf(url: string): string | null {
  const m = /^\/api\/v1\/(.+?)\/:id/.exec(url);
  return m && m[1] !== 'children' ? m[1]! : null;
}

/** Who reads each route (the trail's own routes are the audit administrator's). */
const READER: Record<string, string> = {
  '/api/v1/audit/events': 'auditor',
  '/api/v1/audit/events.xlsx': 'auditor',
  // One's own notices: the director's and the supervisor's.
  '/api/v1/notices': 'director',
};
/** Query strings a route needs. */
const QUERY: Record<string, string> = {};

async function anyId(table: string): Promise<string | undefined> {
  const row = await t.database.db
    .selectFrom(table as 'child')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  return row ? String(row.id) : undefined;
}

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db, { county: '445281', today: t.today() });
  ids.children = (await anyId('child'))!;
  for (const [family, table] of Object.entries(FAMILIES)) {
    const id = await anyId(table);
    if (id) ids[family] = id;
  }
  // A care-activity rule of 普宁's profile.
  QUERY['/api/v1/care-activities/coverage/children'] = '?rule=family_education';
  withoutFixture.push(...Object.keys(CHILD_DATA_READS).filter((u) => familyOf(u) && !ids[familyOf(u)!]));
  if (withoutFixture.length) console.warn(`inventory: no fixture for ${withoutFixture.join(', ')}`);
}, 600_000);
afterAll(() => t.close());

function concrete(url: string): string {
  return url.replace(/^\/api\/v1\/(.+?)\/:id/, (_all, family: string) => {
    const id = ids[family];
    if (!id) throw new Error(`no id for ${family}`);
    return `/api/v1/${family}/${id}`;
  });
}

describe('the inventory of reads', () => {
  it('classifies every GET route as a read of children’s data or not, exactly once', () => {
    const gets = [
      ...new Set(
        declaredRoutes(t.app)
          .filter((r) => r.method === 'GET')
          .map((r) => r.url),
      ),
    ];
    const unclassified = gets.filter((u) => !(u in CHILD_DATA_READS) && !(u in NO_CHILD_DATA));
    expect(unclassified).toEqual([]);
    expect(Object.keys(CHILD_DATA_READS).filter((u) => u in NO_CHILD_DATA)).toEqual([]);
    // Nothing listed that is no route.
    // The web app's catch-all route exists only once web/dist has been built (the browser tests build it).
    const stale = [...Object.keys(CHILD_DATA_READS), ...Object.keys(NO_CHILD_DATA)].filter(
      (u) => !gets.includes(u) && u !== '/*',
    );
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(CHILD_DATA_READS))('%s leaves an audit record of the request', async (url) => {
    if (withoutFixture.includes(url)) return;
    const before = Number(
      (await t.database.db.selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq,
    );
    const reader = READER[url] ?? 'staff';
    const res = await t.call(reader, { method: 'GET', url: concrete(url) + (QUERY[url] ?? '') });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const records = await t.database.db
      .selectFrom('audit_event')
      .select(['action', 'actor_name', 'request_id', 'detail'])
      .where('seq', '>', before)
      .where('action', 'not like', 'auth.%')
      .execute();
    expect(records.length, `no audit record for ${url}`).toBeGreaterThan(0);
    expect(records.every((r) => r.request_id === records[0]!.request_id && r.request_id)).toBe(true);
  });
});

describe('what a search leaves in the trail', () => {
  it('records the filters of a list, and an ID number searched for only as a keyed hash', async () => {
    const idNumber = (
      await t.database.db.selectFrom('child').select('id_number').limit(1).executeTakeFirstOrThrow()
    ).id_number;
    const res = await t.call('staff', {
      method: 'GET',
      url: `/api/v1/children?q=${encodeURIComponent(idNumber!)}&level=red`,
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    // An exact ID search is recorded by the search itself (id-search.ts), with the number as its blind index.
    const record = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'child.searched_by_id_number')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(record)).not.toContain(idNumber);
    expect(record.detail).toMatchObject({ idNumberIndex: expect.stringMatching(/\S{16,}/) });
    // Other filters of a list are kept as asked.
    const listed = await t.call('staff', { method: 'GET', url: '/api/v1/children?level=red&pageSize=5' });
    expect(listed.statusCode).toBe(200);
    const list = await t.database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'children.listed')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(list.detail).toMatchObject({ route: '/api/v1/children', filters: { level: ['red'] } });
  });
});
