// A request whose transaction the server rolls back for a deadlock is answered 503 database_busy with
// Retry-After, nothing of it kept, and the same request tried again succeeds (database-errors.ts). Staged on
// PostgreSQL with the worklist roll-up (migration 0074): another session holds the counts of a village and
// then asks for the child a director's visit has locked, while the visit waits for those counts.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTrouble } from '../../src/server/database-errors.ts';
import { refreshWorklistRollup } from '../../src/modules/worklist/summary.ts';
import { createTestApp, PUNING, type TestApp } from '../helpers/app.ts';
import { LEFT_BEHIND_PARENTS, register, serviceContext } from '../helpers/register.ts';

const VISIT = { kind: 'visit', occurredOn: '2026-11-20', note: '入户走访' };

describe.runIf(process.env.TEST_DATABASE_URL)('a visit rolled back by a deadlock', () => {
  let t: TestApp;
  const children: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    for (const born of ['2015-03-04', '2014-05-06', '2013-07-08'])
      children.push(
        await register(serviceContext(t.database.db, t.today()), PUNING.village, born, {
          parents: LEFT_BEHIND_PARENTS,
        }),
      );
    // The counts are kept for today: a first visit moves them (never visited → visited).
    await refreshWorklistRollup(t.database.db, t.today());
  });
  afterAll(() => t?.close());

  const contactsOf = async (child: string) =>
    Number(
      (
        await t.database.db
          .selectFrom('contact')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('child_id', '=', child)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const visit = (child: string) =>
    t.call('director', { method: 'POST', url: `/api/v1/children/${child}/contacts`, payload: VISIT });
  const waitingForLocks = async () =>
    (
      await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`.execute(t.database.db)
    ).rows[0]!.n;

  /** One deadlock between a visit to `child` and another session; the visit's answer. */
  async function deadlock(child: string) {
    const other = await t.database.pool!.connect();
    try {
      await other.query('begin');
      const held = await other.query('update worklist_rollup set red = red where village_code = $1', [
        PUNING.village,
      ]);
      expect(held.rowCount).toBe(1);
      const answer = visit(child);
      // The visit has locked its child and waits for the village's counts.
      const until = Date.now() + 20_000;
      while ((await waitingForLocks()) === 0 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 20));
      expect(await waitingForLocks()).toBe(1);
      // Now this session wants that child: each waits for the other. The visit waited first, so its deadlock
      // check (deadlock_timeout after it began to wait) normally finds the circle and rolls the visit back.
      const mine = other.query('select id from child where id = $1 for update', [child]).then(
        () => null,
        (error: unknown) => error,
      );
      const [response, error] = await Promise.all([answer, mine]);
      return { response, error };
    } finally {
      await other.query('rollback');
      other.release();
    }
  }

  it('is answered 503 database_busy, keeps nothing, and succeeds when sent again', async () => {
    let answered503 = false;
    for (const child of children) {
      const { response, error } = await deadlock(child);
      if (response.statusCode !== 503) {
        // On a machine slow enough that the visit's check ran before the circle closed, the server rolled
        // back the other session instead (the same SQLSTATE, the same reading) and the visit went through.
        expect(response.statusCode, response.body).toBe(201);
        expect((error as { code?: string }).code).toBe('40P01');
        expect(databaseTrouble(error)).toBe('busy');
        continue;
      }
      expect(error).toBeNull();
      expect(response.headers['retry-after']).toBe('2');
      expect(response.json().error).toMatchObject({ code: 'database_busy', message: '系统繁忙，请稍后重试' });
      expect(await contactsOf(child)).toBe(0);
      const again = await visit(child);
      expect(again.statusCode, again.body).toBe(201);
      expect(await contactsOf(child)).toBe(1);
      answered503 = true;
      break;
    }
    expect(answered503).toBe(true);
  });
});
