// Importing 100,000 children (`tonghu import children`) from NDJSON and from XLSX, next to a raw COPY of
// the same children into the child table on the same database: the COPY is the floor no importer that
// validates, assesses and audits can beat, so the ratio says what the rest costs. PGlite always; the
// PostgreSQL server too when DATABASE_URL or TEST_DATABASE_URL names one. BENCH_IMPORT_CHILDREN changes n.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, createWriteStream, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { blindIndex, keyring, seal, useKeyring } from '../src/crypto/active.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { addDays } from '../src/domain/dates.ts';
import {
  CONDITION_NAMES,
  PARENT_STATUS_NAMES,
  type Condition,
  type ParentStatus,
} from '../src/domain/codes.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { idNumberOf } from '../test/helpers/import-files.ts';
import { TONGHU_BIN } from '../test/helpers/cli.ts';
import { importChildren } from '../src/modules/import/service.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { readSourceRegions } from '../src/regions/source.ts';
import { clearKeyring, dropSealedChecks } from './clear-keyring.ts';
import { copyFloor, fileCopy, tableRows, type Floor } from './import-floor.ts';
import type { Benchmark } from './registry.ts';
import { syntheticFacts } from './synthetic.ts';

const COUNTY = '445281';
const TODAY = '2026-11-23';

interface Child {
  name: string;
  idNumber: string;
  villageCode: string;
  birthDate: string;
  hukouType: string;
  guardianship: string;
  parents: {
    relation: string;
    statuses: string[];
    migrantMonths?: number;
    crossCounty?: boolean;
    coreUrbanBoth?: boolean;
  }[];
  conditions: string[];
  interventions: { date: string; kind: string; note: string }[];
  /** 残疾人证号: the ID number and two digits, sealed at rest like it (0053). NDJSON only. */
  disabilityCertificate?: string;
}

/** Every how-many-th child holds a disability certificate (BENCH_IMPORT_CERTIFICATES; 1 = every child). */
const CERTIFICATE_EVERY = Number(process.env.BENCH_IMPORT_CERTIFICATES ?? 10);

/** Distinct, valid children: birth dates spread over 2009–2025, ID sequence numbers telling them apart. */
function children(n: number, villages: string[]): Child[] {
  return Array.from({ length: n }, (_, i) => {
    const facts = syntheticFacts(i) as Omit<Child, 'name' | 'idNumber' | 'villageCode' | 'interventions'>;
    const birthDate = addDays('2009-01-01', i % 6000);
    const idNumber = idNumberOf(birthDate, Math.floor(i / 6000));
    return {
      ...facts,
      name: `儿童${i}`,
      idNumber,
      ...(i % CERTIFICATE_EVERY === 0 ? { disabilityCertificate: `${idNumber}64` } : {}),
      villageCode: villages[i % villages.length] as string,
      birthDate,
      interventions: i % 10 === 0 ? [{ date: '2026-05-01', kind: 'assistance', note: '纳入低保' }] : [],
    };
  });
}

const HEADERS = [
  '姓名', '身份证号', '村（社区）代码', '出生日期', '户籍类型', '监护状况', '情形',
  '父亲状况', '父亲外出务工月数', '父亲是否跨县务工', '父亲务工地与户籍地均在核心城区',
  '母亲状况', '母亲外出务工月数', '母亲是否跨县务工', '母亲务工地与户籍地均在核心城区', '干预日期', '干预措施', '干预情况',
]; // prettier-ignore

const yesNo = (b: boolean | undefined) => (b === undefined ? null : b ? '是' : '否');

/** A spreadsheet row as a bureau types it: Chinese names for codes, several in one cell. */
function flatRow(c: Child): unknown[] {
  const parent = (relation: string) => {
    const p = c.parents.find((x) => x.relation === relation);
    return [
      p ? p.statuses.map((s) => PARENT_STATUS_NAMES[s as ParentStatus]).join('、') : null,
      p?.migrantMonths ?? null,
      yesNo(p?.crossCounty),
      yesNo(p?.coreUrbanBoth),
    ];
  };
  const iv = c.interventions[0];
  return [
    c.name, c.idNumber, c.villageCode, c.birthDate, c.hukouType === 'rural' ? '农村' : '城镇',
    { good: '较好', fair: '一般', poor: '较差' }[c.guardianship], c.conditions.map((x) => CONDITION_NAMES[x as Condition]).join('、'),
    ...parent('father'), ...parent('mother'), iv?.date ?? null, iv ? '救助保障' : null, iv?.note ?? null,
  ]; // prettier-ignore
}

async function writeXlsxFile(file: string, rows: Child[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: createWriteStream(file),
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet('儿童信息');
  ws.addRow(HEADERS).commit();
  for (const c of rows) ws.addRow(flatRow(c)).commit();
  ws.commit();
  await wb.commit();
}

/** The same children as rows of the child table, for COPY (CSV, arrays as PostgreSQL literals). */
function copyCsv(rows: Child[]): string {
  return rows
    .map(
      (c, i) =>
      [
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, c.name, Number(c.idNumber[16]) % 2 ? 'male' : 'female',
        seal(c.idNumber), blindIndex('id_number', c.idNumber), c.birthDate, c.hukouType, c.villageCode, c.villageCode.slice(0, 6), c.guardianship,
        `"{${c.conditions.join(',')}}"`, TODAY, 'puning', TODAY, 'false', 'false',
      ].join(','), // prettier-ignore
    )
    .join('\n');
}
const COPY_COLUMNS =
  'id, name, gender, id_number, id_number_bidx, birth_date, hukou_type, village_code, county_code, guardianship, conditions, registered_on, policy, assessed_on, target, left_behind';

/** COPY … FROM STDIN over the pg wire protocol (pg has no COPY of its own; this is what pg-copy-streams does). */
function copyIn(client: pg.PoolClient, text: string, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: unknown = null;
    const submittable = {
      submit(connection: { query(text: string): void }) {
        connection.query(text);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
        const bytes = Buffer.from(data);
        for (let i = 0; i < bytes.length; i += 1 << 20)
          connection.sendCopyFromChunk(bytes.subarray(i, i + (1 << 20)));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleError(error: unknown) {
        failed = error;
      },
      handleReadyForQuery() {
        if (failed) reject(failed);
        else resolve();
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    client.query(submittable as unknown as pg.QueryConfig);
  });
}

interface Backend {
  name: string;
  /** A fresh migrated database with the county's regions, not timed. */
  fresh(): Promise<Database>;
  copy(database: Database, csv: string): Promise<void>;
  /** PostgreSQL: a fresh database like fresh()'s, not opened, by its URL. */
  freshUrl?(): Promise<string>;
  done(): Promise<void>;
}

async function pgliteBackend(): Promise<Backend> {
  const template = await openDatabase();
  await migrateToLatest(template.db);
  await loadRegions(template.db, COUNTY);
  const dump = await template.pglite!.dumpDataDir('none');
  await template.close();
  return {
    name: 'PGlite',
    fresh: () => openDatabase({ loadDataDir: dump }),
    async copy(database, csv) {
      await database.pglite!.query(`copy child (${COPY_COLUMNS}) from '/dev/blob' with (format csv)`, [], {
        blob: new Blob([csv]),
      });
    },
    async done() {},
  };
}

async function postgresBackend(baseUrl: string): Promise<Backend> {
  const url = (name: string) => Object.assign(new URL(baseUrl), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const template = `tonghu_bench_tpl_${process.pid}`;
  const made: string[] = [];
  await admin.query(`create database ${template}`);
  made.push(template);
  const t = await openDatabase({ databaseUrl: url(template), poolSize: 2 });
  await migrateToLatest(t.db);
  await loadRegions(t.db, COUNTY);
  await t.close();
  const freshUrl = async () => {
    const name = `tonghu_bench_${process.pid}_${made.length}`;
    await admin.query(`create database ${name} template ${template}`);
    made.push(name);
    return url(name);
  };
  return {
    name: 'PostgreSQL',
    freshUrl,
    async fresh() {
      return openDatabase({ databaseUrl: await freshUrl(), poolSize: 4 });
    },
    async copy(database, csv) {
      const client = await database.pool!.connect();
      try {
        await copyIn(client, `copy child (${COPY_COLUMNS}) from stdin with (format csv)`, csv);
      } finally {
        client.release();
      }
    },
    async done() {
      for (const name of made.reverse()) await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

/** BENCH_IMPORT_SEALING_ONLY=1: only the sealing A/B (sealingAB). */
const SEALING_ONLY = Boolean(process.env.BENCH_IMPORT_SEALING_ONLY);
const ROUNDS = 3;

/**
 * What sealing costs the import (issue 16: at most 20 %): the same NDJSON of BENCH_IMPORT_SEALING_CHILDREN
 * children (default 20,000) imported into fresh databases, once sealed and once in clear (clear-keyring.ts),
 * in turns, three rounds; the medians.
 */
async function sealingAB(
  backend: Backend,
  importInto: (database: Database, file: string) => Promise<{ imported: number }>,
  file: string,
  n: number,
): Promise<void> {
  const sealed = keyring();
  const clear = clearKeyring();
  const times: Record<'clear' | 'sealed', number[]> = { clear: [], sealed: [] };
  try {
    for (let round = 0; round < ROUNDS; round++)
      for (const [mode, ring] of [
        ['clear', clear],
        ['sealed', sealed],
      ] as const) {
        const database = await backend.fresh();
        try {
          if (mode === 'clear') await dropSealedChecks(database.db);
          useKeyring(ring);
          const r = await timed(() => importInto(database, file));
          if (r.value.imported !== n) throw new Error(`${mode}: imported ${r.value.imported} of ${n}`);
          times[mode].push(r.ms);
        } finally {
          useKeyring(sealed);
          await database.close();
        }
      }
  } finally {
    useKeyring(null);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const [c, z] = [median(times.clear), median(times.sealed)];
  const runs = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(1)).join(', ');
  console.log(
    `${backend.name.padEnd(10)} sealing A/B, import NDJSON of ${n.toLocaleString('en')} children, ${ROUNDS} rounds in turns: ` +
      `in clear ${runs(times.clear)} s, sealed ${runs(times.sealed)} s; medians ${(c / 1000).toFixed(1)} s → ` +
      `${(z / 1000).toFixed(1)} s, sealing adds ${(((z - c) / c) * 100).toFixed(0)} %`,
  );
}

/**
 * `tonghu import children FILE` as a county runs it: its own Node process on the database at `url` (migrated,
 * the county's regions loaded), under /usr/bin/time for its peak RSS when there is one.
 */
function cliImport(url: string, file: string): { ms: number; rssMb: number | null; summary: string } {
  const time = existsSync('/usr/bin/time');
  // BENCH_IMPORT_NODE_ARGS: flags for the command's Node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` for a
  // CPU profile (open it in Chrome's DevTools).
  const nodeArgs = process.env.BENCH_IMPORT_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const args = [process.execPath, ...nodeArgs, TONGHU_BIN, 'import', 'children', file];
  const started = performance.now();
  const r = spawnSync(
    time ? '/usr/bin/time' : args[0]!,
    time ? ['-f', 'bench-peak-rss-kb %M', ...args] : args.slice(1),
    {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url, TEST_DATABASE_URL: '', TONGHU_REGION: COUNTY, CI: 'true' },
      maxBuffer: 1 << 26,
    },
  );
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`tonghu import children exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rss = /bench-peak-rss-kb (\d+)/.exec(r.stderr);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null, summary: r.stdout.trim() };
}

/** BENCH_IMPORT_FLOOR_ONLY=1: on PostgreSQL only the command against the floors (no PGlite, XLSX or A/B). */
const FLOOR_ONLY = Boolean(process.env.BENCH_IMPORT_FLOOR_ONLY);

/**
 * PostgreSQL: the real command on a fresh database, then the COPY floor of the rows it wrote and psql's
 * `\copy` of the file, printed together with the ratios (issue 20.1: ≤ 3× the floor, ≤ 10× `\copy`).
 */
async function floorRun(backend: Backend, file: string, dir: string): Promise<Floor> {
  const url = await backend.freshUrl!();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const before = await tableRows(client);
    const cli = cliImport(url, file);
    const floor = await copyFloor(client, before, dir);
    const raw = await fileCopy(client, url, file);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
    console.log(
      `${backend.name.padEnd(10)} COPY floor of what the import wrote (COPY FROM STDIN into empty tables with the same indexes, one transaction): ${s(floor.ms)}`,
    );
    for (const t of floor.tables)
      console.log(
        `${''.padEnd(10)}   ${t.name.padEnd(18)} ${t.rows.toLocaleString('en').padStart(11)} rows ${mb(t.bytes).padStart(7)} ${s(t.ms).padStart(8)}${t.before ? `  (${t.before} rows there before, exported with the rest)` : ''}`,
      );
    console.log(
      `${backend.name.padEnd(10)} ${raw.how} of the file into (doc jsonb): ${s(raw.ms)} (${raw.rows.toLocaleString('en')} lines)`,
    );
    console.log(
      `${backend.name.padEnd(10)} tonghu import children (own process): ${s(cli.ms)}  ×${(cli.ms / floor.ms).toFixed(1)} floor  ×${(cli.ms / raw.ms).toFixed(1)} \\copy  peak RSS ${cli.rssMb === null ? 'unknown (no /usr/bin/time)' : `${cli.rssMb.toFixed(0)} MB`}  (${cli.summary})`,
    );
    return floor;
  } finally {
    await client.end();
  }
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;

export const importBench: Benchmark = {
  name: 'import',
  description:
    'tonghu import children: 100,000 children from NDJSON and XLSX vs a raw COPY of the same rows (PGlite; PostgreSQL when DATABASE_URL/TEST_DATABASE_URL is set)',
  async run() {
    const n = Number(process.env.BENCH_IMPORT_CHILDREN ?? 100_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bench-import-'));
    try {
      const villages: string[] = [];
      for await (const r of readSourceRegions([COUNTY])) if (r.level === 'village') villages.push(r.code);
      const rows = children(n, villages);
      const ndjsonFile = path.join(dir, 'children.ndjson');
      writeFileSync(ndjsonFile, rows.map((c) => JSON.stringify(c)).join('\n') + '\n');
      const xlsxFile = path.join(dir, 'children.xlsx');
      // BENCH_IMPORT_FLOOR_ONLY (1,000,000 children, say) needs neither the XLSX nor the child rows for COPY.
      const xlsxWrite = FLOOR_ONLY ? null : await timed(() => writeXlsxFile(xlsxFile, rows));
      const csv = FLOOR_ONLY ? '' : copyCsv(rows);
      const sealingN = Math.min(n, Number(process.env.BENCH_IMPORT_SEALING_CHILDREN ?? 20_000));
      const sealingFile = path.join(dir, 'sealing.ndjson');
      writeFileSync(
        sealingFile,
        rows
          .slice(0, sealingN)
          .map((c) => JSON.stringify(c))
          .join('\n') + '\n',
      );
      console.log(
        `${n.toLocaleString('en')} children (every ${CERTIFICATE_EVERY} with a disability certificate in the NDJSON) in ${villages.length} villages of ${COUNTY}; NDJSON ${(statSync(ndjsonFile).size / 2 ** 20).toFixed(1)} MB${xlsxWrite ? `, XLSX ${(statSync(xlsxFile).size / 2 ** 20).toFixed(1)} MB (written in ${(xlsxWrite.ms / 1000).toFixed(1)} s)` : ''}`,
      );

      const backends: (() => Promise<Backend>)[] = FLOOR_ONLY ? [] : [pgliteBackend];
      const serverUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
      if (serverUrl) backends.push(() => postgresBackend(serverUrl));
      for (const make of backends) {
        const backend = await make();
        try {
          const importInto = async (database: Database, file: string) =>
            importChildren(
              { db: database.db, actor: systemActor('基准测试'), today: TODAY, deploymentRegion: COUNTY },
              { source: { path: file }, fileName: path.basename(file) },
            );
          const floor = backend.freshUrl && !SEALING_ONLY ? await floorRun(backend, ndjsonFile, dir) : null;
          if (FLOOR_ONLY) continue;
          if (!SEALING_ONLY) {
            const copyDb = await backend.fresh();
            const copy = await timed(() => backend.copy(copyDb, csv));
            await copyDb.close();

            const db1 = await backend.fresh();
            const fromNdjson = await timed(() => importInto(db1, ndjsonFile));
            const again = await timed(() => importInto(db1, ndjsonFile));
            await db1.close();

            const db2 = await backend.fresh();
            const fromXlsx = await timed(() => importInto(db2, xlsxFile));
            await db2.close();

            const line = (
              label: string,
              r: {
                ms: number;
                value?: {
                  imported: number;
                  updated: number;
                  rejected: number;
                  problems: { message: string }[];
                };
              },
            ) =>
              console.log(
                `${backend.name.padEnd(10)} ${label.padEnd(22)} ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${rate(n, r.ms).padStart(9)}  ×${(r.ms / copy.ms).toFixed(1).padStart(5)} COPY${floor ? `  ×${(r.ms / floor.ms).toFixed(1).padStart(5)} floor` : ''}${r.value ? `  (imported ${r.value.imported}, updated ${r.value.updated}, rejected ${r.value.rejected}${r.value.problems[0] ? `: ${r.value.problems[0].message}` : ''})` : ''}`,
              );
            line('raw COPY', { ms: copy.ms });
            line('import NDJSON', fromNdjson);
            line('re-import NDJSON', again);
            line('import XLSX', fromXlsx);
          }
          await sealingAB(backend, importInto, sealingFile, sealingN);
        } finally {
          await backend.done();
        }
      }
      console.log(
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} (other work on the machine slows every figure alike)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
