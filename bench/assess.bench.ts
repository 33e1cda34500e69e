// The engine's speed: assessments per second over synthetic children, for each profile.
import { assess } from '../src/domain/assess.ts';
import { parseFacts } from '../src/domain/facts.ts';
import { PROFILES } from '../src/policies/index.ts';
import type { Benchmark } from './registry.ts';
import { syntheticFacts } from './synthetic.ts';

export const assessBench: Benchmark = {
  name: 'assess',
  description: 'engine throughput (parse + assess) over 100,000 synthetic children per profile',
  async run() {
    const raw = Array.from({ length: 100_000 }, (_, i) => syntheticFacts(i));
    for (const profile of PROFILES) {
      const started = performance.now();
      const levels: Record<string, number> = {};
      for (const r of raw) {
        const a = assess(parseFacts(r, { asOf: '2026-11-23' }), profile);
        const key = a.level ?? 'none';
        levels[key] = (levels[key] ?? 0) + 1;
      }
      const ms = performance.now() - started;
      console.log(
        `${profile.id.padEnd(10)} ${Math.round(raw.length / (ms / 1000)).toLocaleString('en')} children/s  (${ms.toFixed(0)} ms)  levels ${JSON.stringify(levels)}`,
      );
    }
  },
};
