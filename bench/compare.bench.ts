// Data comparison at scale: a school roster of N rows against a register of N children, end to end (the
// CSV file streamed, staged, matched and turned into findings), next to a bare SQL join of the same two
// tables on the same server, with the Node process's peak memory. PostgreSQL: 1,000,000 × 1,000,000 (the
// server of BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
// skipped when none answers). PGlite: 50,000 × 50,000. COMPARE_BENCH_ROWS overrides the PostgreSQL size.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { blindIndex, keyring, seal, useKeyring } from '../src/crypto/active.ts';
import type { Keyring } from '../src/crypto/keyring.ts';
import { clearKeyring, dropSealedChecks } from './clear-keyring.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import type { DB } from '../src/db/schema.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { parseFacts } from '../src/domain/facts.ts';
import type { Condition } from '../src/domain/codes.ts';
import { idCheckCharacter } from '../src/domain/id-number.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { evaluateChild } from '../src/modules/children/reassess.ts';
import { runComparison } from '../src/modules/comparison/run.ts';
import { loadRegions } from '../src/regions/loader.ts';
import type { Benchmark } from './registry.ts';
import { random, syntheticFacts } from './synthetic.ts';

const AS_OF = '2026-11-23';
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红云飞海燕鑫晨宇浩然子轩梓涵欣怡雨佳思博文俊凯睿泽一诺辰逸可馨若琳',
];

function idNumber(birthDate: string, seq: number): string {
  const first17 = `445281${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

interface Person {
  name: string;
  idNumber: string;
  birthDate: string;
}

/** Unique ID numbers per birth date: the sequence digits count the people born that day. */
class People {
  private readonly seq = new Map<string, number>();
  make(birthDate: string, rnd: () => number): Person {
    const n = (this.seq.get(birthDate) ?? 0) + 1;
    this.seq.set(birthDate, n);
    const name =
      SURNAMES[Math.floor(rnd() * SURNAMES.length)]! +
      GIVEN[Math.floor(rnd() * GIVEN.length)]! +
      (rnd() < 0.7 ? GIVEN[Math.floor(rnd() * GIVEN.length)]! : '');
    return { name, idNumber: idNumber(birthDate, n), birthDate };
  }
}

async function villages(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'village')
    .where('code', 'like', '445281%')
    .execute();
  return rows.map((r) => r.code);
}

export class RosterWriter {
  private readonly out;
  private readonly rnd = random(7);
  rows = 0;
  constructor(file: string) {
    this.out = createWriteStream(file);
    this.out.write('姓名,身份证号,出生日期,学校\n');
  }
  async write(p: Person, id = p.idNumber): Promise<void> {
    this.rows++;
    if (!this.out.write(`${p.name},${id},${p.birthDate},普宁市第${1 + Math.floor(this.rnd() * 200)}小学\n`))
      await once(this.out, 'drain');
  }
  async end(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

/**
 * The register, inserted in bulk with the same assessment columns evaluateChild() gives one child, and the
 * roster written alongside: 98% of the registered school-age children (1 in 100 of them with a mistyped
 * check digit), then children the register does not hold, up to N rows. Nothing is kept in memory.
 */
export async function buildRegisterAndRoster(db: Kysely<DB>, n: number, roster: RosterWriter): Promise<void> {
  const codes = await villages(db);
  const people = new People();
  const rnd = random(42);
  const pick = random(9);
  const BATCH = 20_000;
  let cols: Record<string, unknown[]> = {};
  const reset = () =>
    (cols = Object.fromEntries(
      ['name', 'id_number', 'id_number_bidx', 'birth_date', 'hukou_type', 'village_code', 'conditions', 'target', 'left_behind', 'level', 'factor_level', 'target_until', 'left_behind_until'].map((k) => [k, []]),
    )); // prettier-ignore
  reset();
  const flush = async () => {
    if (!cols.name!.length) return;
    await sql`insert into child (name, id_number, id_number_bidx, birth_date, hukou_type, village_code, county_code, conditions, registered_on,
        policy, assessed_on, target, left_behind, level, factor_level, target_until, left_behind_until)
      select u.name, u.id_number, u.id_number_bidx, u.birth_date, u.hukou_type, u.village_code, '445281', string_to_array(u.conditions, ','),
             '2026-01-01', 'puning', ${AS_OF}::date, u.target, u.left_behind, u.level, u.factor_level, u.target_until, u.left_behind_until
      from unnest(${cols.name}::text[], ${cols.id_number}::text[], ${cols.id_number_bidx}::text[], ${cols.birth_date}::date[], ${cols.hukou_type}::text[],
                  ${cols.village_code}::text[], ${cols.conditions}::text[], ${cols.target}::boolean[], ${cols.left_behind}::boolean[],
                  ${cols.level}::text[], ${cols.factor_level}::text[], ${cols.target_until}::date[], ${cols.left_behind_until}::date[])
        as u(name, id_number, id_number_bidx, birth_date, hukou_type, village_code, conditions, target, left_behind, level, factor_level, target_until, left_behind_until)`.execute(
      db,
    );
    reset();
  };
  for (let i = 0; i < n; i++) {
    const raw = syntheticFacts(i) as {
      birthDate: string;
      hukouType: 'rural' | 'urban';
      guardianship: 'good' | 'fair' | 'poor';
      conditions: Condition[];
      parents: never[];
    };
    const person = people.make(raw.birthDate, rnd);
    const village = codes[i % codes.length]!;
    const facts = parseFacts(raw, { asOf: AS_OF });
    const evaluated = evaluateChild(
      {
        village_code: village,
        birth_date: raw.birthDate,
        hukou_type: raw.hukouType,
        guardianship: raw.guardianship,
        conditions: raw.conditions,
        manual_level: null,
        manual_reason: null,
        status: 'active',
        level: null,
        immediate_since: null,
        registered_on: '2026-01-01',
        last_visit_on: null,
        last_contact_on: null,
      },
      facts.parents.map((p, k) => ({
        relation: p.relation ?? (k === 0 ? 'father' : 'mother'),
        statuses: p.statuses,
        migrant_months: p.migrantMonths ?? null,
        cross_county: p.crossCounty ?? null,
        core_urban_both: p.coreUrbanBoth ?? null,
      })),
      AS_OF,
    ).columns;
    cols.name!.push(person.name);
    // Stored as the register stores it: sealed, with its blind index (src/crypto).
    cols.id_number!.push(seal(person.idNumber));
    cols.id_number_bidx!.push(blindIndex('id_number', person.idNumber));
    cols.birth_date!.push(person.birthDate);
    cols.hukou_type!.push(raw.hukouType);
    cols.village_code!.push(village);
    cols.conditions!.push(raw.conditions.join(','));
    cols.target!.push(evaluated.target);
    cols.left_behind!.push(evaluated.left_behind);
    cols.level!.push(evaluated.level);
    cols.factor_level!.push(evaluated.factor_level);
    cols.target_until!.push(evaluated.target_until);
    cols.left_behind_until!.push(evaluated.left_behind_until);
    if (
      person.birthDate > '2010-11-23' &&
      person.birthDate <= '2020-11-23' &&
      pick() >= 0.02 &&
      roster.rows < n
    ) {
      const typo = pick() < 0.01;
      await roster.write(
        person,
        typo ? person.idNumber.slice(0, 17) + (person.idNumber[17] === '1' ? '2' : '1') : person.idNumber,
      );
    }
    if (cols.name!.length >= BATCH) await flush();
  }
  await flush();
  await sql`analyze child`.execute(db);
  while (roster.rows < n) {
    const year = 2011 + Math.floor(pick() * 10);
    const birth = `${year}-${String(1 + Math.floor(pick() * 12)).padStart(2, '0')}-${String(1 + Math.floor(pick() * 28)).padStart(2, '0')}`;
    await roster.write(people.make(birth, pick));
  }
  await roster.end();
}

/** CPU time of every process on the machine (/proc/stat), in ms: fair only on an otherwise quiet machine. */
function machineCpuMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: all but idle and iowait, in 1/100 s.
  const busy = fields.slice(0, 8).reduce((a, b) => a + b, 0) - fields[3]! - fields[4]!;
  return busy * 10;
}

interface Cpu {
  nodeMs: number;
  /** The database session serving this process (its leader process: parallel workers are not in it). */
  serverMs: number | null;
  /** Every process on the machine, parallel workers included. */
  machineMs: number;
}

/**
 * CPU seconds spent so far by this process and, on a server on this machine, by the database session
 * serving it (from /proc): a fair measure on a machine that other work keeps busy, where wall time is not.
 * The session's figure leaves out PostgreSQL's parallel workers; the machine's counts them (and everything
 * else running), so it is the one to read on a quiet machine.
 */
async function cpuClock(database: Database): Promise<() => Cpu> {
  let pid: number | null = null;
  if (database.backend === 'postgres') {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
    pid = rows[0]!.pid;
  }
  const server = () => {
    if (pid === null) return null;
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 1/100 s
    } catch {
      return null;
    }
  };
  const node0 = process.cpuUsage();
  const server0 = server();
  const machine0 = machineCpuMs();
  return () => {
    const node = process.cpuUsage(node0);
    const s = server();
    return {
      nodeMs: (node.user + node.system) / 1000,
      serverMs: s === null || server0 === null ? null : s - server0,
      machineMs: machineCpuMs() - machine0,
    };
  };
}

function cpuText(cpu: Cpu): string {
  return (
    `CPU node ${(cpu.nodeMs / 1000).toFixed(2)} s` +
    (cpu.serverMs === null ? '' : ` + postgres session ${(cpu.serverMs / 1000).toFixed(2)} s`) +
    `, machine ${(cpu.machineMs / 1000).toFixed(2)} s`
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

function memorySampler() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 25);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMiB: Math.round(rss / 2 ** 20), heapMiB: Math.round(heap / 2 ** 20) };
    },
  };
}

/** The same roster in an ordinary table, for the bare joins the comparison is measured against. */
async function bareJoins(database: Database, file: string) {
  const db = database.db;
  await sql`drop table if exists bench_roster`.execute(db);
  await sql`create unlogged table bench_roster (id_number text, name text, birth_date date)`.execute(db);
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let batch: string[][] = [[], [], []];
  let header = true;
  const flush = async () => {
    await sql`insert into bench_roster select * from unnest(${batch[0]}::text[], ${batch[1]}::text[], ${batch[2]}::date[])`.execute(
      db,
    );
    batch = [[], [], []];
  };
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const [name, id, birth] = line.split(',');
    // The register holds blind indexes, not ID numbers: the bare join is on them too.
    batch[0]!.push(blindIndex('id_number', id!));
    batch[1]!.push(name!);
    batch[2]!.push(birth!);
    if (batch[0]!.length >= 20_000) await flush();
  }
  if (batch[0]!.length) await flush();
  await sql`analyze bench_roster`.execute(db);
  const cpu = await cpuClock(database);
  const join = await timed(() =>
    sql<{
      n: number;
    }>`select count(*)::integer as n from bench_roster r join child c on c.id_number_bidx = r.id_number`.execute(
      db,
    ),
  );
  const anti = await timed(() =>
    sql<{ n: number }>`select count(*)::integer as n from child c
      where not exists (select 1 from bench_roster r where r.id_number = c.id_number_bidx)`.execute(db),
  );
  const joinCpu = cpu();
  // How many processes the server gave the join (it plans a parallel hash join where it can), and the same
  // two joins in one process, for comparison with the comparison's own SQL (temporary tables: serial).
  const plan = await sql<{ 'QUERY PLAN': unknown }>`explain (analyze, format json)
    select count(*) from bench_roster r join child c on c.id_number_bidx = r.id_number`.execute(db);
  const launched = /"Workers Launched":\s*(\d+)/.exec(JSON.stringify(plan.rows[0]!['QUERY PLAN']));
  await sql`set max_parallel_workers_per_gather = 0`.execute(db);
  const serialCpu = await cpuClock(database);
  const serialJoin = await timed(() =>
    sql`select count(*) from bench_roster r join child c on c.id_number_bidx = r.id_number`.execute(db),
  );
  const serialAnti = await timed(() =>
    sql`select count(*) from child c where not exists (select 1 from bench_roster r where r.id_number = c.id_number_bidx)`.execute(
      db,
    ),
  );
  const serial = serialCpu();
  await sql`reset max_parallel_workers_per_gather`.execute(db);
  await sql`drop table bench_roster`.execute(db);
  return {
    joinMs: join.ms,
    joined: join.value.rows[0]!.n,
    antiMs: anti.ms,
    absent: anti.value.rows[0]!.n,
    cpu: joinCpu,
    workers: launched ? Number(launched[1]) : 0,
    serialMs: serialJoin.ms + serialAnti.ms,
    serialCpu: serial,
  };
}

/** Rounds of the sealing A/B (COMPARE_BENCH_ROUNDS, default 3): more for a steadier median. */
const ROUNDS = Math.max(1, Number(process.env.COMPARE_BENCH_ROUNDS ?? 3));

/** One comparison of the school roster `file`, timed, with the moments its phases began (ms from the start). */
async function compareTimed(database: Database, file: string) {
  const phases: Record<string, number> = {};
  const started = performance.now();
  const result = await runComparison(database.db, systemActor('bench', '445281000000'), {
    kind: 'school_enrolment',
    stream: createReadStream(file),
    fileName: file,
    region: '445281',
    asOf: AS_OF,
    progress: (e) => {
      if (e.phase !== 'reading') phases[e.phase] = performance.now() - started;
    },
  });
  return { ms: performance.now() - started, result, phases };
}

async function compareOnce(database: Database, file: string, ring: Keyring) {
  useKeyring(ring);
  const { ms, result, phases } = await compareTimed(database, file);
  const phaseText = `read + stage ${(phases.matching! / 1000).toFixed(2)}, match ${((phases.findings! - phases.matching!) / 1000).toFixed(2)}, findings ${((ms - phases.findings!) / 1000).toFixed(2)}`;
  return { ms, result, phaseText };
}

/**
 * The same register and roster twice, once sealed and once in clear (ClearKeyring), compared in turns, three
 * rounds (COMPARE_BENCH_ROUNDS): the medians, and how much longer the sealed comparison takes.
 */
async function sealingAB(label: string, sealedDb: Database, clearDb: Database, n: number): Promise<void> {
  const sealed = keyring();
  const clear = clearKeyring();
  const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bench-sealing-'));
  try {
    const files: Record<'sealed' | 'clear', string> = { sealed: '', clear: '' };
    for (const [mode, db, ring] of [
      ['clear', clearDb, clear],
      ['sealed', sealedDb, sealed],
    ] as const) {
      useKeyring(ring);
      await migrateToLatest(db.db);
      if (mode === 'clear') await dropSealedChecks(db.db);
      await loadRegions(db.db, '445281');
      files[mode] = path.join(dir, `${mode}.csv`);
      await buildRegisterAndRoster(db.db, n, new RosterWriter(files[mode]));
    }
    const times: Record<'sealed' | 'clear', number[]> = { sealed: [], clear: [] };
    const found: Record<'sealed' | 'clear', string> = { sealed: '', clear: '' };
    for (let round = 0; round < ROUNDS; round++)
      for (const [mode, db, ring] of [
        ['clear', clearDb, clear],
        ['sealed', sealedDb, sealed],
      ] as const) {
        const { ms, result, phaseText } = await compareOnce(db, files[mode], ring);
        times[mode].push(ms);
        console.log(
          `${label}:   round ${round + 1} ${mode.padEnd(6)} ${(ms / 1000).toFixed(2)} s (${phaseText})`,
        );
        found[mode] =
          `matched ${result.matched}, probable ${result.probable}, findings ${result.findings.length}`;
      }
    useKeyring(sealed);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const [c, z] = [median(times.clear), median(times.sealed)];
    const runs = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
    console.log(
      `${label}: sealing A/B, ${n.toLocaleString('en')} children, ${ROUNDS} rounds in turns: in clear ${runs(times.clear)} s, ` +
        `sealed ${runs(times.sealed)} s; medians ${(c / 1000).toFixed(2)} s → ${(z / 1000).toFixed(2)} s, ` +
        `sealing adds ${(((z - c) / c) * 100).toFixed(0)} %`,
    );
    if (found.clear !== found.sealed)
      throw new Error(`the two registers gave different results: ${found.clear} / ${found.sealed}`);
    console.log(`${label}: both found the same: ${found.sealed}`);
  } finally {
    useKeyring(null);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchOn(label: string, database: Database, n: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bench-compare-'));
  try {
    await migrateToLatest(database.db);
    await loadRegions(database.db, '445281');
    const file = path.join(dir, 'school.csv');
    const roster = new RosterWriter(file);
    const built = await timed(() => buildRegisterAndRoster(database.db, n, roster));
    const rows = roster.rows;
    console.log(
      `${label}: register ${n.toLocaleString('en')} children built in ${(built.ms / 1000).toFixed(1)} s; roster ${rows.toLocaleString('en')} rows`,
    );

    const before = process.memoryUsage();
    const cpu = await cpuClock(database);
    const memory = memorySampler();
    const { ms: totalMs, result, phases } = await compareTimed(database, file);
    const compareCpu = cpu();
    const mem = memory.stop();
    const bare = await bareJoins(database, file);
    const readMs = phases.matching!;
    const sqlMs = totalMs - readMs;
    console.log(
      `${label}: compare ${(totalMs / 1000).toFixed(2)} s end to end ` +
        `(read + stage ${(readMs / 1000).toFixed(2)} s, match ${((phases.findings! - readMs) / 1000).toFixed(2)} s, ` +
        `findings ${((phases.done! - phases.findings!) / 1000).toFixed(2)} s); ` +
        `${Math.round(rows / (totalMs / 1000)).toLocaleString('en')} rows/s`,
    );
    console.log(
      `${label}: matched ${result.matched.toLocaleString('en')}, probable ${result.probable.toLocaleString('en')}, ` +
        `ambiguous ${result.ambiguous.length}, findings ${result.findings.length.toLocaleString('en')} suspected_dropout`,
    );
    console.log(
      `${label}: bare join ${bare.joinMs.toFixed(0)} ms (${bare.joined.toLocaleString('en')} rows), ` +
        `bare anti-join ${bare.antiMs.toFixed(0)} ms (${bare.absent.toLocaleString('en')} children); ` +
        `matching + findings in SQL ${(sqlMs / 1000).toFixed(2)} s = ${(sqlMs / (bare.joinMs + bare.antiMs)).toFixed(1)}× the two bare joins; ` +
        `end to end = ${(totalMs / (bare.joinMs + bare.antiMs)).toFixed(1)}×`,
    );
    console.log(
      `${label}: the bare join ran in ${bare.workers + 1} process(es) (${bare.workers} parallel workers); ` +
        `in one process the two bare joins take ${(bare.serialMs / 1000).toFixed(2)} s, end to end = ${(totalMs / bare.serialMs).toFixed(1)}× those`,
    );
    console.log(
      `${label}: ${cpuText(compareCpu)} for the comparison; ${cpuText(bare.cpu)} for the two bare joins; ` +
        `${cpuText(bare.serialCpu)} for them in one process; machine CPU ratio ${(compareCpu.machineMs / bare.cpu.machineMs).toFixed(1)}×`,
    );
    console.log(
      `${label}: Node during the comparison: peak RSS ${mem.rssMiB} MiB (${Math.round(before.rss / 2 ** 20)} MiB before), ` +
        `peak heap ${mem.heapMiB} MiB (${Math.round(before.heapUsed / 2 ** 20)} MiB before)` +
        (database.backend === 'pglite'
          ? '; PGlite runs inside this process, so its memory is in the RSS'
          : ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh database `name` on the server for `fn` (dropped after), or null when no server answers. */
async function withServerDatabase(name: string, fn: (database: Database) => Promise<void>): Promise<boolean> {
  const base =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`postgres: skipped, no server at ${base} (${(error as Error).message})`);
    return false;
  }
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  // One connection, so that one server process does the work and its CPU can be read.
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  try {
    await fn(database);
  } finally {
    await database.close();
    const dropper = new pg.Client({ connectionString: base });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name}`);
    await dropper.end();
  }
  return true;
}

export const compareBench: Benchmark = {
  name: 'compare',
  description: 'data comparison: school roster vs register, end to end vs a bare SQL join, peak memory',
  async run() {
    const n = Number(process.env.COMPARE_BENCH_ROWS ?? 1_000_000);
    // COMPARE_BENCH_SEALING_ONLY=1: only the sealing A/B below.
    if (!process.env.COMPARE_BENCH_SEALING_ONLY) {
      const pglite = await openDatabase();
      try {
        await benchOn('pglite', pglite, 50_000);
      } finally {
        await pglite.close();
      }
      await withServerDatabase('tonghu_bench_compare', (db) => benchOn('postgres', db, n));
    }
    // What sealing costs (issue 16.2): a sealed and a clear register, compared in turns.
    const [sealed, clear] = [await openDatabase(), await openDatabase()];
    try {
      await sealingAB('pglite', sealed, clear, 50_000);
    } finally {
      await sealed.close();
      await clear.close();
    }
    await withServerDatabase('tonghu_bench_compare', (sealedDb) =>
      withServerDatabase('tonghu_bench_compare_clear', (clearDb) =>
        sealingAB('postgres', sealedDb, clearDb, Math.min(n, 200_000)),
      ).then(() => undefined),
    );
  },
};
