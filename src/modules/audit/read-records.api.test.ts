// Reads that arrive together have their records written together (read-records.ts): every read still leaves
// its own record (its request id) before it answers, the records of concurrent reads share statements, the
// chain stays whole, and a record that cannot be written fails its own read only.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/index.ts';
import { auditRow } from './audit.ts';
import { writeReadRecord } from './read-records.ts';
import { verifyAuditChain } from './verify.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the records of concurrent reads', () => {
  it('are one per read, written before each answer, in fewer transactions than reads, the chain whole', async () => {
    const before = await t.database.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirstOrThrow();
    const reads = 24;
    await t.cookie('director'); // signed in once, before the reads
    const answers = await Promise.all(
      Array.from({ length: reads }, () => t.call('director', { method: 'GET', url: '/api/v1/worklist' })),
    );
    for (const a of answers) expect(a.statusCode, a.body).toBe(200);
    const records = await t.database.db
      .selectFrom('audit_event')
      .select(['request_id', sql<string>`xmin::text`.as('transaction')])
      .where('seq', '>', Number(before.seq ?? 0))
      .where('action', '=', 'worklist.listed')
      .execute();
    // Each answer's own record, by its request id.
    const ids = answers.map((a) => a.headers['x-request-id']);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(records.map((r) => r.request_id).sort()).toEqual([...ids].sort());
    // Rows of one statement share its transaction (xmin): fewer transactions than reads means grouping.
    const transactions = new Set(records.map((r) => r.transaction)).size;
    expect(transactions).toBeLessThan(reads);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, problems: [] });
  });

  it('fail one read only when its record cannot be written', async () => {
    const actor = systemActor('测试');
    const good = (n: number) => auditRow(actor, { action: `test.read.${n}`, entity: 'route' });
    // An actor_id that names no account breaks the foreign key: that record alone is refused.
    const bad = { ...good(99), actor_id: '00000000-0000-4000-8000-000000000000' };
    const outcomes = await Promise.allSettled([
      writeReadRecord(t.database.db, good(1)),
      writeReadRecord(t.database.db, good(2)),
      writeReadRecord(t.database.db, bad),
      writeReadRecord(t.database.db, good(3)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const written = await t.database.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'like', 'test.read.%')
      .orderBy('seq')
      .execute();
    expect(written.map((r) => r.action)).toEqual(['test.read.1', 'test.read.2', 'test.read.3']);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, problems: [] });
  });
});
