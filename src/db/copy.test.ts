// COPY … FROM STDIN inside a Kysely transaction: the rows land in the transaction (and go with its
// rollback), a given-up COPY leaves the session usable — on PostgreSQL by its COPY stream, on an in-process
// PGlite (asked for with onPGlite) by COPY FROM '/dev/blob'.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { copyInFor, copyText } from './copy.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table copy_probe (a text, b integer)`.execute(database.db);
});
afterAll(() => database.destroy());

async function probe() {
  const { rows } = await sql<{ a: string | null; b: number }>`select a, b from copy_probe order by b`.execute(
    database.db,
  );
  return rows;
}

describe('copyText', () => {
  it('writes NULL as \\N and escapes backslash, tab and line breaks', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(undefined)).toBe('\\N');
    expect(copyText(true)).toBe('t');
    expect(copyText(12)).toBe('12');
    expect(copyText('张三')).toBe('张三');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });
});

describe('copyInFor', () => {
  it('loads rows inside the transaction, exactly as written', async () => {
    let loaded: number | null = null;
    await database.db.transaction().execute(async (trx) => {
      // PGlite's COPY holds the text until the end: only for those who ask.
      if (database.backend === 'pglite') expect(await copyInFor(database.db, trx)).toBeNull();
      const copyIn = await copyInFor(database.db, trx, { onPGlite: true });
      const copy = copyIn!('copy copy_probe (a, b) from stdin');
      await copy.write(`${copyText('tab\there')}\t1\n${copyText(null)}\t2\n`);
      await copy.write(`${copyText('back\\slash\nnew line')}\t3\n`);
      loaded = await copy.end();
      // The same session: the rows are visible to the transaction before it commits.
      const { rows } = await sql<{ n: number }>`select count(*)::integer as n from copy_probe`.execute(trx);
      expect(rows[0]!.n).toBe(3);
    });
    expect(loaded).toBe(3);
    expect(await probe()).toEqual([
      { a: 'tab\there', b: 1 },
      { a: null, b: 2 },
      { a: 'back\\slash\nnew line', b: 3 },
    ]);
    await sql`delete from copy_probe`.execute(database.db);
  });

  it('rows copied in a transaction that rolls back are gone', async () => {
    const failure = await database.db
      .transaction()
      .execute(async (trx) => {
        const copy = (await copyInFor(database.db, trx, { onPGlite: true }))!(
          'copy copy_probe (a, b) from stdin',
        );
        await copy.write('gone\t1\n');
        await copy.end();
        throw new Error('rolled back');
      })
      .catch((e: unknown) => e as Error);
    expect(failure.message).toBe('rolled back');
    expect(await probe()).toEqual([]);
  });

  it('a COPY given up mid-way, or refused by the server, leaves nothing and the session goes on', async () => {
    const failure = await database.db
      .transaction()
      .execute(async (trx) => {
        const copy = (await copyInFor(database.db, trx, { onPGlite: true }))!(
          'copy copy_probe (a, b) from stdin',
        );
        await copy.write('kept\t1\n');
        await copy.abort(new Error('第3行：出生日期无效'));
        throw new Error('refused');
      })
      .catch((e: unknown) => e as Error);
    expect(failure.message).toBe('refused');
    const refused = await database.db
      .transaction()
      .execute(async (trx) => {
        const copy = (await copyInFor(database.db, trx, { onPGlite: true }))!(
          'copy copy_probe (a, b) from stdin',
        );
        await copy.write('kept\tnot a number\n');
        return copy.end();
      })
      .catch((e: unknown) => e as Error);
    expect(refused).toBeInstanceOf(Error);
    expect(await probe()).toEqual([]);
    // Every session of the pool still answers.
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => sql<{ one: number }>`select 1 as one`.execute(database.db)),
    );
    expect(answers.map((a) => a.rows[0]!.one)).toEqual([1, 1, 1, 1, 1]);
  });
});
