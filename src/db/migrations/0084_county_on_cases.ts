// Issue 20.5, the eighth step (after 0077–0083): referrals and case conferences, and what hangs on them.
//
// The choice first (docs/scale.md): a referral's and a conference's county_code is the county of their child,
// and follows the child when it moves, as the child's other records do. That is what the rest of the code
// already meant — the sender's side sees a referral when the child lies in its region
// (referrals/access.ts), a resend picks departments "of the child's county" (接收部门…不属于儿童所在县),
// and a conference's owners are checked against the child's county. The department a referral was sent to
// stays as it was: it still answers (departments are reference tables; its users see the referral by
// department). Rows whose county had fallen behind a child moved before today are brought to the child's.
//
// Then the keys, as 0077: referral and conference (id, county_code), with (child_id, county_code) → child on
// update cascade; referral_event (→ its referral), conference_participant (→ its conference) and
// conference_action (→ its conference and its child) carry the county in their keys and foreign keys.
// conference_action reaches the moved child's county by two paths (the child's cascade and the conference's);
// its foreign key to the conference is checked at commit (deferrable initially deferred), so that whichever
// cascade runs first, the row is checked once both have run.
import { sql, type Kysely } from 'kysely';

const LEAVES = [
  { table: 'referral_event', parent: 'referral', by: 'referral_id' },
  { table: 'conference_participant', parent: 'conference', by: 'conference_id' },
  { table: 'conference_action', parent: 'conference', by: 'conference_id' },
] as const;
/** The tables with a foreign key to the child. */
const ON_THE_CHILD = ['referral', 'conference', 'conference_action'] as const;
const ALL = [
  'referral',
  'conference',
  'referral_event',
  'conference_participant',
  'conference_action',
] as const;

const raw = (name: string) => sql.raw(name);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['referral', 'conference'])
    await sql`
      update ${raw(table)} x set county_code = c.county_code
      from child c where c.id = x.child_id and x.county_code <> c.county_code`.execute(db);
  for (const { table, parent, by } of LEAVES) {
    await sql`alter table ${raw(table)} add column county_code text collate "C"`.execute(db);
    await sql`
      update ${raw(table)} x set county_code = p.county_code
      from ${raw(parent)} p where p.id = x.${raw(by)}`.execute(db);
    await sql`alter table ${raw(table)} alter column county_code set not null`.execute(db);
    await sql`alter table ${raw(table)} drop constraint ${raw(`${table}_${by}_fkey`)}`.execute(db);
  }
  for (const table of ALL)
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_pkey`)},
        add constraint ${raw(`${table}_pkey`)} primary key (id, county_code)`.execute(db);
  for (const table of ON_THE_CHILD)
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_child_id_fkey`)},
        add constraint ${raw(`${table}_child_fkey`)} foreign key (child_id, county_code)
          references child (id, county_code) on update cascade`.execute(db);
  for (const { table, parent, by } of LEAVES)
    await sql`
      alter table ${raw(table)}
        add constraint ${raw(`${table}_${parent}_fkey`)} foreign key (${raw(by)}, county_code)
          references ${raw(parent)} (id, county_code) on update cascade
          ${table === 'conference_action' ? sql`deferrable initially deferred` : sql``}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, parent } of LEAVES)
    await sql`alter table ${raw(table)} drop constraint ${raw(`${table}_${parent}_fkey`)}`.execute(db);
  for (const table of ON_THE_CHILD)
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_child_fkey`)},
        add constraint ${raw(`${table}_child_id_fkey`)} foreign key (child_id) references child (id)`.execute(
      db,
    );
  for (const table of ALL)
    await sql`
      alter table ${raw(table)}
        drop constraint ${raw(`${table}_pkey`)},
        add constraint ${raw(`${table}_pkey`)} primary key (id)`.execute(db);
  for (const { table, parent, by } of LEAVES) {
    await sql`
      alter table ${raw(table)}
        add constraint ${raw(`${table}_${by}_fkey`)} foreign key (${raw(by)}) references ${raw(parent)} (id)`.execute(
      db,
    );
    await sql`alter table ${raw(table)} drop column county_code`.execute(db);
  }
}
