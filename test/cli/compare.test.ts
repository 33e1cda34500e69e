// Runs the real `tonghu compare` command as a bureau script would, on a database prepared beforehand: the
// children are registered in this process through the register's service, the database is closed, then
// the command runs against it (a PGlite data directory, or a database on the PostgreSQL server).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import { registerChild } from '../helpers/comparison.ts';
import { idNumberFor, PUNING } from '../helpers/app.ts';
import { serverUrl } from '../helpers/template.ts';
import { tonghu as run } from '../helpers/cli.ts';
import { pgliteTemplate, TEST_SHARED_BUFFERS } from '../helpers/db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-compare-cli-'));
const serverBase = process.env.TEST_DATABASE_URL;
let env: Record<string, string> = {};
let dropServerDatabase: (() => Promise<void>) | null = null;

/** The database the command will use, opened here to prepare it. */
async function prepareDatabase(): Promise<Database> {
  if (serverBase) {
    const name = `tonghu_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverBase });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('serverTemplate')}`);
    await admin.end();
    env = { DATABASE_URL: serverUrl(serverBase, name) };
    dropServerDatabase = async () => {
      const dropper = new pg.Client({ connectionString: serverBase });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name}`);
      await dropper.end();
    };
    return openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 2 });
  }
  const dataDir = path.join(dir, 'data');
  env = { TONGHU_DATA_DIR: dataDir };
  return openDatabase({ dataDir, loadDataDir: pgliteTemplate(), sharedBuffers: TEST_SHARED_BUFFERS });
}

function tonghu(args: string[], extraEnv: Record<string, string> = {}) {
  const { DATABASE_URL: _url, TONGHU_REGION: _region, ...rest } = process.env;
  return run(args, {
    env: { ...rest, ...env, ...extraEnv },
  });
}

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function countStored() {
  const database = serverBase
    ? await openDatabase({ databaseUrl: env.DATABASE_URL, poolSize: 1 })
    : await openDatabase({ dataDir: env.TONGHU_DATA_DIR });
  try {
    const runs = await database.db
      .selectFrom('comparison_run')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const open = await database.db
      .selectFrom('comparison_finding')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    return { runs: Number(runs.n), openFindings: Number(open.n) };
  } finally {
    await database.close();
  }
}

const ids: Record<string, string> = {};
const enrolled = idNumberFor('2015-03-04', 11);
const absent = idNumberFor('2014-06-01', 12);

beforeAll(async () => {
  const database = await prepareDatabase();
  try {
    ids.enrolled = await registerChild(database.db, {
      name: '张在读',
      idNumber: enrolled,
      villageCode: PUNING.village,
    });
    ids.absent = await registerChild(database.db, {
      name: '李辍学',
      idNumber: absent,
      villageCode: PUNING.village,
    });
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  await dropServerDatabase?.();
});

const SCHOOL_CSV = [
  '姓名,身份证号,出生日期,学校',
  `张在读,${enrolled},2015-03-04,赤岗一小`,
  `外地生,${idNumberFor('2013-01-01', 31)},2013-01-01,赤岗一小`,
].join('\n');

describe('tonghu compare', () => {
  it('prints the contract’s JSON and stores the findings for the township', async () => {
    const roster = file('school.csv', SCHOOL_CSV);
    const { code, stdout, stderr } = await tonghu([
      'compare', '--roster', 'school_enrolment', roster, '--region', '445281', '--as-of', '2026-11-23', '--format', 'json',
    ]); // prettier-ignore
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).slice(0, 6)).toEqual([
      'roster',
      'asOf',
      'rows',
      'matched',
      'probable',
      'findings',
    ]);
    expect(out).toMatchObject({
      roster: 'school_enrolment',
      asOf: '2026-11-23',
      rows: 2,
      matched: 1,
      probable: 0,
    });
    expect(out.findings).toEqual([
      expect.objectContaining({
        finding: 'suspected_dropout',
        idNumber: absent,
        childId: ids.absent,
        match: 'exact',
      }),
    ]);
    expect(Object.keys(out.findings[0]).slice(0, 4)).toEqual(['finding', 'idNumber', 'childId', 'match']);
    expect(await countStored()).toEqual({ runs: 1, openFindings: 1 });
  });

  it('runs again without duplicating the open finding, the region defaulting to the register’s', async () => {
    const roster = file('school.csv', SCHOOL_CSV);
    const { code, stdout } = await tonghu([
      'compare',
      '--roster',
      'school_enrolment',
      roster,
      '--as-of',
      '2026-11-23',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.region).toBe('445281');
    expect(out.findings).toHaveLength(1);
    expect(out.newFindings).toBe(0);
    expect(await countStored()).toEqual({ runs: 2, openFindings: 1 });
  });

  it('exits 2 on a malformed roster, naming the file, line and field, and stores nothing', async () => {
    const roster = file('bad.ndjson', [
      JSON.stringify({ idNumber: enrolled, name: '张在读', birthDate: '2015-03-04', date: '2026-01-01' }),
      JSON.stringify({ idNumber: absent, name: '李辍学', birthDate: '2014-06-01', date: '2026-02-30' }),
    ].join('\n')); // prettier-ignore
    const { code, stdout, stderr } = await tonghu([
      'compare',
      '--roster',
      'deaths',
      roster,
      '--region',
      '445281',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.ndjson');
    expect(stderr).toContain('第2行');
    expect(stderr).toContain('date');
    expect(await countStored()).toEqual({ runs: 2, openFindings: 1 });
  });

  it('exits 2 for an unknown roster kind, a region outside the deployment, and a missing file', async () => {
    const roster = file('school2.csv', SCHOOL_CSV);
    const unknown = await tonghu(['compare', '--roster', 'imprisonment', roster]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('imprisonment');
    const outside = await tonghu(['compare', '--roster', 'school_enrolment', roster, '--region', '320115'], {
      TONGHU_REGION: '445281',
    });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('320115');
    const missing = await tonghu(['compare', '--roster', 'deaths', path.join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv');
  });
});
