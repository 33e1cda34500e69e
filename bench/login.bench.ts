// Sign-in at the door (issue 15.1, 15.2): the time of an unknown username against a known one with a wrong
// password (they must cost the same, or the form tells which accounts exist), a right password, and a refused
// (throttled) attempt; and how many of 1,000 guesses from one address are checked at all. Through the HTTP
// application on an in-memory PGlite; the clock moves 16 minutes between timed attempts so no window fills.
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { createUser } from '../src/modules/users/service.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { buildApp } from '../src/server/app.ts';
import type { Benchmark } from './registry.ts';

const ROUNDS = Number(process.env.BENCH_LOGINS ?? 40);
const PASSWORD = 'Bench-2026-login';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export const loginBench: Benchmark = {
  name: 'login',
  description:
    'sign-in: unknown vs known username, right password, throttled; 1,000 guesses from one address',
  async run() {
    const database = await openDatabase();
    try {
      await migrateToLatest(database.db);
      await loadRegions(database.db, '445281');
      await createUser(database.db, systemActor('bench'), {
        username: 'bench-director',
        displayName: '测试主任',
        role: 'director',
        regionCode: '445281102201',
        password: PASSWORD,
      });
      let now = Date.parse('2026-11-23T02:00:00Z');
      const app = await buildApp({ database, config: loadConfig({}), clock: () => new Date(now) });
      const attempt = (username: string, password: string, address: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password },
          remoteAddress: address,
        });
      const timed = async (username: string, password: string, expected: number, address: string) => {
        const started = performance.now();
        const res = await attempt(username, password, address);
        const ms = performance.now() - started;
        if (res.statusCode !== expected) throw new Error(`expected ${expected}, got ${res.statusCode}`);
        return ms;
      };
      const unknown: number[] = [];
      const known: number[] = [];
      const right: number[] = [];
      // Warm up, then interleave the cases so that drift in the machine's load falls on all alike.
      await timed('nobody', 'Wrong-2026-x', 401, '10.0.0.1');
      for (let i = 0; i < ROUNDS; i++) {
        now += 16 * 60_000;
        unknown.push(await timed(`nobody-${i}`, 'Wrong-2026-x', 401, `10.1.${i >> 8}.${i & 255}`));
        known.push(await timed('bench-director', 'Wrong-2026-x', 401, `10.2.${i >> 8}.${i & 255}`));
        right.push(await timed('bench-director', PASSWORD, 200, `10.3.${i >> 8}.${i & 255}`));
      }
      now += 16 * 60_000;
      let checked = 0;
      const throttled: number[] = [];
      const started = performance.now();
      for (let i = 0; i < 1000; i++) {
        const t0 = performance.now();
        const res = await attempt('bench-director', `Guess-${i}-abc`, '10.9.9.9');
        if (res.statusCode === 401) checked++;
        else if (res.statusCode === 429) throttled.push(performance.now() - t0);
      }
      const total = performance.now() - started;
      console.log(`rounds ${ROUNDS} (median ms)`);
      console.log(`  unknown username, any password   ${median(unknown).toFixed(1)}`);
      console.log(`  known username, wrong password   ${median(known).toFixed(1)}`);
      console.log(`  ratio unknown / known            ${(median(unknown) / median(known)).toFixed(2)}`);
      console.log(
        `  known username, right password   ${median(right).toFixed(1)} (session and device rows too)`,
      );
      console.log(`  throttled attempt (429)          ${median(throttled).toFixed(1)}`);
      console.log(
        `1,000 guesses at one account from one address: ${checked} checked, ${1000 - checked} answered 429, ${(total / 1000).toFixed(1)} s`,
      );
      await app.close();
    } finally {
      await database.close();
    }
  },
};
