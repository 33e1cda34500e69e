// The daily re-assessment timer: when it fires (China time, whatever the server's zone), when it is off,
// and that a started scheduler really re-grades the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { leftBehindChild } from '../../../test/helpers/casework.ts';
import { createChild } from '../children/service.ts';
import type { ReassessAllResult } from './reassess-all.ts';
import { dailyReassessEnabled, msUntilChinaTime, startDailyReassess } from './scheduler.ts';

const MIN = 60_000;

describe('msUntilChinaTime', () => {
  it.each([
    ['2026-11-23T15:00:00Z', 65 * MIN], // 23:00 in China
    ['2026-11-23T16:04:00Z', 1 * MIN], // 00:04
    ['2026-11-23T16:05:00Z', 24 * 60 * MIN], // 00:05 exactly: the next night
    ['2026-11-23T02:00:00Z', (14 * 60 + 5) * MIN], // 10:00
    ['2026-12-31T17:00:00Z', (23 * 60 + 5) * MIN], // 01:00 on New Year's Day
  ])('from %s', (now, ms) => {
    expect(msUntilChinaTime(new Date(now), 0, 5)).toBe(ms);
  });
});

describe('dailyReassessEnabled', () => {
  it.each([
    [{}, true],
    [{ VITEST: 'true' }, false],
    [{ NODE_ENV: 'test' }, false],
    [{ VITEST: 'true', TONGHU_DAILY_REASSESS: 'on' }, true],
    [{ TONGHU_DAILY_REASSESS: 'off' }, false],
  ])('%j → %s', (env, enabled) => {
    expect(dailyReassessEnabled(env as NodeJS.ProcessEnv)).toBe(enabled);
  });
});

describe('startDailyReassess', () => {
  let database: TestDatabase;
  let id: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const ctx = { db: database.db, actor: systemActor('测试'), today: '2026-11-23', deploymentRegion: null };
    id = (await createChild(ctx, leftBehindChild({}, '2010-11-25') as never)).id;
  });
  afterAll(() => database.destroy());

  it('runs once after start, with the clock’s China date', async () => {
    const lines: string[] = [];
    const ran = new Promise<ReassessAllResult>((resolve) => {
      const scheduler = startDailyReassess({
        db: database.db,
        region: '445281',
        // 2026-11-24T16:30Z is 00:30 on 25 November in China: the 16th birthday.
        clock: () => new Date('2026-11-24T16:30:00Z'),
        startDelayMs: 0,
        vacuum: true,
        log: (line) => lines.push(line),
        onRun: (result) => {
          scheduler.stop();
          resolve(result);
        },
      });
    });
    const result = await ran;
    expect(result).toMatchObject({ asOf: '2026-11-25', checked: 1, levelChanges: { 'green→none': 1 } });
    expect(lines.join('\n')).toContain('风险等级变化 1 名');
    const child = await database.db
      .selectFrom('child')
      .select(['target', 'level'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(child).toEqual({ target: false, level: null });
  });
});
