// The roster in the database for the length of one comparison: a temporary table dropped at commit (never
// written to the WAL). Its ID numbers stay in clear there for that moment, beside their blind index, which is
// what the matcher joins on; only the findings' ID numbers are kept, sealed (findings.ts). On
// PostgreSQL the rows stream in through one COPY … FROM STDIN, the server taking them in while the file is
// still being read; on PGlite (no COPY stream) in batches with one INSERT … SELECT FROM unnest(array, …)
// per batch (one parameter per column, not per value). The matching after it is set-based SQL.
import { sql, type Kysely } from 'kysely';
import { copyText, type CopyIn, type CopyStream } from '../../db/copy.ts';
import type { DB } from '../../db/schema.ts';
import { blindIndexes } from '../../crypto/active.ts';
import { loadNameKey, type NameKey } from './name-key.ts';
import type { RosterRow } from './roster.ts';
import type { RosterRule, StagingType } from './rule.ts';

export const STAGING_TABLE = 'cmp_roster';
const BATCH_ROWS = 10_000;
/** Rows whose ID numbers go to the blind-index worker together. */
const INDEX_CHUNK_ROWS = 1_000;
/** Chunks that may be out for their indexes while the file is read on (PostgreSQL). */
const CHUNKS_OUT = 4;
/** Where the blind index sits among COMMON_COLUMNS. */
const BIDX_COLUMN = 3;

interface Column {
  name: string;
  type: StagingType | 'boolean';
}

const COMMON_COLUMNS: Column[] = [
  { name: 'n', type: 'integer' },
  { name: 'line', type: 'integer' },
  { name: 'id_number', type: 'text' },
  { name: 'id_number_bidx', type: 'text' },
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
  /** COPY pieces of the rows whose blind indexes are not yet asked for (PostgreSQL), and where each goes. */
  private lines: string[] = [];
  private slots: number[] = [];
  /** ID numbers of those rows. */
  private ids: (string | null)[] = [];
  /** Chunks out for their blind indexes, in order: their COPY text (PostgreSQL) or '' once filled in. */
  private pending: Promise<string>[] = [];
  rows = 0;

  private constructor(
    private readonly trx: Kysely<DB>,
    rule: RosterRule,
    private readonly nameKey: NameKey,
    private readonly copy: CopyStream | null,
  ) {
    this.columns = [...COMMON_COLUMNS, ...rule.fields.map((f) => ({ name: f.sqlName, type: f.type }))];
    this.batch = this.columns.map(() => []);
  }

  /**
   * Creates the table inside the caller's transaction; it goes when the transaction ends. With `copyIn`
   * (PostgreSQL) the rows go through COPY; without it, through batched INSERTs.
   */
  static async create(trx: Kysely<DB>, rule: RosterRule, copyIn: CopyIn | null = null): Promise<Staging> {
    const nameKey = await loadNameKey(trx);
    // Joins and sorts of a million rows stay in memory rather than spilling to disk, for this transaction.
    await sql`set local work_mem = '64MB'`.execute(trx);
    const columns = [...COMMON_COLUMNS, ...rule.fields.map((f) => ({ name: f.sqlName, type: f.type }))];
    const defs = columns.map((c) => sql`${sql.id(c.name)} ${sql.raw(c.type)}`);
    await sql`create temporary table ${sql.table(STAGING_TABLE)} (${sql.join(defs)}) on commit drop`.execute(
      trx,
    );
    const copy = copyIn
      ? copyIn(`copy ${STAGING_TABLE} (${columns.map((c) => `"${c.name}"`).join(', ')}) from stdin`)
      : null;
    return new Staging(trx, rule, nameKey, copy);
  }

  /** Adds a row to the batch; true when the batch is full and should be flushed. */
  add(row: RosterRow): boolean {
    this.rows += 1;
    this.ids.push(row.idNumber);
    if (this.copy) {
      // Cells and separators into one array, joined once the chunk's blind indexes are back: no string per row.
      const out = this.lines;
      out.push(String(this.rows), '\t', String(row.number), '\t', copyText(row.idNumber), '\t');
      this.slots.push(out.length);
      out.push('', row.idValid ? '\tt\t' : '\tf\t',
        copyText(row.name), '\t', copyText(this.nameKey(row.name)), '\t', row.birthDate, '\t', copyText(row.villageCode),
      ); // prettier-ignore
      for (const value of row.values) out.push('\t', copyText(value));
      out.push('\n');
      if (this.ids.length === INDEX_CHUNK_ROWS) this.sendChunk();
      return this.rows % BATCH_ROWS === 0;
    }
    const values = [
      this.rows,
      row.number,
      row.idNumber,
      null, // the blind index, filled in when the batch's indexes are back
      row.idValid,
      row.name,
      this.nameKey(row.name),
      row.birthDate,
      row.villageCode,
      ...row.values,
    ];
    for (let i = 0; i < values.length; i++) this.batch[i]!.push(values[i] ?? null);
    if (this.ids.length === INDEX_CHUNK_ROWS) this.sendChunk();
    return this.batch[0]!.length >= BATCH_ROWS;
  }

  /**
   * Hands the last rows' ID numbers to the blind-index worker and goes on reading: the main thread was the
   * comparison's bottleneck, and an HMAC-SM3 per row a third of its work on PostgreSQL (bench/README.md).
   * The rows' COPY text is joined (or their batch column filled) when the indexes are back.
   */
  private sendChunk(): void {
    const count = this.ids.length;
    if (!count) return;
    const indexes = blindIndexes('id_number', this.ids);
    this.ids = [];
    if (this.copy) {
      const out = this.lines;
      const slots = this.slots;
      this.lines = [];
      this.slots = [];
      this.pending.push(
        indexes.then((bidx) => {
          for (let k = 0; k < slots.length; k++) out[slots[k]!] = copyText(bidx[k]);
          return out.join('');
        }),
      );
    } else {
      const column = this.batch[BIDX_COLUMN]!;
      const from = this.batch[0]!.length - count;
      this.pending.push(
        indexes.then((bidx) => {
          for (let k = 0; k < bidx.length; k++) column[from + k] = bidx[k] ?? null;
          return '';
        }),
      );
    }
    // A failure is awaited in flush; it must not go unobserved if reading fails first.
    this.pending.at(-1)!.catch(() => undefined);
  }

  /**
   * Sends what is ready and returns once little is left waiting: on PostgreSQL the chunks whose indexes are
   * back, in order, keeping at most a few out; on PGlite the batch, inserted once its indexes are back and the
   * batch before it is in (at most one insert is ever waiting). The reading never stops for the last chunk's
   * indexes: waiting for them at every batch was 120–190 ms of a 200,000-row comparison.
   */
  async flush(): Promise<void> {
    this.sendChunk();
    if (this.copy) {
      while (this.pending.length > CHUNKS_OUT) await this.copy.write(await this.pending.shift()!);
      return;
    }
    if (!this.batch[0]!.length) return;
    const indexed = Promise.all(this.pending);
    this.pending = [];
    const batch = this.batch;
    this.batch = this.columns.map(() => []);
    const previous = this.inFlight;
    this.inFlight = Promise.all([previous, indexed]).then(() => {
      const arrays = this.columns.map((c, i) => sql`${arrayLiteral(batch[i]!)}::${sql.raw(c.type)}[]`);
      return sql`insert into ${sql.table(STAGING_TABLE)} (${sql.join(this.columns.map((c) => sql.id(c.name)))})
      select * from unnest(${sql.join(arrays)})`.execute(this.trx);
    });
    // A failed insert must not go unobserved while the next batch is read.
    this.inFlight.catch(() => undefined);
    await previous;
  }

  /** After a failure while reading: ends a COPY under way, so that the transaction can roll back. */
  async abort(reason: Error): Promise<void> {
    this.pending = [];
    await this.inFlight?.catch(() => undefined);
    await this.copy?.abort(reason);
  }

  /** Loads the last batch and gives the planner the table's size (temporary tables are never auto-analysed). */
  async finish(): Promise<void> {
    await this.flush();
    if (this.copy) for (const chunk of this.pending.splice(0)) await this.copy.write(await chunk);
    await this.inFlight;
    if (this.copy) await this.copy.end();
    // Only the columns the matcher joins on: statistics of names and schools would cost without use.
    await sql`analyze ${sql.table(STAGING_TABLE)} (n, id_number_bidx, birth_date)`.execute(this.trx);
  }
}
