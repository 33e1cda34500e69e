// The floors issue 20.1 measures `tonghu import children` against, on PostgreSQL:
// - the COPY floor of what the import wrote: every row it added, in every table it added rows to (found by
//   counting each table's rows before and after), exported with COPY TO STDOUT and timed as COPY FROM STDIN
//   (text format, one transaction) into empty tables made `like … including all` in a scratch schema: the
//   same columns, defaults, checks and indexes — no triggers, no foreign keys;
// - psql's `\copy` of the file itself into a one-column jsonb table.
// No importer that validates, assesses and audits can beat either; the ratios say what the rest costs.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

const SCHEMA = 'bench_floor';

/** Rows in each ordinary table of the public schema (partitioned parents count their partitions). */
export async function tableRows(client: pg.ClientBase): Promise<Map<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
  );
  if (!tables.length) return new Map();
  const { rows } = await client.query<{ name: string; n: string }>(
    tables
      .map((t) => `select '${t.name}' as name, count(*) as n from public."${t.name}"`)
      .join(' union all '),
  );
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}

export interface FloorTable {
  name: string;
  rows: number;
  /** Rows the table held before the import (their export goes with the new ones; the bench's are 0). */
  before: number;
  bytes: number;
  ms: number;
}

export interface Floor {
  tables: FloorTable[];
  /** COPY FROM STDIN of every table's rows, one transaction, commit included. */
  ms: number;
}

/**
 * Exports the rows the import added (tables whose count grew since `before`) to files in `dir`, then times
 * COPYing them into empty `like … including all` copies in a scratch schema, which is dropped afterwards.
 */
export async function copyFloor(
  client: pg.ClientBase,
  before: Map<string, number>,
  dir: string,
): Promise<Floor> {
  const after = await tableRows(client);
  const written = [...after]
    .filter(([name, n]) => n > (before.get(name) ?? 0))
    .sort(([a], [b]) => a.localeCompare(b));
  const tables: FloorTable[] = [];
  await client.query(`drop schema if exists ${SCHEMA} cascade`);
  await client.query(`create schema ${SCHEMA}`);
  try {
    for (const [name, rows] of written) {
      const file = path.join(dir, `floor-${name}.copy`);
      await pipeline(client.query(copyTo(`copy public."${name}" to stdout`)), createWriteStream(file));
      await client.query(`create table ${SCHEMA}."${name}" (like public."${name}" including all)`);
      tables.push({ name, rows, before: before.get(name) ?? 0, bytes: statSync(file).size, ms: 0 });
    }
    await client.query('checkpoint'); // the exports' writes are not the floor's to pay for
    const started = performance.now();
    await client.query('begin');
    for (const t of tables) {
      const t0 = performance.now();
      await pipeline(
        createReadStream(path.join(dir, `floor-${t.name}.copy`)),
        client.query(copyFrom(`copy ${SCHEMA}."${t.name}" from stdin`)),
      );
      t.ms = performance.now() - t0;
    }
    await client.query('commit');
    return { tables, ms: performance.now() - started };
  } finally {
    await client.query(`drop schema if exists ${SCHEMA} cascade`);
  }
}

/**
 * psql's `\copy` of the file into a one-column jsonb table (CSV with quote and delimiter bytes no JSON
 * holds, so each line is one value as it stands); COPY FROM STDIN of the file from here when there is no
 * psql. The time includes starting psql (a few milliseconds).
 */
export async function fileCopy(
  client: pg.ClientBase,
  url: string,
  file: string,
): Promise<{ ms: number; how: string; rows: number }> {
  await client.query(`drop table if exists public.bench_floor_file`);
  await client.query(`create table public.bench_floor_file (doc jsonb)`);
  try {
    const options = `with (format csv, quote e'\\x01', delimiter e'\\x02')`;
    const started = performance.now();
    let how = 'psql \\copy';
    const psql = spawnSync(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy public.bench_floor_file (doc) from '${file}' ${options}`,
      ],
      { encoding: 'utf8' },
    );
    if (psql.error || psql.status !== 0) {
      if (!psql.error) throw new Error(`psql \\copy failed: ${psql.stderr}`);
      how = 'COPY FROM STDIN of the file (no psql)';
      await pipeline(
        createReadStream(file),
        client.query(copyFrom(`copy public.bench_floor_file (doc) from stdin ${options}`)),
      );
    }
    const ms = performance.now() - started;
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from public.bench_floor_file`);
    return { ms, how, rows: Number(rows[0]!.n) };
  } finally {
    await client.query(`drop table if exists public.bench_floor_file`);
  }
}
