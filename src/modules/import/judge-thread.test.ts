// A large file is judged in a worker thread (judge-remote.ts), a small one on the import's own thread: the
// same files imported both ways into two databases must give the same outcome — counts, problems, preview —
// and the same register, assessments, mandatory reports and audit records, for a first import with refused
// lines skipped, a re-import that updates in place, and a file refused whole.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { contractChild, idNumberOf, writeCsv, writeNdjson } from '../../../test/helpers/import-files.ts';
import { systemActor } from '../access/actor.ts';
import { RemoteJudge } from './judge-remote.ts';
import { importChildren, judgeInWorkerFor, type ImportOutcome } from './service.ts';

const VILLAGES = ['445281102201', '445281102202', '445281103201'];
const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-judge-thread-'));
let here: TestDatabase;
let worker: TestDatabase;
beforeAll(async () => {
  [here, worker] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([here?.destroy(), worker?.destroy()]);
});

function importBoth(file: string, skipInvalid = false): Promise<[ImportOutcome, ImportOutcome]> {
  return Promise.all(
    [here, worker].map((database, i) =>
      importChildren(
        { db: database.db, actor: systemActor('测试导入'), today: '2026-11-23', deploymentRegion: '445281' },
        { source: { path: file }, fileName: path.basename(file), skipInvalid, judgeInWorker: i === 1 },
      ),
    ),
  ) as Promise<[ImportOutcome, ImportOutcome]>;
}

/** What an outcome says, without the run's own id. */
const said = ({ runId: _r, ...rest }: ImportOutcome) => rest;

/** The register as stored, by ID number: every column but the rows' ids and times, in a stable order. */
async function register(database: TestDatabase) {
  const db = database.db;
  // ID numbers are sealed (a random IV each): sorted here, once opened, not by the database.
  const children = (await db.selectFrom('child').selectAll().execute()).sort((x, y) =>
    String(x.id_number).localeCompare(String(y.id_number)),
  );
  const idNumberOf = new Map(children.map((c) => [c.id, c.id_number]));
  const strip = <T extends Record<string, unknown>>(row: T) =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([k, v]) => k !== 'id' && !(v instanceof Date))
        .map(([k, v]) => (k === 'child_id' ? ['child', idNumberOf.get(v as string)] : [k, v])),
    );
  const sorted = <T>(rows: T[]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const rows = async (table: 'child_parent' | 'intervention' | 'assessment' | 'mandatory_report') =>
    sorted(
      (await db.selectFrom(table).selectAll().execute()).map((r) => strip(r as Record<string, unknown>)),
    );
  const audits = await sql<{ action: string; child: string | null; changes: unknown; n: number }>`
    select a.action, c.id_number as child, a.changes, count(*)::int as n
    from audit_event a left join child c on c.id = a.child_id
    where a.action like 'child.%'
    group by 1, 2, 3`.execute(db);
  return {
    children: children.map(strip),
    parents: await rows('child_parent'),
    interventions: await rows('intervention'),
    assessments: await rows('assessment'),
    reports: await rows('mandatory_report'),
    audits: sorted(audits.rows),
  };
}

describe('judging in a worker thread', () => {
  it('imports, re-imports and refuses exactly as judging on the import’s thread does', async () => {
    const sent = vi.spyOn(RemoteJudge.prototype, 'judge');
    // 1,203 lines: three chunks; red children (mandatory reports), interventions, bad and duplicate lines.
    const children = Array.from({ length: 1200 }, (_, i) =>
      contractChild({
        externalId: null,
        idNumber: idNumberOf(`2012-0${1 + (i % 9)}-1${i % 10}`, 100 + Math.floor(i / 90)),
        name: `线程${i}`,
        villageCode: VILLAGES[i % 3],
        conditions: i % 7 === 0 ? ['harm.suspected'] : i % 5 === 0 ? ['assist.dibao'] : [],
        interventions: i % 10 === 0 ? [{ date: '2026-10-01', kind: 'assistance', note: `第${i}次` }] : [],
      }),
    );
    const lines = [
      ...children.slice(0, 600),
      { ...children[3], villageCode: '445281102999' },
      '{"name": "坏行", ',
      children[10],
      ...children.slice(600),
    ];
    const first = await importBoth(writeNdjson(dir, 'first.ndjson', lines), true);
    expect(first[0]).toMatchObject({ committed: true, imported: 1200, rejected: 3 });
    expect(said(first[1])).toEqual(said(first[0]));

    // A re-import: every other child moved to a new school, a third with new parents' statuses.
    const again = children.map((c, i) =>
      i % 2 ? { ...c, schoolName: '第二小学' } : i % 3 ? c : { ...c, guardianship: 'poor' },
    );
    const second = await importBoth(writeNdjson(dir, 'again.ndjson', again));
    expect(second[0]).toMatchObject({ committed: true, imported: 0, updated: 1200, rejected: 0 });
    expect(said(second[1])).toEqual(said(second[0]));

    // A spreadsheet with one bad row among good ones: refused whole, the same problems named.
    const refused = await importBoth(
      writeCsv(dir, 'refused.csv', [
        ['姓名', '身份证号码', '村（社区）代码'],
        ['新甲', idNumberOf('2015-01-01', 501), VILLAGES[0]],
        ['新乙', idNumberOf('2015-01-01', 503), '445281102999'],
      ]),
    );
    expect(refused[0]).toMatchObject({ committed: false, imported: 0, rejected: 1 });
    expect(said(refused[1])).toEqual(said(refused[0]));

    // Every chunk of the worker's imports went to the worker: 3 + 3 + 1.
    expect(sent).toHaveBeenCalledTimes(7);
    const [a, b] = await Promise.all([register(here), register(worker)]);
    expect(a.children).toHaveLength(1200);
    expect(a.reports.length).toBeGreaterThan(100);
    expect(b).toEqual(a);
  });

  it('is chosen by the file’s size, or by TONGHU_IMPORT_WORKER', () => {
    expect(judgeInWorkerFor(100_000, 'ndjson', {})).toBe(false);
    expect(judgeInWorkerFor(4_000_000, 'ndjson', {})).toBe(true);
    expect(judgeInWorkerFor(1_000_000, 'xlsx', {})).toBe(true);
    expect(judgeInWorkerFor(4_000_000, 'csv', { TONGHU_IMPORT_WORKER: '0' })).toBe(false);
    expect(judgeInWorkerFor(10, 'csv', { TONGHU_IMPORT_WORKER: '1' })).toBe(true);
  });
});
