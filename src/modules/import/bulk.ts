// Multi-row inserts. A plain insert is a COPY FROM STDIN on the transaction's own session (db/copy.ts; on
// PGlite a COPY FROM '/dev/blob' with the chunk's text): triggers, checks, foreign keys and unique indexes
// apply to it as to an INSERT, at a fraction of the server's work (20,000 new children on the loaded bench
// machine: 0.7 s by COPY, 5 s by a statement). An update in place of registered rows is a COPY into a
// temporary table and one update … from it (not an upsert: the child's key is (id, county_code) since 0088,
// and a re-import that moves a child to another county must update its row, not add one). Where COPY cannot
// serve (no COPY at hand; rows mixing a given and a null updated_at), a batch of rows goes as ONE jsonb
// parameter (jsonb_to_recordset) instead of one parameter per cell: a 500-child batch is 30,000 parameters
// otherwise, and binding them costs more than the insert itself. Column types are read from the catalogue once
// per table.
import { sql, type Kysely } from 'kysely';
import { copyText, type CopyIn } from '../../db/copy.ts';
import type { DB } from '../../db/schema.ts';
import { sealRow } from '../../db/sealed-columns.ts';

/** Rows per statement: large enough to amortise the round trip, small enough to keep memory flat. */
const BATCH = 2000;

type TableName = keyof DB & string;
type Row = Record<string, unknown>;

export class BulkWriter {
  private readonly types = new Map<string, Map<string, string>>();
  /** The temporary tables copyUpsert has made in this transaction. */
  private readonly staged = new Set<string>();

  /** `copyIn`: COPY on the transaction `db` runs in (copyInFor), or null to insert with statements. */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly copyIn: CopyIn | null = null,
  ) {}

  private async columnTypes(table: TableName): Promise<Map<string, string>> {
    let types = this.types.get(table);
    if (!types) {
      const { rows } = await sql<{ name: string; type: string }>`
        select attname as name, format_type(atttypid, atttypmod) as type
        from pg_attribute
        where attrelid = ${table}::regclass and attnum > 0 and not attisdropped`.execute(this.db);
      types = new Map(rows.map((r) => [r.name, r.type]));
      this.types.set(table, types);
    }
    return types;
  }

  /**
   * Prepares an insert of `rows` (all with the same keys; jsonb columns as JSON text or as values, a null
   * `updated_at` meaning now; `updateOn` updates the existing row with that key instead, in every column but
   * the key and created_at — every row must exist): does the JavaScript side now — sealing, COPY text or the
   * statement's JSON — and returns what sends it (null when there is nothing to insert). The import prepares a chunk while the
   * server writes the one before, so that neither waits for the other.
   */
  async prepare(
    table: TableName,
    plainRows: readonly Row[],
    options: { updateOn?: string } = {},
  ): Promise<(() => Promise<void>) | null> {
    if (!plainRows.length) return null;
    // Raw SQL passes the sealing plugin by: ID and phone numbers are sealed here (db/sealed-columns.ts).
    const rows = plainRows.map((r) => sealRow(table, r));
    const types = await this.columnTypes(table);
    // COPY cannot say now() row by row: rows mixing a null updated_at with a given one go by statement.
    const updatedAt = rows.filter((r) => r.updated_at === null || r.updated_at === undefined).length;
    if (this.copyIn && !options.updateOn && (updatedAt === 0 || updatedAt === rows.length))
      return this.copy(table, rows, types);
    const columns = Object.keys(rows[0]!);
    if (this.copyIn && options.updateOn)
      return this.copyUpdate(table, columns, rows, types, options.updateOn);
    const declared = columns.map((c) => {
      const type = types.get(c);
      if (!type) throw new Error(`bulk insert: ${table} has no column ${c}`);
      return `${quote(c)} ${type === 'jsonb' ? 'text' : type}`;
    });
    const value = (c: string) => {
      if (types.get(c) === 'jsonb') return `x.${quote(c)}::jsonb`;
      if (c === 'updated_at') return `coalesce(x.${quote(c)}, now())`;
      return `x.${quote(c)}`;
    };
    const statements: { batch: number; query: ReturnType<typeof sql> }[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const from = sql`jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(${sql.raw(declared.join(', '))})`;
      statements.push({
        batch: batch.length,
        query: options.updateOn
          ? sql`update ${sql.table(table)} t set ${sql.raw(updatedColumns(columns, options.updateOn, value))}
              from ${from} where t.${sql.raw(quote(options.updateOn))} = x.${sql.raw(quote(options.updateOn))}`
          : sql`insert into ${sql.table(table)} (${sql.raw(columns.map(quote).join(', '))})
              select ${sql.raw(columns.map(value).join(', '))} from ${from}`,
      });
    }
    return async () => {
      for (const { batch, query } of statements) {
        const result = await query.execute(this.db);
        if (options.updateOn) expectUpdated(table, batch, result.numAffectedRows);
      }
    };
  }

  /**
   * An update in place by COPY: the rows are copied into a temporary table shaped like `table` (made at the
   * first use in the transaction, dropped at its end), the table updated from it with one `update … from`, and
   * the temporary table emptied. A re-import's chunk of registered children goes this way instead of one jsonb
   * parameter the server must parse.
   */
  private copyUpdate(
    table: TableName,
    columns: string[],
    rows: readonly Row[],
    types: Map<string, string>,
    key: string,
  ): () => Promise<void> {
    const staging = `bulk_update_${table}`;
    const create = !this.staged.has(staging);
    this.staged.add(staging);
    const load = this.copy(table, rows, types, { into: staging, columns });
    const list = columns.map(quote).join(', ');
    const value = (c: string) => (c === 'updated_at' ? `coalesce(x.${quote(c)}, now())` : `x.${quote(c)}`);
    return async () => {
      if (create)
        await sql`create temporary table ${sql.table(staging)} on commit drop as
          select ${sql.raw(list)} from ${sql.table(table)} with no data`.execute(this.db);
      await load();
      const result =
        await sql`update ${sql.table(table)} t set ${sql.raw(updatedColumns(columns, key, value))}
        from ${sql.table(staging)} x where t.${sql.raw(quote(key))} = x.${sql.raw(quote(key))}`.execute(
          this.db,
        );
      expectUpdated(table, rows.length, result.numAffectedRows);
      await sql`truncate ${sql.table(staging)}`.execute(this.db);
    };
  }

  /**
   * COPY … FROM STDIN of `rows` (text format) into `table`, or into `into` with `table`'s column types; an
   * `updated_at` null throughout is left to its default, now(), unless `columns` names every column to send.
   */
  private copy(
    table: TableName,
    rows: readonly Row[],
    types: Map<string, string>,
    target: { into?: string; columns?: string[] } = {},
  ): () => Promise<void> {
    const columns =
      target.columns ??
      Object.keys(rows[0]!).filter(
        (c) => !(c === 'updated_at' && rows.every((r) => r[c] === null || r[c] === undefined)),
      );
    const formats = columns.map((c) => {
      const type = types.get(c);
      if (!type) throw new Error(`bulk insert: ${table} has no column ${c}`);
      if (type.endsWith('[]')) return copyArray;
      return type === 'jsonb' || type === 'json' ? copyJson : copyValue;
    });
    const texts: string[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      let text = '';
      for (const row of rows.slice(i, i + BATCH)) {
        for (let j = 0; j < columns.length; j++) text += (j ? '\t' : '') + formats[j]!(row[columns[j]!]);
        text += '\n';
      }
      texts.push(text);
    }
    const statement = `copy ${quote(target.into ?? table)} (${columns.map(quote).join(', ')}) from stdin`;
    return async () => {
      const stream = this.copyIn!(statement);
      try {
        for (const text of texts) await stream.write(text);
      } catch (error) {
        await stream.abort(error as Error);
        throw error;
      }
      await stream.end();
    };
  }
}

/** The SET list updating every column but the key and created_at from `value` of the column. */
function updatedColumns(columns: readonly string[], key: string, value: (column: string) => string): string {
  return columns
    .filter((c) => c !== key && c !== 'created_at')
    .map((c) => `${quote(c)} = ${value(c)}`)
    .join(', ');
}

/** Every row to update in place must have been there: a row missing means a plan gone wrong, not a new row. */
function expectUpdated(table: string, expected: number, affected: bigint | undefined): void {
  if (affected !== undefined && Number(affected) !== expected)
    throw new Error(`bulk update of ${table}: ${expected} rows to update, ${Number(affected)} found`);
}

/** A scalar in COPY's text format: dates and timestamps as ISO text. */
function copyValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object')
    throw new Error('bulk insert: an object in a scalar column');
  return copyText(value);
}

/** A jsonb column: JSON text as it is, anything else as its JSON. */
function copyJson(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return copyText(typeof value === 'string' ? value : JSON.stringify(value));
}

/** An array column: a PostgreSQL array literal, each element quoted. */
function copyArray(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (!Array.isArray(value)) return copyValue(value);
  const items = value.map((x: unknown) =>
    x === null || x === undefined
      ? 'NULL'
      : `"${(x instanceof Date ? x.toISOString() : String(x)).replace(/[\\"]/g, '\\$&')}"`,
  );
  return copyText(`{${items.join(',')}}`);
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
