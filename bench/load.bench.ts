// Under load (issue 14.7): autocannon at 50 connections against the real HTTP server — the worklist and
// the county summary as the county bureau — on PGlite (one statement at a time) and, when DATABASE_URL or
// TEST_DATABASE_URL names a server, on PostgreSQL. req/s, p50/p99, and how many were turned away with
// 503 database_busy. On PGlite also once without the bound on waiting, to show what the bound changes.
// The load runs in a worker thread, so that it does not share the server's event loop.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { createUser } from '../src/modules/users/service.ts';
import type { AdmissionOptions } from '../src/server/admission.ts';
import { buildApp } from '../src/server/app.ts';
import type { Benchmark } from './registry.ts';
import { populate } from './worklist.bench.ts';

const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const WAIT_MS = 3000;
const AS_OF = '2026-11-23';
const PASSWORD = 'Bench-2026-load';

async function hammer(
  database: Database,
  admission: AdmissionOptions | false,
  label: string,
  targets: readonly Target[],
  config: Partial<Config> = {},
): Promise<void> {
  const app = await buildApp(
    { database, config: { ...loadConfig({}), ...config }, clock: () => new Date(`${AS_OF}T02:00:00Z`) },
    { logger: false, admission },
  );
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    for (const [what, path, username] of targets)
      await cannon(`${address}${path}`, await signIn(address, username), label, what);
  } finally {
    await app.close();
  }
}

/** What is hammered, as whom: the county bureau's pages and a village director's worklist (issue 20.3). */
type Target = readonly [what: string, path: string, username: string];
const TARGETS: Target[] = [
  ['worklist', '/api/v1/worklist', 'county-load'],
  ['county summary', '/api/v1/worklist/summary', 'county-load'],
  ['director worklist', '/api/v1/worklist', 'village-load'],
];

/** A child's whole file as the director of its village opens it (each read audited): set once the register is loaded. */
function setChildFile(id: string): void {
  const target: Target = ['child file', `/api/v1/children/${id}`, 'village-load'];
  const at = TARGETS.findIndex(([what]) => what === 'child file');
  if (at >= 0) TARGETS[at] = target;
  else TARGETS.push(target);
}

/** Signs in over HTTP as the server's clients do; the session cookie(s) for the requests. */
async function signIn(url: string, username: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in: ${login.status}`);
  return login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** One autocannon run: req/s, latencies and answers, one line. */
async function cannon(url: string, cookie: string, label: string, what: string): Promise<void> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { cookie },
    workers: 1,
  });
  const ok = result.statusCodeStats?.['200']?.count ?? 0;
  const busy = result.statusCodeStats?.['503']?.count ?? 0;
  console.log(
    `  ${label.padEnd(34)} ${what.padEnd(15)} ${result.requests.average.toFixed(0).padStart(5)} req/s  p50 ${String(result.latency.p50).padStart(5)} ms  p99 ${String(result.latency.p99).padStart(5)} ms  200: ${ok}  503 busy: ${busy}  other: ${result.non2xx - busy}  timeouts: ${result.timeouts}`,
  );
}

/**
 * `tonghu serve` itself, as a deployment runs it, with TONGHU_WORKERS processes on one port (issue 20.3),
 * over the database `measure` filled. Its log at warn: a line per request written to a pipe read by this
 * process would cost the bench, not the server.
 */
async function served(databaseUrl: string, workers: number): Promise<void> {
  const server = spawn(process.execPath, [path.resolve('bin/tonghu.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TONGHU_WORKERS: String(workers),
      PORT: '0',
      HOST: '127.0.0.1',
      TONGHU_LOG_LEVEL: 'warn',
      TONGHU_DAILY_REASSESS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        const match = /已启动：(http:\/\/[^（]+)（/.exec(out);
        if (match) resolve(match[1]!);
      };
      server.stdout!.on('data', read);
      server.stderr!.on('data', read);
      server.once('exit', (code) =>
        reject(new Error(`tonghu serve exited with ${code}: ${out.slice(-500)}`)),
      );
    });
    const label = `tonghu serve, TONGHU_WORKERS=${workers}`;
    for (const [what, path, username] of TARGETS)
      await cannon(`${url}${path}`, await signIn(url, username), label, what);
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

async function measure(open: (waitMs: number | null) => Promise<Database>, label: string): Promise<void> {
  const database = await open(WAIT_MS);
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    const { village } = await populate(database.db);
    await sql`vacuum (analyze) child`.execute(database.db);
    await createUser(database.db, systemActor('bench'), {
      username: 'county-load',
      password: PASSWORD,
      role: 'civil_affairs',
      regionCode: '445281000000',
      displayName: '民政局',
    });
    await createUser(database.db, systemActor('bench'), {
      username: 'village-load',
      password: PASSWORD,
      role: 'director',
      regionCode: village,
      displayName: '儿童主任',
    });
    const file = await database.db
      .selectFrom('child')
      .select('id')
      .where('village_code', '=', village)
      .where('target', '=', true)
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    setChildFile(file.id);
    const inVillage = await database.db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('village_code', '=', village)
      .executeTakeFirstOrThrow();
    const { count } = await database.db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    console.log(
      `${label}: ${Number(count).toLocaleString('en')} children (the director's village ${Number(inVillage.count)}), loaded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${CONNECTIONS} connections × ${SECONDS} s each`,
    );
    const slots = database.backend === 'pglite' ? Number(process.env.BENCH_LOAD_PGLITE_SLOTS ?? 2) : 5;
    await hammer(
      database,
      { slots, waitMs: WAIT_MS },
      `bounded (${slots} at once, ${WAIT_MS} ms wait)`,
      TARGETS,
    );
    if (database.backend === 'pglite')
      await hammer(database, false, 'unbounded (as before issue 14)', TARGETS.slice(0, 1));
    else {
      // The session cache (issue 20.3) off and on again, in turns, on the director's worklist: what it saves.
      const director = TARGETS.slice(2, 3);
      const bounded = { slots, waitMs: WAIT_MS };
      await hammer(database, bounded, 'bounded, sessions not cached', director, { sessionCache: false });
      await hammer(database, bounded, 'bounded, sessions cached', director, { sessionCache: true });
      await hammer(database, bounded, 'bounded, sessions not cached', director, { sessionCache: false });
    }
  } finally {
    await database.close();
  }
}

export const loadBench: Benchmark = {
  name: 'load',
  description: `worklist and county summary under autocannon, ${CONNECTIONS} connections, PGlite and PostgreSQL`,
  async run() {
    if (process.env.BENCH_LOAD_PGLITE !== '0') {
      await measure((waitMs) => openDatabase({ waitMs }), 'PGlite (in memory)');
      // As `tonghu serve` opens it: PGlite in a worker thread, the event loop free to refuse (issue 14.7).
      await measure((waitMs) => openDatabase({ waitMs, worker: true }), 'PGlite (worker thread, as served)');
    }
    const serverUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      console.log('PostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL)');
      return;
    }
    const name = `tonghu_load_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      await measure((waitMs) => openDatabase({ databaseUrl: url.toString(), waitMs }), 'PostgreSQL');
      for (const workers of [1, 2]) await served(url.toString(), workers);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  },
};
