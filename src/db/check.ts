// `tonghu check` (issue 14.6): is the database whole? Indexes and tables by amcheck (bt_index_check with
// heapallindexed, verify_heapam) on both back ends (PGlite ships amcheck as an extension, registered in
// connect.ts), and every constraint re-checked against the table rows themselves with index scans off, so
// a corrupt index cannot hide a broken row: foreign keys, CHECK, NOT NULL, unique indexes. Constraints
// added NOT VALID are checked too. Problems are described by object and count, never by row values (the
// rows hold ID numbers and names).
import { sql, type Kysely, type Transaction } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the check works on whatever tables exist
type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTrx = Transaction<any>;

export type ProblemKind = 'amcheck' | 'index' | 'table' | 'foreign_key' | 'check' | 'not_null' | 'unique';

export interface Problem {
  kind: ProblemKind;
  /** The index, table or constraint. */
  object: string;
  message: string;
}

export interface CheckResult {
  indexes: number;
  tables: number;
  constraints: number;
  problems: Problem[];
}

const KIND_NAMES: Record<ProblemKind, string> = {
  amcheck: '检查工具',
  index: '索引',
  table: '数据表',
  foreign_key: '外键',
  check: 'CHECK 约束',
  not_null: '非空约束',
  unique: '唯一约束',
};

export function describeProblem(p: Problem): string {
  return `${KIND_NAMES[p.kind]} ${p.object}：${p.message}`;
}

function errorText(error: unknown): string {
  const e = error as { message?: string; detail?: string };
  return [e.message ?? String(error), e.detail].filter(Boolean).join('；');
}

/** Reads the table rows themselves: with index scans off a broken index cannot answer for the heap. */
async function heapOnly<T>(db: AnyDb, fn: (trx: AnyTrx) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`set local enable_indexscan to off`.execute(trx);
      await sql`set local enable_indexonlyscan to off`.execute(trx);
      await sql`set local enable_bitmapscan to off`.execute(trx);
      return fn(trx);
    });
}

async function count(trx: AnyTrx, query: string): Promise<number> {
  const { rows } = await sql.raw<{ n: number }>(`select count(*)::int as n from (${query}) q`).execute(trx);
  return rows[0]?.n ?? 0;
}

async function amcheck(db: AnyDb, result: CheckResult): Promise<void> {
  try {
    await sql`create extension if not exists amcheck`.execute(db);
  } catch (error) {
    result.problems.push({
      kind: 'amcheck',
      object: 'amcheck',
      message:
        `无法启用 amcheck 扩展（${errorText(error)}），索引和数据表的物理结构未检查；` +
        '请数据库管理员在本库执行 create extension amcheck',
    });
    return;
  }
  const { rows: indexes } = await sql<{ oid: number; name: string }>`
    select i.indexrelid::int as oid, c.relname as name
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where c.relnamespace = 'public'::regnamespace and a.amname = 'btree' and i.indisvalid and i.indisready
    order by c.relname`.execute(db);
  result.indexes = indexes.length;
  for (const index of indexes) {
    try {
      await sql`select bt_index_check(${index.oid}::oid::regclass, true)`.execute(db);
    } catch (error) {
      result.problems.push({ kind: 'index', object: index.name, message: `损坏：${errorText(error)}` });
    }
  }
  const { rows: tables } = await sql<{ oid: number; name: string }>`
    select c.oid::int as oid, c.relname as name from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'm', 't')
    order by c.relname`.execute(db);
  result.tables = tables.length;
  for (const table of tables) {
    try {
      const { rows } = await sql<{ blkno: number; offnum: number; msg: string }>`
        select blkno, offnum, msg from verify_heapam(${table.oid}::oid::regclass) limit 5`.execute(db);
      for (const row of rows)
        result.problems.push({
          kind: 'table',
          object: table.name,
          message: `损坏（页 ${row.blkno}，行 ${row.offnum}）：${row.msg}`,
        });
    } catch (error) {
      result.problems.push({ kind: 'table', object: table.name, message: `无法读取：${errorText(error)}` });
    }
  }
}

interface ForeignKey {
  name: string;
  table: string;
  referenced: string;
  columns: string[];
  refColumns: string[];
}

async function constraints(db: AnyDb, result: CheckResult): Promise<void> {
  const { rows: foreignKeys } = await sql<ForeignKey>`
    select c.conname as name, c.conrelid::regclass::text as table, c.confrelid::regclass::text as referenced,
      array(select quote_ident(a.attname) from unnest(c.conkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
      array(select quote_ident(a.attname) from unnest(c.confkey) with ordinality k(n, i)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns"
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace order by c.conname`.execute(db);
  const { rows: checks } = await sql<{ name: string; table: string; expr: string }>`
    select c.conname as name, c.conrelid::regclass::text as table, pg_get_expr(c.conbin, c.conrelid) as expr
    from pg_constraint c
    where c.contype = 'c' and c.connamespace = 'public'::regnamespace order by c.conname`.execute(db);
  const { rows: notNulls } = await sql<{ table: string; columns: string[] }>`
    select c.oid::regclass::text as table, array_agg(quote_ident(a.attname) order by a.attnum) as columns
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0
      and not a.attisdropped and a.attnotnull
    group by c.oid order by 1`.execute(db);
  const { rows: uniques } = await sql<{
    name: string;
    table: string;
    keys: string[];
    predicate: string | null;
    nullsDistinct: boolean;
  }>`
    select x.relname as name, i.indrelid::regclass::text as table,
      array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k order by k)
        as keys,
      pg_get_expr(i.indpred, i.indrelid) as predicate,
      not coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) as "nullsDistinct"
    from pg_index i join pg_class x on x.oid = i.indexrelid
    where x.relnamespace = 'public'::regnamespace and i.indisunique order by x.relname`.execute(db);
  result.constraints = foreignKeys.length + checks.length + notNulls.length + uniques.length;

  await heapOnly(db, async (trx) => {
    for (const fk of foreignKeys) {
      const present = fk.columns.map((c) => `t.${c} is not null`).join(' and ');
      const match = fk.columns.map((c, i) => `r.${fk.refColumns[i]} = t.${c}`).join(' and ');
      const n = await count(
        trx,
        `select 1 from ${fk.table} t where ${present} and not exists (select 1 from ${fk.referenced} r where ${match})`,
      );
      if (n)
        result.problems.push({
          kind: 'foreign_key',
          object: `${fk.name}（${fk.table} → ${fk.referenced}）`,
          message: `${n} 行引用了不存在的记录`,
        });
    }
    for (const check of checks) {
      const n = await count(trx, `select 1 from ${check.table} where not (${check.expr})`);
      if (n)
        result.problems.push({
          kind: 'check',
          object: `${check.name}（${check.table}）`,
          message: `${n} 行不满足 ${check.expr}`,
        });
    }
    for (const table of notNulls) {
      const { rows } = await sql
        .raw<Record<string, number>>(
          `select ${table.columns.map((c, i) => `count(*) filter (where ${c} is null)::int as c${i}`).join(', ')} from ${table.table}`,
        )
        .execute(trx);
      table.columns.forEach((column, i) => {
        const n = rows[0]?.[`c${i}`] ?? 0;
        if (n)
          result.problems.push({
            kind: 'not_null',
            object: `${table.table}.${column}`,
            message: `${n} 行为空值`,
          });
      });
    }
    for (const unique of uniques) {
      const keys = unique.keys.join(', ');
      const where = [
        ...(unique.nullsDistinct ? unique.keys.map((k) => `(${k}) is not null`) : []),
        ...(unique.predicate ? [`(${unique.predicate})`] : []),
      ];
      const n = await count(
        trx,
        `select 1 from ${unique.table} ${where.length ? `where ${where.join(' and ')}` : ''} group by ${keys} having count(*) > 1`,
      );
      if (n)
        result.problems.push({
          kind: 'unique',
          object: `${unique.name}（${unique.table}）`,
          message: `${n} 组重复值`,
        });
    }
  });
}

/** Checks the whole database; `problems` empty means clean. */
export async function checkDatabase(db: AnyDb): Promise<CheckResult> {
  const result: CheckResult = { indexes: 0, tables: 0, constraints: 0, problems: [] };
  await amcheck(db, result);
  await constraints(db, result);
  return result;
}

/** The lines `tonghu check` prints, and the nightly job logs. */
export function describeCheck(result: CheckResult): string[] {
  const scope = `已检查 ${result.indexes} 个索引、${result.tables} 张表、${result.constraints} 项约束`;
  if (!result.problems.length) return [`${scope}：全部正常`];
  return [...result.problems.map(describeProblem), `${scope}：发现 ${result.problems.length} 处问题`];
}
