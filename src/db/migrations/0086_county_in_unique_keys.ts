// Issue 20.5: Citus keeps a unique key on a distributed table only when the distribution column is in it. Four
// unique keys of a child's records gain the county, each meaning what it meant, since a child has one county at a
// time and its records follow it:
// - contact and work_log client_id (0058), the offline app's replay key: a send is still found as a replay by its
//   client_id alone (casework/client-ids.ts reads it before inserting); the key stops two racing sends, which
//   write for the same child and so the same county. The index keeps its name (client-ids.ts matches on it).
// - screening_record (round_id, child_id), spot_check_item (spot_check_id, child_id): one record per child a
//   round, one item per child a check.
// Left (docs/scale.md): spot_check_item's (spot_check_id, position), and child's id and ID-number keys.
import { sql, type Kysely } from 'kysely';

const CONSTRAINTS = [
  {
    table: 'screening_record',
    name: 'screening_record_round_id_child_id_key',
    columns: 'round_id, child_id',
  },
  {
    table: 'spot_check_item',
    name: 'spot_check_item_spot_check_id_child_id_key',
    columns: 'spot_check_id, child_id',
  },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['contact', 'work_log']) {
    await sql`drop index ${sql.raw(`${table}_client_id_key`)}`.execute(db);
    await sql`
      create unique index ${sql.raw(`${table}_client_id_key`)} on ${sql.raw(table)} (client_id, county_code)`.execute(
      db,
    );
  }
  for (const { table, name, columns } of CONSTRAINTS)
    await sql`
      alter table ${sql.raw(table)}
        drop constraint ${sql.raw(name)},
        add constraint ${sql.raw(name)} unique (${sql.raw(columns)}, county_code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, name, columns } of CONSTRAINTS)
    await sql`
      alter table ${sql.raw(table)}
        drop constraint ${sql.raw(name)},
        add constraint ${sql.raw(name)} unique (${sql.raw(columns)})`.execute(db);
  for (const table of ['contact', 'work_log']) {
    await sql`drop index ${sql.raw(`${table}_client_id_key`)}`.execute(db);
    await sql`create unique index ${sql.raw(`${table}_client_id_key`)} on ${sql.raw(table)} (client_id)`.execute(
      db,
    );
  }
}
