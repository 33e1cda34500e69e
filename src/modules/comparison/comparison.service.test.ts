// Comparison runs against the real database: each roster kind and each finding, exact, probable and
// ambiguous matches, re-runs, and malformed rosters that store nothing. Each block has its own database so
// that the children of one roster kind are not absent from another's roster.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberFor, PUNING } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { firstVillage } from '../../../test/helpers/register.ts';
import { systemActor } from '../access/actor.ts';
import { exitChild, updateChild } from '../children/service.ts';
import { InputError } from '../../shared/errors.ts';
import { dismissFinding } from './verify.ts';
import {
  compareFile,
  csvFile,
  ndjsonFile,
  registerChild,
  systemContext,
  xlsxFile,
} from '../../../test/helpers/comparison.ts';

const OTHER = PUNING.otherTownshipVillage;

async function stored(t: TestDatabase) {
  const runs = await t.db
    .selectFrom('comparison_run')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const findings = await t.db
    .selectFrom('comparison_finding')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { runs: Number(runs.n), findings: Number(findings.n) };
}

/** An ID number whose check character is X, to test lower-case x on rosters. */
function idEndingInX(birthDate: string): string {
  for (let seq = 1; ; seq++) {
    const id = idNumberFor(birthDate, seq);
    if (id.endsWith('X')) return id;
  }
}

/** The same ID with its check digit wrong. */
function badCheckDigit(id: string): string {
  return id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
}

describe('school_enrolment: suspected_dropout', () => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  const reg = async (key: string, birth: string, seq: number, extra: Record<string, unknown> = {}) => {
    ids[key] = await registerChild(t.db, {
      name: `学童${key}`,
      idNumber: idNumberFor(birth, seq),
      villageCode: PUNING.village,
      ...extra,
    });
  };
  beforeAll(async () => {
    t = await createTestDatabase();
    await reg('enrolled', '2015-03-04', 11);
    await reg('absent', '2014-06-01', 12);
    await reg('five', '2021-01-01', 13);
    await reg('sixToday', '2020-11-23', 14);
    await reg('fifteen', '2010-11-24', 15);
    await reg('sixteenToday', '2010-11-23', 16, { conditions: ['assist.dibao'] });
    await reg('notTarget', '2016-01-01', 17, { parents: [], hukouType: 'urban' });
    await reg('otherTownship', '2015-07-07', 18, { villageCode: OTHER });
    await reg('exited', '2015-08-08', 19);
    const ctx = systemContext(t.db);
    await exitChild(ctx, ids.exited!, { reason: 'moved_away', exitedOn: '2026-11-23', version: 1 });
  });
  afterAll(() => t.destroy());

  it('flags registered target children aged 6 to 15 of the region who are on no row', async () => {
    const file = ndjsonFile([
      {
        idNumber: idNumberFor('2015-03-04', 11),
        name: '学童enrolled',
        birthDate: '2015-03-04',
        school: '赤岗一小',
      },
      {
        idNumber: idNumberFor('2012-01-01', 99),
        name: '外地学生',
        birthDate: '2012-01-01',
        school: '赤岗一小',
      },
    ]);
    const result = await compareFile(t.db, 'school_enrolment', file, { region: '445281102' });
    expect(result).toMatchObject({
      roster: 'school_enrolment',
      asOf: '2026-11-23',
      rows: 2,
      matched: 1,
      probable: 0,
    });
    const flagged = result.findings.map((f) => f.childId).sort();
    expect(flagged).toEqual([ids.absent, ids.sixToday, ids.fifteen].sort());
    for (const f of result.findings) {
      expect(f).toMatchObject({ finding: 'suspected_dropout', match: 'exact', row: null });
      expect(f.idNumber).toMatch(/^\d{17}[\dX]$/);
    }
  });

  it('compares the whole county when asked, and the other township’s child is flagged too', async () => {
    const file = ndjsonFile([
      {
        idNumber: idNumberFor('2015-03-04', 11),
        name: '学童enrolled',
        birthDate: '2015-03-04',
        school: '赤岗一小',
      },
    ]);
    const result = await compareFile(t.db, 'school_enrolment', file, { region: '445281' });
    expect(result.findings.map((f) => f.childId)).toContain(ids.otherTownship);
    expect(result.findings.map((f) => f.childId)).not.toContain(ids.exited);
    expect(result.findings.map((f) => f.childId)).not.toContain(ids.notTarget);
  });

  it('moves with the as-of date: a year earlier the fifteen-year-old was fourteen and the six-year-old five', async () => {
    const file = ndjsonFile([
      {
        idNumber: idNumberFor('2015-03-04', 11),
        name: '学童enrolled',
        birthDate: '2015-03-04',
        school: '一小',
      },
    ]);
    const result = await compareFile(t.db, 'school_enrolment', file, {
      region: '445281102',
      asOf: '2025-11-23',
    });
    const flagged = result.findings.map((f) => f.childId);
    expect(flagged).toContain(ids.fifteen);
    expect(flagged).toContain(ids.sixteenToday); // fifteen on 2025-11-23
    expect(flagged).not.toContain(ids.sixToday);
  });
});

describe('a finding is its county’s (0087)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.destroy());

  it('stays with the county that found it when its child moves, and the new county raises its own', async () => {
    const child = await registerChild(t.db, {
      name: '迁移学童',
      idNumber: idNumberFor('2014-06-01', 31),
      villageCode: PUNING.village,
    });
    const roster = () =>
      ndjsonFile([
        {
          idNumber: idNumberFor('2012-01-01', 98),
          name: '外地学生',
          birthDate: '2012-01-01',
          school: '一小',
        },
      ]);
    await compareFile(t.db, 'school_enrolment', roster(), { region: '445281' });
    const open = () =>
      t.db
        .selectFrom('comparison_finding')
        .select(['county_code', 'region_code'])
        .where('child_id', '=', child)
        .where('status', '=', 'open')
        .orderBy('county_code')
        .execute();
    expect(await open()).toEqual([{ county_code: '445281', region_code: PUNING.village }]);

    const elsewhere = await firstVillage(t.db, '320115');
    const { version } = await t.db
      .selectFrom('child')
      .select('version')
      .where('id', '=', child)
      .executeTakeFirstOrThrow();
    await updateChild(systemContext(t.db), child, { version, villageCode: elsewhere });
    expect(await open()).toEqual([{ county_code: '445281', region_code: PUNING.village }]);

    // The new county's comparison does not take over the old county's finding: each acts on its own.
    const result = await compareFile(t.db, 'school_enrolment', roster(), { region: '320115' });
    expect(result.findings.map((f) => f.childId)).toEqual([child]);
    expect(await open()).toEqual([
      { county_code: '320115', region_code: elsewhere },
      { county_code: '445281', region_code: PUNING.village },
    ]);
  });
});

describe('deaths: exact, probable and ambiguous matches', () => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  const xId = idEndingInX('2013-05-05');
  beforeAll(async () => {
    t = await createTestDatabase();
    const reg = async (
      key: string,
      name: string,
      idNumber: string | null,
      birthDate: string,
      villageCode = PUNING.village,
    ) => (ids[key] = await registerChild(t.db, { name, idNumber, birthDate, villageCode }));
    await reg('typo', '张伟', idNumberFor('2015-01-01', 21), '2015-01-01');
    await reg('traditional', '陈小红', idNumberFor('2014-02-02', 22), '2014-02-02');
    await reg('twinA', '李娜', idNumberFor('2016-02-02', 31), '2016-02-02');
    await reg('twinB', '李娜', idNumberFor('2016-02-02', 32), '2016-02-02', PUNING.neighbour);
    await reg('lowerX', '王芳', xId, '2013-05-05');
    await reg('alive', '赵六', idNumberFor('2012-03-03', 41), '2012-03-03');
    await reg('twice', '刘洋', idNumberFor('2011-04-04', 51), '2011-04-04');
  });
  afterAll(() => t.destroy());

  const roster = () =>
    ndjsonFile([
      {
        idNumber: badCheckDigit(idNumberFor('2015-01-01', 21)),
        name: '张伟',
        birthDate: '2015-01-01',
        date: '2026-10-01',
      },
      { idNumber: '', name: ' 陳 小紅 ', birthDate: '2014-02-02', date: '2026-09-01' },
      {
        idNumber: badCheckDigit(idNumberFor('2016-02-02', 33)),
        name: '李娜',
        birthDate: '2016-02-02',
        date: '2026-08-01',
      },
      {
        idNumber: xId.slice(0, 17).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) + 'x',
        name: '王芳',
        birthDate: '2013-05-05',
        date: '2026-07-01',
      },
      {
        idNumber: idNumberFor('2010-10-10', 61),
        name: '不在册',
        birthDate: '2010-10-10',
        date: '2026-06-01',
      },
      { idNumber: idNumberFor('2011-04-04', 51), name: '刘洋', birthDate: '2011-04-04', date: '2026-05-01' },
      {
        idNumber: badCheckDigit(idNumberFor('2011-04-04', 51)),
        name: '刘洋',
        birthDate: '2011-04-04',
        date: '2026-05-01',
      },
    ]);

  it('matches by ID (full-width digits, lower-case x), else by name and birth date when one child answers', async () => {
    const result = await compareFile(t.db, 'deaths', roster());
    expect(result).toMatchObject({ roster: 'deaths', rows: 7, matched: 4, probable: 2 });
    const byChild = Object.fromEntries(result.findings.map((f) => [f.childId, f]));
    expect(byChild[ids.typo!]).toMatchObject({
      finding: 'deceased_still_registered',
      match: 'probable',
      row: 1,
    });
    expect(byChild[ids.traditional!]).toMatchObject({ match: 'probable', row: 2 });
    expect(byChild[ids.lowerX!]).toMatchObject({ match: 'exact', row: 4, idNumber: xId });
    expect(byChild[ids.twice!]).toMatchObject({ match: 'exact', row: 6 });
    expect(byChild[ids.alive!]).toBeUndefined();
    expect(result.findings).toHaveLength(4);
  });

  it('reports rows several children answer as ambiguous, never guessing', async () => {
    const result = await compareFile(t.db, 'deaths', roster());
    expect(result.ambiguous).toEqual([expect.objectContaining({ row: 3, candidates: 2, name: '李娜' })]);
    expect(result.findings.map((f) => f.childId)).not.toContain(ids.twinA);
    expect(result.findings.map((f) => f.childId)).not.toContain(ids.twinB);
  });

  it('finds the same findings again on a re-run instead of adding them twice', async () => {
    const before = await stored(t);
    const again = await compareFile(t.db, 'deaths', roster());
    const after = await stored(t);
    expect(after.runs).toBe(before.runs + 1);
    expect(after.findings).toBe(before.findings);
    expect(again.findings).toHaveLength(4);
    expect(again.newFindings).toBe(0);
    const open = await t.db.selectFrom('comparison_finding').select(['last_run_id', 'run_id']).execute();
    expect(open.every((f) => f.last_run_id === again.runId && f.run_id !== again.runId)).toBe(true);
  });

  it('stores each finding with its run (kind, file, hash) and row', async () => {
    const f = await t.db
      .selectFrom('comparison_finding as f')
      .innerJoin('comparison_run as r', 'r.id', 'f.run_id')
      .select([
        'r.roster_kind',
        'r.file_name',
        'r.file_hash',
        'r.row_unit',
        'f.row_number',
        'f.roster_row',
        'f.region_code',
        'f.status',
      ])
      .where('f.child_id', '=', ids.typo!)
      .executeTakeFirstOrThrow();
    expect(f).toMatchObject({
      roster_kind: 'deaths',
      row_unit: 'line',
      row_number: 1,
      status: 'open',
      region_code: PUNING.village,
    });
    expect(f.file_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(f.roster_row).toEqual({ date: '2026-10-01' });
  });

  it('matches by ID deep in a long roster, whose ID numbers are indexed on another thread in chunks', async () => {
    // 2,600 rows: the first ones in chunks of a thousand for the blind-index worker, the rest on this thread;
    // the registered children among strangers at lines 5, 1,700 and 2,600 (one in each).
    const strangers = Array.from({ length: 2_600 }, (_, i) => ({
      idNumber: idNumberFor('2009-09-09', 100 + i),
      name: `路人${i}`,
      birthDate: '2009-09-09',
      date: '2026-04-01',
    }));
    const at = (line: number, idNumber: string, name: string, birthDate: string) =>
      (strangers[line - 1] = { idNumber, name, birthDate, date: '2026-04-01' });
    at(5, idNumberFor('2012-03-03', 41), '赵六', '2012-03-03');
    at(1_700, xId.toLowerCase(), '王芳', '2013-05-05');
    at(2_600, idNumberFor('2011-04-04', 51), '刘洋', '2011-04-04');
    const result = await compareFile(t.db, 'deaths', ndjsonFile(strangers));
    expect(result).toMatchObject({ rows: 2_600, matched: 3 });
    const rows = Object.fromEntries(result.findings.map((f) => [f.childId, f.row]));
    expect(rows).toEqual({ [ids.alive!]: 5, [ids.lowerX!]: 1_700, [ids.twice!]: 2_600 });
  });
});

describe('dibao_roll: not_registered and should_exit', () => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    const reg = async (key: string, birth: string, seq: number, conditions: string[]) =>
      (ids[key] = await registerChild(t.db, {
        name: `低保${key}`,
        idNumber: idNumberFor(birth, seq),
        villageCode: PUNING.village,
        conditions: conditions as never,
      }));
    await reg('onRoll', '2014-01-01', 11, ['assist.dibao']);
    await reg('offRoll', '2014-02-02', 12, ['assist.tekun']);
    await reg('neverAssisted', '2014-03-03', 13, []);
  });
  afterAll(() => t.destroy());

  it('reads a CSV with Chinese headers and finds both kinds', async () => {
    const file = csvFile([
      '姓名,公民身份号码,出生日期,类别,村（社区）代码',
      `低保onRoll,${idNumberFor('2014-01-01', 11)},2014/1/1,低保,`,
      `未登记,${idNumberFor('2016-06-06', 21)},2016-06-06,特困,`,
      `未登记有村,${idNumberFor('2017-07-07', 22)},2017年7月7日,农村低保,${PUNING.neighbour}`,
      `成年人,${idNumberFor('2000-01-01', 23)},2000-01-01,低保,`,
    ]);
    const result = await compareFile(t.db, 'dibao_roll', file);
    expect(result).toMatchObject({ rows: 4, matched: 1, probable: 0 });
    const notRegistered = result.findings.filter((f) => f.finding === 'not_registered');
    expect(notRegistered.map((f) => [f.idNumber, f.childId, f.match, f.row, f.regionCode])).toEqual([
      [idNumberFor('2016-06-06', 21), null, 'exact', 3, '445281000000'],
      [idNumberFor('2017-07-07', 22), null, 'exact', 4, PUNING.neighbour],
    ]);
    const shouldExit = result.findings.filter((f) => f.finding === 'should_exit');
    expect(shouldExit.map((f) => f.childId)).toEqual([ids.offRoll]);
  });
  it('raises a dismissed finding again from next quarter’s roll, never from the roll it was dismissed on', async () => {
    const roll = (extra: string[] = []) =>
      csvFile([
        '姓名,身份证号,出生日期,类别',
        `低保onRoll,${idNumberFor('2014-01-01', 11)},2014-01-01,低保`,
        ...extra,
      ]);
    const first = roll();
    const found = await compareFile(t.db, 'dibao_roll', first);
    const shouldExit = await t.db
      .selectFrom('comparison_finding')
      .select('id')
      .where('finding', '=', 'should_exit')
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(found.findings.map((f) => f.finding)).toEqual(['should_exit']);
    await dismissFinding(systemContext(t.db), shouldExit.id, { reason: '已按季度复核，仍享受特困供养' });
    expect((await compareFile(t.db, 'dibao_roll', first)).findings).toEqual([]);
    const next = await compareFile(
      t.db,
      'dibao_roll',
      roll([`另一人,${idNumberFor('2015-09-09', 31)},2015-09-09,低保`]),
    );
    expect(next.findings.map((f) => [f.finding, f.childId])).toEqual([
      ['not_registered', null],
      ['should_exit', ids.offRoll],
    ]);
    expect(next.newFindings).toBe(2);
  });
});

describe('disability_certificates: not_registered and grade_changed', () => {
  let t: TestDatabase;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestDatabase();
    // Each holds a certificate on file (sealed at rest, 0062; it begins with the ID number): matching goes by
    // the ID number's blind index and finds the same children as before the certificate was sealed.
    const reg = async (key: string, birth: string, seq: number, severe: boolean) =>
      (ids[key] = await registerChild(t.db, {
        name: `残疾${key}`,
        idNumber: idNumberFor(birth, seq),
        villageCode: PUNING.village,
        disabilityCertificate: `${idNumberFor(birth, seq)}${severe ? '11' : '74'}`,
        conditions: (severe ? ['disability.severe'] : []) as never,
      }));
    await reg('severeAgrees', '2014-01-01', 11, true);
    await reg('becameSevere', '2014-02-02', 12, false);
    await reg('noLongerSevere', '2014-03-03', 13, true);
    await reg('intellectual3', '2014-04-04', 14, true);
    await reg('multiple3', '2014-05-05', 15, false);
  });
  afterAll(() => t.destroy());

  it('reads an XLSX with Chinese headers, grades in words and dates as date cells', async () => {
    const file = await xlsxFile([
      ['姓名', '身份证号', '出生日期', '残疾等级', '残疾类别'],
      ['残疾severeAgrees', idNumberFor('2014-01-01', 11), new Date(Date.UTC(2014, 0, 1)), '一级', '肢体'],
      ['残疾becameSevere', idNumberFor('2014-02-02', 12), '2014-02-02', 2, '视力残疾'],
      ['残疾noLongerSevere', idNumberFor('2014-03-03', 13), '2014-03-03', '四级', '肢体残疾'],
      ['残疾intellectual3', idNumberFor('2014-04-04', 14), '2014-04-04', '3级', '智力'],
      ['残疾multiple3', idNumberFor('2014-05-05', 15), '2014-05-05', 3, '多重'],
      ['未登记精神', idNumberFor('2015-05-05', 21), '2015-05-05', '三级', '精神残疾'],
      ['未登记肢体', idNumberFor('2015-06-06', 22), '2015-06-06', 4, '肢体'],
    ]);
    const result = await compareFile(t.db, 'disability_certificates', file);
    expect(result).toMatchObject({ rows: 7, matched: 5 });
    const changed = result.findings.filter((f) => f.finding === 'grade_changed');
    expect(changed.map((f) => f.childId).sort()).toEqual([ids.becameSevere, ids.noLongerSevere].sort());
    expect(changed.map((f) => f.row).sort()).toEqual([3, 4]);
    const missing = result.findings.filter((f) => f.finding === 'not_registered');
    expect(missing).toEqual([
      expect.objectContaining({ idNumber: idNumberFor('2015-05-05', 21), childId: null, row: 7 }),
    ]);
    const raw = await sql<{ raw: string }>`
      select 'x' || disability_certificate as raw from child where disability_certificate is not null`.execute(
      t.db,
    );
    expect(raw.rows).toHaveLength(5);
    for (const r of raw.rows) expect(r.raw).toMatch(/^xsm4[.]/);
  });
});

describe('malformed rosters are refused whole, naming where, and store nothing', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await registerChild(t.db, {
      name: '张三',
      idNumber: idNumberFor('2015-03-04', 11),
      villageCode: PUNING.village,
    });
  });
  afterAll(() => t.destroy());

  const good = (n: number) => ({
    idNumber: idNumberFor('2015-03-04', 11),
    name: '张三',
    birthDate: '2015-03-04',
    date: '2026-01-01',
    n,
  });

  it.each([
    [
      'a missing column',
      'deaths',
      () => csvFile(['姓名,身份证号,死亡日期', `张三,${idNumberFor('2015-03-04', 11)},2026-01-01`]),
      { line: 1, field: 'birthDate' },
    ],
    [
      'a bad date',
      'deaths',
      () => ndjsonFile([good(1), good(2), { ...good(3), birthDate: '2015-02-30' }]),
      { line: 3, field: 'birthDate' },
    ],
    [
      'a bad death date',
      'deaths',
      () => ndjsonFile([good(1), { ...good(2), date: 'yesterday' }]),
      { line: 2, field: 'date' },
    ],
    [
      'a missing required value',
      'deaths',
      () => ndjsonFile([good(1), { ...good(2), date: null }]),
      { line: 2, field: 'date' },
    ],
    [
      'a missing key',
      'deaths',
      () => ndjsonFile([good(1), { idNumber: 'x', birthDate: '2015-03-04', date: '2026-01-01' }]),
      { line: 2, field: 'name' },
    ],
    [
      'an unknown kind of assistance',
      'dibao_roll',
      () => ndjsonFile([{ ...good(1), kind: '低保边缘' }]),
      { line: 1, field: 'kind' },
    ],
    [
      'a grade 3 certificate without category',
      'disability_certificates',
      () => ndjsonFile([{ ...good(1), grade: 3 }]),
      { line: 1, field: 'category' },
    ],
    [
      'a grade out of range',
      'disability_certificates',
      () => ndjsonFile([{ ...good(1), grade: 5, category: '肢体' }]),
      { line: 1, field: 'grade' },
    ],
  ])('%s', async (_what, kind, make, at) => {
    const before = await stored(t);
    const error = await compareFile(t.db, kind, make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).at).toMatchObject(at);
    expect(await stored(t)).toEqual(before);
  });

  it('a malformed JSON line after many good ones', async () => {
    const file = ndjsonFile(Array.from({ length: 25_000 }, (_, i) => good(i)));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(file, '{"idNumber": "44528\n');
    const before = await stored(t);
    const error = await compareFile(t.db, 'deaths', file).catch((e: unknown) => e);
    expect((error as InputError).at).toMatchObject({ line: 25_001 });
    expect(await stored(t)).toEqual(before);
  });

  it('a bad cell in an XLSX names its row', async () => {
    const file = await xlsxFile([
      ['姓名', '身份证号', '出生日期', '死亡日期'],
      ['张三', idNumberFor('2015-03-04', 11), '2015-03-04', '2026-01-01'],
      ['李四', idNumberFor('2015-03-05', 12), '2015-03-05', '去年'],
    ]);
    const error = await compareFile(t.db, 'deaths', file).catch((e: unknown) => e);
    expect((error as InputError).at).toMatchObject({ row: 3, field: 'date' });
  });

  it('an unknown roster kind, and a region outside the actor’s', async () => {
    const file = ndjsonFile([good(1)]);
    await expect(compareFile(t.db, 'imprisonment', file)).rejects.toMatchObject({ at: { field: 'kind' } });
    const actor = { ...systemActor('赤岗镇'), regionCode: PUNING.township };
    await expect(compareFile(t.db, 'deaths', file, { region: '445281103', actor })).rejects.toMatchObject({
      at: { field: 'region' },
    });
  });

  it('an empty roll, which would make every child absent, but not an empty list of deaths', async () => {
    const before = await stored(t);
    const empty = csvFile(['姓名,身份证号,出生日期,学校']);
    await expect(compareFile(t.db, 'school_enrolment', empty)).rejects.toMatchObject({ at: { file: empty } });
    expect(await stored(t)).toEqual(before);
    const noDeaths = csvFile(['姓名,身份证号,出生日期,死亡日期']);
    expect(await compareFile(t.db, 'deaths', noDeaths)).toMatchObject({ rows: 0, findings: [] });
  });

  it('a row whose ID number fails its check digit is not malformed', async () => {
    const file = ndjsonFile([{ ...good(1), idNumber: badCheckDigit(idNumberFor('2015-03-04', 11)) }]);
    const result = await compareFile(t.db, 'deaths', file);
    expect(result).toMatchObject({ rows: 1, matched: 1, probable: 1 });
  });
});
