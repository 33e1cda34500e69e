// Multi-row inserts that send a batch of rows as ONE jsonb parameter (jsonb_to_recordset) instead of
// one parameter per cell: a 500-child batch is 30,000 parameters otherwise, and binding them costs more
// than the insert itself, on PGlite above all. Column types are read from the catalogue once per table.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { sealRow } from '../../db/sealed-columns.ts';

/** Rows per statement: large enough to amortise the round trip, small enough to keep memory flat. */
const BATCH = 2000;

type TableName = keyof DB & string;
type Row = Record<string, unknown>;

export class BulkWriter {
  private readonly types = new Map<string, Map<string, string>>();

  constructor(private readonly db: Kysely<DB>) {}

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
   * Inserts `rows` (all with the same keys; jsonb columns as JSON text, a null `updated_at` meaning now).
   * `upsertOn` updates the existing row with that key instead, in every column but the key and created_at.
   */
  async insert(
    table: TableName,
    plainRows: readonly Row[],
    options: { upsertOn?: string } = {},
  ): Promise<void> {
    if (!plainRows.length) return;
    // Raw SQL passes the sealing plugin by: ID and phone numbers are sealed here (db/sealed-columns.ts).
    const rows = plainRows.map((r) => sealRow(table, r));
    const types = await this.columnTypes(table);
    const columns = Object.keys(rows[0]!);
    const declared = columns.map((c) => {
      const type = types.get(c);
      if (!type) throw new Error(`bulk insert: ${table} has no column ${c}`);
      return `${quote(c)} ${type === 'jsonb' ? 'text' : type}`;
    });
    const selected = columns.map((c) => {
      if (types.get(c) === 'jsonb') return `x.${quote(c)}::jsonb`;
      if (c === 'updated_at') return `coalesce(x.${quote(c)}, now())`;
      return `x.${quote(c)}`;
    });
    const conflict = options.upsertOn
      ? ` on conflict (${quote(options.upsertOn)}) do update set ${columns
          .filter((c) => c !== options.upsertOn && c !== 'created_at')
          .map((c) => `${quote(c)} = excluded.${quote(c)}`)
          .join(', ')}`
      : '';
    for (let i = 0; i < rows.length; i += BATCH)
      await sql`insert into ${sql.table(table)} (${sql.raw(columns.map(quote).join(', '))})
        select ${sql.raw(selected.join(', '))}
        from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + BATCH))}::jsonb) as x(${sql.raw(declared.join(', '))})${sql.raw(conflict)}`.execute(
        this.db,
      );
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
