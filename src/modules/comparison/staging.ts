// The roster in the database for the length of one comparison: a temporary table dropped at commit, filled
// in batches with one INSERT … SELECT FROM unnest(array, array, …) per batch (one parameter per column, not
// per value), which both back ends take at full speed. The matching after it is set-based SQL.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadNameKey, type NameKey } from './name-key.ts';
import type { RosterRow } from './roster.ts';
import type { RosterRule, StagingType } from './rule.ts';

export const STAGING_TABLE = 'cmp_roster';
const BATCH_ROWS = 10_000;

interface Column {
  name: string;
  type: StagingType | 'boolean';
}

const COMMON_COLUMNS: Column[] = [
  { name: 'n', type: 'integer' },
  { name: 'line', type: 'integer' },
  { name: 'id_number', type: 'text' },
  { name: 'id_valid', type: 'boolean' },
  { name: 'name', type: 'text' },
  { name: 'name_key', type: 'text' },
  { name: 'birth_date', type: 'date' },
  { name: 'village_code', type: 'text' },
];

// Array elements that need no quoting in a PostgreSQL array literal (the usual name, ID number, date).
const PLAIN_ELEMENT = /^[^\s"\\{},]+$/;

/**
 * The text of a PostgreSQL array literal, built here rather than by the driver: the driver's generic
 * escaping of every element costs more than reading the file. NULL marks a missing value.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'number' || typeof v === 'boolean') parts[i] = String(v);
    else {
      const text = String(v);
      parts[i] =
        PLAIN_ELEMENT.test(text) && text.toUpperCase() !== 'NULL'
          ? text
          : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    }
  }
  return `{${parts.join(',')}}`;
}

export class Staging {
  private readonly columns: Column[];
  private batch: unknown[][];
  /** The batch being inserted while the next one is read: file and database work side by side. */
  private inFlight: Promise<unknown> | null = null;
  rows = 0;

  private constructor(
    private readonly trx: Kysely<DB>,
    rule: RosterRule,
    private readonly nameKey: NameKey,
  ) {
    this.columns = [...COMMON_COLUMNS, ...rule.fields.map((f) => ({ name: f.sqlName, type: f.type }))];
    this.batch = this.columns.map(() => []);
  }

  /** Creates the table inside the caller's transaction; it goes when the transaction ends. */
  static async create(trx: Kysely<DB>, rule: RosterRule): Promise<Staging> {
    const staging = new Staging(trx, rule, await loadNameKey(trx));
    // Joins and sorts of a million rows stay in memory rather than spilling to disk, for this transaction.
    await sql`set local work_mem = '64MB'`.execute(trx);
    const defs = staging.columns.map((c) => sql`${sql.id(c.name)} ${sql.raw(c.type)}`);
    await sql`create temporary table ${sql.table(STAGING_TABLE)} (${sql.join(defs)}) on commit drop`.execute(
      trx,
    );
    return staging;
  }

  /** Adds a row to the batch; true when the batch is full and should be flushed. */
  add(row: RosterRow): boolean {
    this.rows += 1;
    const values = [
      this.rows,
      row.number,
      row.idNumber,
      row.idValid,
      row.name,
      this.nameKey(row.name),
      row.birthDate,
      row.villageCode,
      ...row.values,
    ];
    for (let i = 0; i < values.length; i++) this.batch[i]!.push(values[i] ?? null);
    return this.batch[0]!.length >= BATCH_ROWS;
  }

  /** Sends the batch and returns once the one before it is in: at most one insert is ever waiting. */
  async flush(): Promise<void> {
    if (!this.batch[0]!.length) return;
    const arrays = this.columns.map((c, i) => sql`${arrayLiteral(this.batch[i]!)}::${sql.raw(c.type)}[]`);
    this.batch = this.columns.map(() => []);
    const previous = this.inFlight;
    this.inFlight =
      sql`insert into ${sql.table(STAGING_TABLE)} (${sql.join(this.columns.map((c) => sql.id(c.name)))})
      select * from unnest(${sql.join(arrays)})`.execute(this.trx);
    // A failed insert must not go unobserved while the next batch is read.
    this.inFlight.catch(() => undefined);
    await previous;
  }

  /** Loads the last batch and gives the planner the table's size (temporary tables are never auto-analysed). */
  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    // Only the columns the matcher joins on: statistics of names and schools would cost without use.
    await sql`analyze ${sql.table(STAGING_TABLE)} (n, id_number, birth_date)`.execute(this.trx);
  }
}
