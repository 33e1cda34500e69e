// The audit table at the database level (on PGlite, and on PostgreSQL with TEST_DATABASE_URL): UPDATE, DELETE
// and TRUNCATE are refused, the chain head cannot be moved by hand, every insert is chained in order — also
// when several transactions write at once — and verifyAuditChain finds a changed record, a removed one and a
// removed tail, each made with the trigger disabled as the owner would.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { recordAudit } from './audit.ts';
import { GENESIS_HASH, verifyAuditChain } from './verify.ts';

let database: TestDatabase;
const actor = systemActor('测试');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

async function write(n: number, action = 'test.written'): Promise<void> {
  for (let i = 0; i < n; i++)
    await recordAudit(database.db, actor, { action, entity: 'test', detail: { i, text: '中文 "引号"' } });
}

/** Runs `statement` with the immutability trigger disabled, as only the owner or a superuser can. */
async function tamper(statement: string): Promise<void> {
  await sql.raw('alter table audit_event disable trigger audit_event_immutable').execute(database.db);
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await sql.raw('alter table audit_event enable trigger audit_event_immutable').execute(database.db);
  }
}

async function refused(statement: string): Promise<string> {
  try {
    await sql.raw(statement).execute(database.db);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`not refused: ${statement}`);
}

describe('the audit table refuses change', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even to the owner', async () => {
    await write(3);
    const before = await database.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
    expect(await refused(`update audit_event set action = 'x'`)).toMatch(/审计记录不可修改/);
    expect(await refused(`delete from audit_event`)).toMatch(/审计记录不可修改/);
    expect(await refused(`truncate audit_event`)).toMatch(/审计记录不可修改/);
    // Nor through a table it refers to (the accounts; since 0088 it names a child without a foreign key).
    expect(await refused(`truncate app_user cascade`)).toMatch(/审计记录不可修改/);
    expect(await database.db.selectFrom('audit_event').selectAll().orderBy('seq').execute()).toEqual(before);
  });

  it('lets nobody move, delete or empty the chain head by hand', async () => {
    expect(await refused(`update audit_chain_head set seq = 0`)).toMatch(/链头/);
    expect(await refused(`delete from audit_chain_head`)).toMatch(/链头/);
    expect(await refused(`truncate audit_chain_head`)).toMatch(/不可修改/);
  });
});

describe('the hash chain', () => {
  it('chains every record to the one before, from the genesis hash, and verifies', async () => {
    const rows = await database.db
      .selectFrom('audit_event')
      .select(['seq', 'prev_hash', 'hash'])
      .orderBy('seq')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    rows.forEach((r, i) => {
      expect(Number(r.seq)).toBe(i + 1);
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1]!.hash);
    });
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ ok: true, records: rows.length, problems: [] });
    expect(report.head).toEqual({ seq: rows.length, hash: rows.at(-1)!.hash });
  });

  it('stays one unbroken chain when transactions write at the same time, and a rolled-back one leaves no gap', async () => {
    const writers = Array.from({ length: 8 }, (_, w) =>
      database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 5; i++)
          await recordAudit(trx, actor, { action: `test.parallel.${w}`, entity: 'test' });
      }),
    );
    const failing = database.db
      .transaction()
      .execute(async (trx) => {
        await recordAudit(trx, actor, { action: 'test.rolled_back', entity: 'test' });
        throw new Error('rollback');
      })
      .catch(() => 'rolled back');
    await Promise.all([...writers, failing]);
    const report = await verifyAuditChain(database.db, { batch: 7 });
    expect(report.problems).toEqual([]);
    const count = await database.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', 'like', 'test.parallel.%')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(40);
  });

  it('takes the head again after a rolled-back savepoint held its only record, while another writes meanwhile', async () => {
    // The head is locked once a transaction, by its first record (0076): undone with its savepoint, the lock
    // and the carried head both go, and the next record must read the head another transaction moved since.
    await database.db.transaction().execute(async (trx) => {
      await sql`savepoint first`.execute(trx);
      await recordAudit(trx, actor, { action: 'test.savepoint.undone', entity: 'test' });
      await sql`rollback to savepoint first`.execute(trx);
      // On PostgreSQL another session writes now (its lock free again); PGlite has one session, so it waits.
      if (database.backend === 'postgres') await write(3, 'test.savepoint.between');
      await recordAudit(trx, actor, { action: 'test.savepoint.kept', entity: 'test' });
      await recordAudit(trx, actor, { action: 'test.savepoint.kept', entity: 'test' });
    });
    await write(1, 'test.savepoint.after');
    const report = await verifyAuditChain(database.db, { batch: 5 });
    expect(report.problems).toEqual([]);
    const actions = await database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'like', 'test.savepoint.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      ...(database.backend === 'postgres' ? Array(3).fill('test.savepoint.between') : []),
      'test.savepoint.kept',
      'test.savepoint.kept',
      'test.savepoint.after',
    ]);
  });

  it('chains the records of one transaction across statements, many rows at once and a rolled-back savepoint', async () => {
    // The row trigger carries the head from record to record within a transaction (0067) and the head row
    // moves once per statement: the chain must come out the same as one record at a time.
    const many = (n: number, action: string) =>
      sql`insert into audit_event (actor_name, action, entity, detail)
          select '测试', ${action}, 'test', jsonb_build_object('i', i) from generate_series(1, ${n}) as i`;
    await database.db.transaction().execute(async (trx) => {
      await many(300, 'test.many.first').execute(trx);
      await recordAudit(trx, actor, { action: 'test.many.single', entity: 'test' });
      await sql`savepoint undone`.execute(trx);
      await many(50, 'test.many.undone').execute(trx);
      await sql`rollback to savepoint undone`.execute(trx);
      await many(200, 'test.many.second').execute(trx);
    });
    await write(2, 'test.many.after');
    const report = await verifyAuditChain(database.db, { batch: 97 });
    expect(report.problems).toEqual([]);
    const last = await database.db
      .selectFrom('audit_event')
      .select(['seq', 'hash', 'action'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(report.head).toEqual({ seq: Number(last.seq), hash: last.hash });
    const counts = await database.db
      .selectFrom('audit_event')
      .select(['action', (eb) => eb.fn.countAll<number>().as('n')])
      .where('action', 'like', 'test.many.%')
      .groupBy('action')
      .execute();
    expect(Object.fromEntries(counts.map((c) => [c.action, Number(c.n)]))).toEqual({
      'test.many.first': 300,
      'test.many.single': 1,
      'test.many.second': 200,
      'test.many.after': 2,
    });
  });

  it('finds a record changed behind the trigger’s back', async () => {
    await write(3, 'test.to_change');
    const target = await database.db
      .selectFrom('audit_event')
      .select(['id', 'seq'])
      .where('action', '=', 'test.to_change')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await tamper(`update audit_event set detail = '{"i": 99}' where id = ${Number(target.id)}`);
    const report = await verifyAuditChain(database.db);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ kind: 'changed', seq: Number(target.seq), id: Number(target.id) }]);
  });

  it('finds a record removed from the middle, and records removed from the end', async () => {
    const fresh = await createTestDatabase();
    try {
      for (let i = 0; i < 6; i++) await recordAudit(fresh.db, actor, { action: 'test.a', entity: 'test' });
      const on = (s: string) => sql.raw(s).execute(fresh.db);
      await on('alter table audit_event disable trigger audit_event_immutable');
      await on('delete from audit_event where seq = 3');
      await on('delete from audit_event where seq = 6');
      await on('alter table audit_event enable trigger audit_event_immutable');
      const report = await verifyAuditChain(fresh.db);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        { kind: 'gap', afterSeq: 2, nextSeq: 4 },
        { kind: 'head_mismatch', headSeq: 6, lastSeq: 5 },
      ]);
    } finally {
      await fresh.destroy();
    }
  });
});
