// The workforce, spot-check and supervision paths on one county's worth of data (普宁市: 580 villages):
// importing the directors ledger, the coverage report, drawing a spot-check sample, the supervision
// overview. Children are inserted straight into the register (their span columns set as an assessment
// would) so that the figures measure these paths, not registration.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { drawSpotCheck } from '../src/modules/spot-checks/service.ts';
import { supervisionOverview } from '../src/modules/supervision/overview.ts';
import { createPlan } from '../src/modules/supervision/plans.ts';
import { coverageReport } from '../src/modules/workforce/coverage.ts';
import { importDirectors } from '../src/modules/workforce/import.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { regionsUnder } from '../src/regions/repository.ts';
import type { Benchmark } from './registry.ts';
import { random } from './synthetic.ts';

const CHILDREN = 100_000;
const TODAY = '2026-11-23';

function idNumber(birth: string, seq: number): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `445281${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (weights[i] as number), 0);
  return first17 + '10X98765432'[sum % 11];
}

async function timed<T>(
  label: string,
  fn: () => Promise<T>,
  count?: { n: number; unit: string },
): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  const rate = count ? `  ${Math.round(count.n / (ms / 1000)).toLocaleString('en')} ${count.unit}/s` : '';
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms${rate}`);
  return result;
}

export const workforceBench: Benchmark = {
  name: 'workforce',
  description: `directors import, coverage, spot-check draw and supervision overview over ${CHILDREN.toLocaleString('en')} children in 普宁市 (PGlite)`,
  async run() {
    const database = await openDatabase();
    const db = database.db;
    try {
      await migrateToLatest(db);
      await loadRegions(db, '445281');
      const villages = (await regionsUnder(db, '445281', 'village')).map((v) => v.code);
      const rnd = random(7);

      await timed(
        `insert ${CHILDREN.toLocaleString('en')} children (setup)`,
        async () => {
          const BATCH = 2000;
          for (let start = 0; start < CHILDREN; start += BATCH) {
            const rows = [];
            for (let i = start; i < Math.min(CHILDREN, start + BATCH); i++) {
              const year = 2009 + Math.floor(rnd() * 17);
              const birth = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
              const target = rnd() < 0.45;
              const village = villages[Math.floor(rnd() * villages.length)] as string;
              rows.push({
                name: `儿童${i}`,
                id_number: null,
                conditions: [],
                difficulty_types: [],
                birth_date: birth,
                village_code: village,
                county_code: '445281',
                registered_on: '2025-01-01',
                policy: 'puning',
                assessed_on: TODAY,
                target,
                left_behind: target,
                target_until: target ? `${year + 16}${birth.slice(4)}` : null,
                left_behind_until: target ? `${year + 16}${birth.slice(4)}` : null,
                level: target ? ('green' as const) : null,
                factor_level: 'green' as const,
              });
            }
            await db.insertInto('child').values(rows).execute();
          }
        },
        { n: CHILDREN, unit: 'children' },
      );

      // One director for most villages (90%), trained this year for most of them (80%).
      const dir = mkdtempSync(path.join(tmpdir(), 'tonghu-bench-'));
      const file = path.join(dir, 'directors.ndjson');
      const lines = villages
        .filter(() => rnd() < 0.9)
        .map((villageCode, i) =>
          JSON.stringify({
            name: `主任${i}`,
            idNumber: idNumber(`198${i % 10}-0${1 + (i % 9)}-1${i % 10}`, i),
            villageCode,
            phone: `138${String(i).padStart(8, '0')}`,
            trainedOn: rnd() < 0.8 ? ['2026-03-01'] : ['2025-03-01'],
            backgroundCheckedOn: rnd() < 0.95 ? '2026-01-10' : undefined,
          }),
        );
      writeFileSync(file, lines.join('\n') + '\n');
      const actor = systemActor('bench');
      const options = { today: TODAY, deploymentRegion: '445281' };
      await timed(
        `import directors: ${lines.length} new`,
        () => importDirectors(db, actor, { path: file }, options),
        {
          n: lines.length,
          unit: 'lines',
        },
      );
      await timed(
        `import directors: ${lines.length} again (updates)`,
        () => importDirectors(db, actor, { path: file }, options),
        {
          n: lines.length,
          unit: 'lines',
        },
      );

      const report = await timed('report coverage 445281 (county)', () =>
        coverageReport(db, '445281', TODAY),
      );
      await timed('report coverage 445281 (again, warm)', () => coverageReport(db, '445281', TODAY));
      await timed('report coverage 445281102 (township)', () => coverageReport(db, '445281102', TODAY));
      console.log(
        `  → ${report.villages.length} villages, ${report.totals.targetChildren.toLocaleString('en')} target children, shortfall ${report.totals.shortfall}, ${report.villagesWithoutDirector.length} without a director`,
      );

      const ctx = { db, actor, today: TODAY, deploymentRegion: '445281' };
      const drawn = await timed('spot-check draw 445281 (5%)', () =>
        drawSpotCheck(ctx, { regionCode: '445281', percent: 5, seed: 'bench' }),
      );
      console.log(`  → population ${drawn.population.toLocaleString('en')}, sample ${drawn.sampleSize}`);
      await createPlan(ctx, { regionCode: '445281', template: 'jiangning' });
      await timed('supervision overview 445281', () => supervisionOverview(ctx, { region: '445281' }));
    } finally {
      await database.close();
    }
  },
};
