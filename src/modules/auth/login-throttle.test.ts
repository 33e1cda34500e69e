// The throttle's windows under parallel attempts, without the password hash in between to spread them out: of
// many claims on one window sent at once exactly its limit get through, and the rest are told when to try again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { attemptKeys, claimAttempt, THROTTLE_RULES, ThrottledError } from './login-throttle.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.destroy();
});

describe('claiming an attempt', () => {
  it('lets exactly the limit of twenty parallel claims on one window through', async () => {
    const now = new Date('2026-12-06T08:00:00Z');
    const keys = attemptKeys('parallel.user', '10.9.0.1', null);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => claimAttempt(database.db, keys, now)),
    );
    const claimed = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(claimed).toHaveLength(THROTTLE_RULES.pair.limit);
    expect(refused).toHaveLength(20 - THROTTLE_RULES.pair.limit);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ThrottledError);
      expect(error.scope).toBe('pair');
      expect(error.retryAfterSeconds).toBe(15 * 60);
    }
    // Refused claims leave no rows: one window of five, in each of the attempt's three scopes.
    const rows = await database.db.selectFrom('login_failure').select('scope').execute();
    expect(rows.map((r) => r.scope).sort()).toEqual([
      ...Array(5).fill('account'),
      ...Array(5).fill('address'),
      ...Array(5).fill('pair'),
    ]);
  });

  it('keeps windows that share no key apart: another address is not slowed', async () => {
    const now = new Date('2026-12-06T08:00:00Z');
    await expect(
      claimAttempt(database.db, attemptKeys('other.user', '10.9.0.2', null), now),
    ).resolves.toMatchObject({
      ids: expect.any(Array),
    });
  });
});
