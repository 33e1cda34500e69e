// Retention on a real database: only files closed longer than the period change; the dry run lists them and
// changes nothing; names become 姓+某, ID and phone numbers go, statistics stay; each is audited without values.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { createChild, exitChild } from '../children/service.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { idNumberOf } from '../../../test/helpers/import-files.ts';
import { applyRetention, deidentifiedName, retentionYears } from './retention.ts';

let database: TestDatabase;
let ctx: ServiceContext;
const ids: Record<string, string> = {};

async function registered(key: string, name: string, birth: string, exitedOn: string | null): Promise<void> {
  const { id } = await createChild(ctx, {
    name,
    idNumber: idNumberOf(birth, 300 + Object.keys(ids).length),
    villageCode: '445281102201',
    phone: '13911112222',
    address: '某街1号',
    registeredOn: '2020-01-01',
    parents: [
      {
        relation: 'mother',
        name: '王小红',
        idNumber: idNumberOf('1985-01-01', 401 + Object.keys(ids).length),
        phone: '13833334444',
        statuses: [],
      },
    ],
    caregiver: { name: '李奶奶', relation: '祖母', phone: '13755556666' },
  } as never);
  ids[key] = id;
  if (exitedOn) await exitChild(ctx, id, { reason: 'moved_away', exitedOn, version: 1 });
}

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, actor: systemActor('测试'), today: '2026-11-23', deploymentRegion: '445281' };
  await registered('old', '张三', '2010-05-06', '2022-06-01');
  await registered('recent', '李四', '2011-05-06', '2025-01-01');
  await registered('active', '赵五', '2012-05-06', null);
});
afterAll(() => database.destroy());

describe('retention', () => {
  it('turns names to 姓+某 (initials for Latin names) and reads its period from the environment', () => {
    expect(deidentifiedName('张三')).toBe('张某');
    expect(deidentifiedName('欧阳娜娜')).toBe('欧某');
    expect(deidentifiedName('Li Lei')).toBe('L. L.');
    expect(retentionYears({})).toBe(3);
    expect(retentionYears({ TONGHU_RETENTION_YEARS: '5' })).toBe(5);
    expect(() => retentionYears({ TONGHU_RETENTION_YEARS: 'x' })).toThrow(/TONGHU_RETENTION_YEARS/);
  });

  it('lists on a dry run only the file closed over three years ago, and changes nothing', async () => {
    const before = await database.db.selectFrom('child').selectAll().orderBy('id').execute();
    const result = await applyRetention(database.db, ctx.actor, { asOf: '2026-11-23', dryRun: true });
    expect(result.cutoff).toBe('2023-11-23');
    expect(result.children.map((c) => c.childId)).toEqual([ids.old]);
    expect(await database.db.selectFrom('child').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('de-identifies it: names, numbers and notes gone, statistics kept, audited without values; once', async () => {
    const before = await database.db
      .selectFrom('child')
      .selectAll()
      .where('id', '=', ids.old!)
      .executeTakeFirstOrThrow();
    const result = await applyRetention(database.db, ctx.actor, { asOf: '2026-11-23', dryRun: false });
    expect(result.children).toHaveLength(1);
    const after = await database.db
      .selectFrom('child')
      .selectAll()
      .where('id', '=', ids.old!)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      name: '张某',
      id_number: null,
      id_number_bidx: null,
      phone: null,
      address: null,
    });
    expect(after.deidentified_at).not.toBeNull();
    for (const kept of [
      'gender',
      'birth_date',
      'village_code',
      'county_code',
      'level',
      'conditions',
      'exited_on',
      'exit_reason',
    ] as const)
      expect(after[kept]).toEqual(before[kept]);
    const parent = await database.db
      .selectFrom('child_parent')
      .selectAll()
      .where('child_id', '=', ids.old!)
      .executeTakeFirstOrThrow();
    expect(parent).toMatchObject({ name: '王某', id_number: null, phone: null });
    const caregiver = await database.db
      .selectFrom('child_caregiver')
      .selectAll()
      .where('child_id', '=', ids.old!)
      .executeTakeFirstOrThrow();
    expect(caregiver).toMatchObject({ name: '李某', id_number: null, phone: null });
    // The others untouched.
    const others = await database.db
      .selectFrom('child')
      .select(['name', 'phone'])
      .where('id', 'in', [ids.recent!, ids.active!])
      .orderBy('name')
      .execute();
    expect(others).toEqual([
      { name: '李四', phone: '13911112222' },
      { name: '赵五', phone: '13911112222' },
    ]);
    const audit = await database.db
      .selectFrom('audit_event')
      .select(['action', 'detail', 'changes'])
      .where('child_id', '=', ids.old!)
      .where('action', '=', 'child.deidentified')
      .execute();
    expect(audit).toHaveLength(1);
    const text = JSON.stringify(audit);
    for (const value of ['张三', '王小红', '13911112222', before.id_number!])
      expect(text).not.toContain(value);
    // Nothing left to do.
    expect(
      (await applyRetention(database.db, ctx.actor, { asOf: '2026-11-23', dryRun: true })).children,
    ).toEqual([]);
    // A longer period configured: the recent file is not yet due; a shorter one: it is.
    expect(
      (
        await applyRetention(database.db, ctx.actor, { asOf: '2026-11-23', dryRun: true, years: 1 })
      ).children.map((c) => c.childId),
    ).toEqual([ids.recent]);
    const n = await sql<{
      n: number;
    }>`select count(*)::integer as n from child where deidentified_at is not null`.execute(database.db);
    expect(n.rows[0]!.n).toBe(1);
  });
});
