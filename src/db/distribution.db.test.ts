// Ready for Citus (issue 20.5; the plan is docs/scale.md): beyond one PostgreSQL per province the register is
// distributed by county, so every table holding a child's data must carry `county_code`, in its primary key and
// in its foreign keys to other such tables. This test reads the migrated schema and holds the line: every table
// is classified (distributed with the child, owned by a county, a reference table, or the coordinator's own);
// every table that reaches a child through its foreign keys is in the first group; and the tables not yet
// carrying the county are listed by name — a new table of a child's data must carry it, and a table that
// gains it must leave the list (the test fails either way), so the list only shrinks.
import { sql } from 'kysely';
import type { DB } from './schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import {
  firstVillage,
  LEFT_BEHIND_PARENTS,
  openCase,
  register,
  serviceContext,
} from '../../test/helpers/register.ts';
import { addIntervention } from '../modules/casework/interventions.ts';
import { addWorkLog } from '../modules/casework/work-log.ts';
import { addSupportTransition, updateChild } from '../modules/children/service.ts';
import { addFollowup, openReport } from '../modules/mandatory-reports/service.ts';
import { setRestriction } from '../modules/restricted/service.ts';
import { addAssistance, addSchoolReturn } from '../modules/support/support.ts';

/** A child's data: distributed by county_code, co-located with `child`. */
const WITH_THE_CHILD = [
  'child',
  'child_parent',
  'child_caregiver',
  'child_assistance',
  'child_restriction',
  'child_restriction_member',
  'support_transition',
  'assessment',
  'contact',
  'work_log',
  'intervention',
  'mandatory_report',
  'mandatory_report_followup',
  'referral',
  'referral_event',
  'conference',
  'conference_action',
  'conference_participant',
  'list_share_item',
  'comparison_finding',
  'spot_check_item',
  'spot_check_finding',
  'care_activity_child',
  'screening_record',
  'id_reveal',
  'rules_revision_change',
  'school_return',
  'notice',
  // The trail of who read or changed what. Its hash chain is one per database today (audit_chain_head); with
  // the register distributed it becomes one chain per county (docs/scale.md).
  'audit_event',
];

/** A county's own records that are not one child's: distributed by county too, or kept on the coordinator. */
const OF_A_COUNTY = [
  'care_activity',
  'list_share',
  'list_share_recipient',
  'import_run',
  'screening_round',
  'spot_check',
  'training',
  'training_record',
  'workforce_person',
  'workforce_post',
  'workforce_evaluation',
  // The worklist summary's counts per village (0074): keyed by county_code first.
  'worklist_rollup',
  // A plan may be a city's or the province's: kept on the coordinator (a few hundred rows).
  'action_plan',
  'plan_phase',
  'plan_task',
  'plan_measure',
  'plan_unit',
  'progress_report',
  'plan_inspection',
];

/** Copied to every node: what the others refer to. */
const REFERENCE = [
  'region',
  'region_load',
  'department',
  'app_user',
  'api_client',
  'privacy_officer',
  'rules_revision',
  'server_key',
  // A comparison's record: a run may compare a city or the province, and its findings, distributed by the county
  // that verifies them (0087), point to it. A few a county a month.
  'comparison_run',
  // The day the worklist roll-up is counted for, read by the triggers on child wherever they run (0074).
  'worklist_rollup_day',
];

/** The coordinator's own: sign-in, migrations, the chain head, the nightly run's record. */
const COORDINATOR = [
  'kysely_migration',
  'kysely_migration_lock',
  'audit_chain_head',
  'user_session',
  'login_failure',
  'trusted_device',
  'user_second_factor',
  'user_recovery_code',
  'reassess_run',
];

/** Not yet carrying county_code (the work of issue 20.5 still to do): this list only shrinks. */
const COUNTY_NOT_YET = ['audit_event'];

/** Carrying county_code but not yet in the primary key: this list only shrinks (empty since 0088). */
const KEY_NOT_YET: string[] = [];

/**
 * Unique keys (other than primary keys) of tables carrying county_code that do not include it — Citus keeps a
 * unique key on a distributed table only with the distribution column in it: this list only shrinks. The ID
 * number is registered once in the country (the lookup under Citus, docs/scale.md).
 */
const UNIQUE_NOT_YET = ['child_id_number_bidx_key'];

let database: TestDatabase;
let columns: Map<string, Set<string>>;
let primaryKeys: Map<string, string[]>;
let references: { from: string; to: string }[];
let uniqueKeys: { table: string; name: string; definition: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  const cols = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t using (table_schema, table_name)
     where c.table_schema = 'public' and t.table_type = 'BASE TABLE'`.execute(database.db);
  columns = new Map();
  for (const { table_name, column_name } of cols.rows) {
    if (!columns.has(table_name)) columns.set(table_name, new Set());
    columns.get(table_name)!.add(column_name);
  }
  const keys = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu using (constraint_schema, constraint_name)
     where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
     order by kcu.table_name, kcu.ordinal_position`.execute(database.db);
  primaryKeys = new Map();
  for (const { table_name, column_name } of keys.rows)
    primaryKeys.set(table_name, [...(primaryKeys.get(table_name) ?? []), column_name]);
  const fks = await sql<{ from: string; to: string }>`
    select conrelid::regclass::text as "from", confrelid::regclass::text as "to"
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`.execute(database.db);
  references = fks.rows;
  const unique = await sql<{ table: string; name: string; definition: string }>`
    select i.indrelid::regclass::text as "table", c.relname as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indisunique and not i.indisprimary and c.relnamespace = 'public'::regnamespace`.execute(
    database.db,
  );
  uniqueKeys = unique.rows;
});
afterAll(() => database.destroy());

describe('the schema, read for distribution by county (Citus)', () => {
  it('classifies every table once', () => {
    const groups = [WITH_THE_CHILD, OF_A_COUNTY, REFERENCE, COORDINATOR].flat();
    expect(new Set(groups).size, 'a table in two groups').toBe(groups.length);
    expect([...columns.keys()].sort()).toEqual([...groups].sort());
  });

  it("puts every table that reaches a child through its foreign keys with the child's data", () => {
    const reaches = new Set(['child']);
    for (let grew = true; grew;) {
      grew = false;
      for (const { from, to } of references)
        if (reaches.has(to) && !reaches.has(from) && !REFERENCE.includes(from)) {
          reaches.add(from);
          grew = true;
        }
    }
    expect([...reaches].filter((t) => !WITH_THE_CHILD.includes(t))).toEqual([]);
  });

  it("has county_code on every table of a child's data but those still listed", () => {
    const without = WITH_THE_CHILD.filter((t) => !columns.get(t)?.has('county_code'));
    expect(without.sort()).toEqual([...COUNTY_NOT_YET].sort());
  });

  it('has county_code in the primary key of every table carrying it but those still listed', () => {
    const carrying = WITH_THE_CHILD.filter((t) => columns.get(t)?.has('county_code'));
    const notInKey = carrying.filter((t) => !primaryKeys.get(t)?.includes('county_code'));
    expect(notInKey.sort()).toEqual([...KEY_NOT_YET].sort());
  });

  it('has county_code in every unique key of a table carrying it but those still listed', () => {
    const carrying = WITH_THE_CHILD.filter((t) => columns.get(t)?.has('county_code'));
    const without = uniqueKeys
      .filter((k) => carrying.includes(k.table) && !/\bcounty_code\b/.test(k.definition))
      .map((k) => k.name);
    expect(without.sort()).toEqual([...UNIQUE_NOT_YET].sort());
  });
});

describe("the tables carrying the child's county (0077–0086)", () => {
  it('are written with the county of their child, and follow the child to another county', async () => {
    const ctx = serviceContext(database.db, '2026-11-23');
    const village = (county: string) => firstVillage(database.db, county);
    const id = await register(ctx, await village('445281'), '2016-05-01', {
      parents: LEFT_BEHIND_PARENTS,
      caregiver: { name: '王奶奶', relation: '祖母' },
    });
    await addWorkLog(ctx, id, { occurredOn: '2026-11-20', content: '入户了解情况' });
    await addSupportTransition(ctx, id, { supportKind: 'orphan', exitedOn: '2026-10-01' });
    const timed = { ...ctx, now: new Date('2026-11-23T02:00:00Z') };
    const report = await openReport(timed, id, {
      situation: 'organised_begging',
      discoveredAt: '2026-11-22T08:00:00+08:00',
    });
    await addFollowup(timed, report.id, { kind: 'follow_up', occurredOn: '2026-11-23', note: '再次入户' });
    await setRestriction(ctx, id, { reason: 'other', memberIds: [] }, timed.now);
    await addIntervention(ctx, id, { date: '2026-11-21', kind: 'counselling' });
    await addAssistance(ctx, id, { kind: 'dibao', startsOn: '2026-09-01' });
    await addSchoolReturn(ctx, id, { kind: 'resumed', returnedOn: '2026-09-01' });
    // A referral to a department of the child's county and a conference with a task for it (0084).
    const { referral, conference } = await openCase(timed, id, [{ name: '张三', unit: '镇政府' }]);
    /** The counties of the rows of `table` whose `key` is `value`, one a row. */
    const column = async (table: keyof DB & `${string}`, key: string, value: string) =>
      (
        await sql<{
          county_code: string;
        }>`select county_code from ${sql.table(table)} where ${sql.ref(key)} = ${value}`.execute(database.db)
      ).rows.map((r) => r.county_code);
    const counties = async () => ({
      child: (await column('child', 'id', id))[0],
      workLog: await column('work_log', 'child_id', id),
      transition: await column('support_transition', 'child_id', id),
      report: await column('mandatory_report', 'child_id', id),
      followup: await column('mandatory_report_followup', 'report_id', report.id),
      restriction: await column('child_restriction', 'child_id', id),
      parents: await column('child_parent', 'child_id', id),
      caregiver: await column('child_caregiver', 'child_id', id),
      intervention: await column('intervention', 'child_id', id),
      assistance: await column('child_assistance', 'child_id', id),
      schoolReturn: await column('school_return', 'child_id', id),
      // One row when registered (the history records the assessment only when it changes).
      assessment: [...new Set(await column('assessment', 'child_id', id))],
      contact: await column('contact', 'child_id', id),
      referral: await column('referral', 'child_id', id),
      referralEvents: await column('referral_event', 'referral_id', referral.id),
      conference: await column('conference', 'child_id', id),
      participants: await column('conference_participant', 'conference_id', conference.id),
      action: await column('conference_action', 'conference_id', conference.id),
    });
    const all = (county: string) => ({
      child: county,
      workLog: [county],
      transition: [county],
      report: [county],
      followup: [county],
      restriction: [county],
      parents: [county, county],
      caregiver: [county],
      intervention: [county],
      assistance: [county],
      schoolReturn: [county],
      assessment: [county],
      contact: [county],
      referral: [county],
      referralEvents: [county],
      conference: [county],
      participants: [county, county],
      action: [county],
    });
    expect(await counties()).toEqual(all('445281'));
    // What the triggers of 0007 and 0072 keep on the child row from these records: the move's cascade fires
    // their update triggers, which read the same records again and must leave the same dates.
    const kept = () =>
      database.db
        .selectFrom('child')
        .select([
          'first_intervention_on',
          'first_return_on',
          sql<string>`assistance_days::text`.as('days'),
          'last_visit_on',
          'last_contact_on',
        ])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const before = await kept();
    expect(before).toEqual({
      first_intervention_on: '2026-11-21',
      first_return_on: '2026-09-01',
      days: '{[2026-09-01,)}',
      last_visit_on: '2026-11-21',
      last_contact_on: '2026-11-21',
    });

    const { version } = await database.db
      .selectFrom('child')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await updateChild(ctx, id, { version, villageCode: await village('320115') });
    expect(await counties()).toEqual(all('320115'));
    expect(await kept()).toEqual(before);
  });

  it('refuses a record whose county is not its child’s', async () => {
    const child = await database.db.selectFrom('child').select(['id']).executeTakeFirstOrThrow();
    await expect(
      database.db
        .insertInto('work_log')
        .values({
          child_id: child.id,
          county_code: '220303',
          occurred_on: '2026-11-20',
          author_name: '某人',
          content: '记录',
        })
        .execute(),
    ).rejects.toThrow(/foreign key/);
  });
});
