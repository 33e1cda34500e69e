// 关爱活动 coverage at county scale (普宁市: 580 villages): the coverage report for the county and a township, the
// names of the families not reached, and the workbook, over a register of synthetic children and a year of
// activities; then a 江宁 screening round over a fifth as many children with their visits. Children and activities are inserted straight into the tables so that the figures measure the
// report, not recording. Prints figures, asserts nothing. BENCH_CHILDREN changes the size.
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemActor } from '../src/modules/access/actor.ts';
import { coverageReport, reachedChildren } from '../src/modules/care-activities/coverage.ts';
import { coverageExport } from '../src/modules/care-activities/export.ts';
import { roundChildren, roundProgress, screeningOverview } from '../src/modules/screening/progress.ts';
import { loadRegions } from '../src/regions/loader.ts';
import { regionsUnder } from '../src/regions/repository.ts';
import type { Benchmark } from './registry.ts';
import { random } from './synthetic.ts';

const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 100_000);
const TODAY = '2026-11-23';

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(52)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}

export const careBench: Benchmark = {
  name: 'care',
  description: `关爱活动 coverage, names and workbook over ${CHILDREN.toLocaleString('en')} children in 普宁市; a 江宁 screening round (PGlite)`,
  async run() {
    const database = await openDatabase();
    const db = database.db;
    try {
      await migrateToLatest(db);
      await loadRegions(db, '445281');
      const villages = (await regionsUnder(db, '445281', 'village')).map((v) => v.code);
      const rnd = random(19);
      const targets: string[] = [];
      await timed(`insert ${CHILDREN.toLocaleString('en')} children (setup)`, async () => {
        const BATCH = 2000;
        for (let start = 0; start < CHILDREN; start += BATCH) {
          const rows = [];
          for (let i = start; i < Math.min(CHILDREN, start + BATCH); i++) {
            const year = 2009 + Math.floor(rnd() * 17);
            const birth = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
            const target = rnd() < 0.45;
            rows.push({
              name: `儿童${i}`,
              id_number: null,
              conditions: [],
              difficulty_types: [],
              birth_date: birth,
              village_code: villages[Math.floor(rnd() * villages.length)] as string,
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
          const ids = await db.insertInto('child').values(rows).returning(['id', 'target']).execute();
          for (const r of ids) if (r.target && rnd() < 0.6) targets.push(r.id);
        }
      });

      // A safety visit in 70% of villages and family-education activities reaching 60% of the target children's
      // families, 40 families an activity, over the year.
      let activities = 0;
      let reached = 0;
      await timed('insert a year of activities (setup)', async () => {
        const base = {
          county_code: '445281',
          place: '村委会',
          organiser_kind: 'village' as const,
          recorded_by_name: 'bench',
        };
        const safety = villages
          .filter(() => rnd() < 0.7)
          .map((v, i) => ({
            ...base,
            region_code: v,
            kind: 'safety' as const,
            title: `安全知识进村${i}`,
            held_on: `2026-0${1 + (i % 9)}-15`,
            organiser_region_code: v,
            organiser_name: v,
            anonymous_count: 50,
          }));
        for (let s = 0; s < safety.length; s += 500)
          await db
            .insertInto('care_activity')
            .values(safety.slice(s, s + 500))
            .execute();
        activities += safety.length;
        for (let s = 0; s < targets.length; s += 40) {
          const group = targets.slice(s, s + 40);
          const village = villages[Math.floor(rnd() * villages.length)] as string;
          const { id } = await db
            .insertInto('care_activity')
            .values({
              ...base,
              region_code: village,
              kind: 'family_education',
              title: `家庭教育讲座${s}`,
              held_on: `2026-0${1 + (s % 9)}-20`,
              organiser_region_code: village,
              organiser_name: village,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await db
            .insertInto('care_activity_child')
            .values(
              group.map((child_id) => ({
                activity_id: id,
                child_id,
                county_code: '445281',
                reach: 'family' as const,
              })),
            )
            .execute();
          activities += 1;
          reached += group.length;
        }
      });
      console.log(
        `  → ${activities.toLocaleString('en')} activities, ${reached.toLocaleString('en')} families reached`,
      );

      const ctx = { db, actor: systemActor('bench'), today: TODAY };
      const report = await timed('coverage 445281 (county)', () => coverageReport(ctx, { region: '445281' }));
      await timed('coverage 445281 (again, warm)', () => coverageReport(ctx, { region: '445281' }));
      await timed('coverage 445281102 (township)', () => coverageReport(ctx, { region: '445281102' }));
      console.log(
        `  → ${report.villages.length} villages, ${report.total.targetChildren.toLocaleString('en')} target children, family education ${JSON.stringify(report.total.rules.family_education)}, safety ${JSON.stringify(report.total.rules.safety_village)}`,
      );
      await timed('families not reached, first page of 50 (county)', () =>
        reachedChildren(ctx, { rule: 'family_education', region: '445281' }),
      );
      const file = await timed('coverage workbook 445281 (with the names)', () =>
        coverageExport(ctx, { region: '445281' }),
      );
      console.log(`  → ${(file.buffer.length / 1024 / 1024).toFixed(1)} MiB`);

      // 江宁's “一年两排” (000 (一)1): a fifth as many children, a home visit in the round for 70% of them.
      await loadRegions(db, '320115');
      const jnVillages = (await regionsUnder(db, '320115', 'village')).map((v) => v.code);
      const jn = Math.round(CHILDREN / 5);
      let visits = 0;
      await timed(`insert ${jn.toLocaleString('en')} children in 江宁 and their visits (setup)`, async () => {
        for (let start = 0; start < jn; start += 2000) {
          const rows = [];
          for (let i = start; i < Math.min(jn, start + 2000); i++)
            rows.push({
              name: `江宁儿童${i}`,
              id_number: null,
              conditions: [],
              difficulty_types: [],
              birth_date: `${2010 + (i % 12)}-03-0${1 + (i % 9)}`,
              village_code: jnVillages[Math.floor(rnd() * jnVillages.length)] as string,
              county_code: '320115',
              registered_on: '2025-01-01',
              policy: 'jiangning',
              assessed_on: TODAY,
              target: true,
              left_behind: true,
              level: 'green' as const,
              factor_level: 'green' as const,
            });
          const ids = await db.insertInto('child').values(rows).returning('id').execute();
          const seen = ids.filter(() => rnd() < 0.7);
          visits += seen.length;
          await db
            .insertInto('contact')
            .values(
              seen.map((c, i) => ({
                child_id: c.id,
                county_code: '320115',
                kind: 'visit' as const,
                occurred_on: `2026-0${7 + (i % 3)}-1${i % 10}`,
                worker_name: '主任',
                findings: '{}',
                conditions_added: [],
                conditions_cleared: [],
              })),
            )
            .execute();
        }
      });
      const round = await db
        .insertInto('screening_round')
        .values({
          region_code: '320115000000',
          policy: 'jiangning',
          name: '2026年第2轮全面排查',
          starts_on: '2026-07-01',
          ends_on: '2026-09-30',
          created_by_name: 'bench',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const jctx = { ...ctx, deploymentRegion: '320115' };
      const overview = await timed('screening overview 320115 (county)', () =>
        screeningOverview(jctx, { region: '320115' }),
      );
      console.log(
        `  → ${visits.toLocaleString('en')} visits; round ${JSON.stringify({ children: overview.rounds[0]?.children, seen: overview.rounds[0]?.seen, state: overview.rounds[0]?.state })}`,
      );
      await timed('screening round by village 320115', () => roundProgress(jctx, round.id, {}));
      await timed('screening children not seen (county)', () => roundChildren(jctx, round.id, {}));
    } finally {
      await database.close();
    }
  },
};
