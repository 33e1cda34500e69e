// The server's PGlite in a worker thread (issue 14.7): results, errors, transactions and COPY as in-process.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connect.ts';
import { copyInFor } from './copy.ts';

describe('PGlite in a worker thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ worker: true });
    await sql`create table t (id int primary key, at timestamptz, b bytea, n int8, d date)`.execute(
      database.db,
    );
  }, 60_000);
  afterAll(async () => {
    await database.close();
  });

  it('returns values as PGlite does: Date, Uint8Array, counts as numbers, dates as strings', async () => {
    const at = new Date('2026-03-04T05:06:07.000Z');
    const inserted =
      await sql`insert into t values (1, ${at}, ${new Uint8Array([1, 2, 3])}, 5, '2026-01-02')`.execute(
        database.db,
      );
    expect(inserted.numAffectedRows).toBe(1n);
    const { rows } = await sql<{ at: Date; b: Uint8Array; n: number; d: string }>`select * from t`.execute(
      database.db,
    );
    expect(rows[0]!.at).toBeInstanceOf(Date);
    expect(rows[0]!.at.toISOString()).toBe(at.toISOString());
    expect(Array.from(rows[0]!.b)).toEqual([1, 2, 3]);
    expect(rows[0]!.n).toBe(5);
    expect(rows[0]!.d).toBe('2026-01-02');
  });

  it('runs a COPY with its data (FROM /dev/blob) inside the transaction, as the import sends it', async () => {
    await database.db.transaction().execute(async (trx) => {
      const copy = (await copyInFor(database.db, trx, { onPGlite: true }))!('copy t (id, d) from stdin');
      await copy.write('10\t2026-05-01\n11\t\\N\n');
      await copy.write('12\t2026-05-03\n');
      expect(await copy.end()).toBe(3);
    });
    const { rows } = await sql<{
      id: number;
      d: string | null;
    }>`select id, d from t where id >= 10 order by id`.execute(database.db);
    expect(rows).toEqual([
      { id: 10, d: '2026-05-01' },
      { id: 11, d: null },
      { id: 12, d: '2026-05-03' },
    ]);
    await sql`delete from t where id >= 10`.execute(database.db);
  });

  it('carries the PostgreSQL error code and fields (23505 with its constraint)', async () => {
    const failure = await sql`insert into t (id) values (1)`.execute(database.db).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: '23505', constraint: 't_pkey' });
  });

  it('keeps a transaction on its one session: a rollback undoes its writes, others wait their turn', async () => {
    const inside = database.db.transaction().execute(async (trx) => {
      await sql`insert into t (id) values (2)`.execute(trx);
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('undo');
    });
    const outside = sql<{ c: number }>`select count(*)::int8 as c from t`.execute(database.db);
    await expect(inside).rejects.toThrow('undo');
    expect((await outside).rows[0]!.c).toBe(1);
  });
});
