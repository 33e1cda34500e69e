// Whether tonight's re-assessment may grade only the children whose day has come (child.reassess_on, issue
// 20.4) or must grade every child. reassess_on is computed under the profiles and the engine of the run (or
// edit) that wrote it; when those change, any child's assessment may change, so every child is graded again.
// Each finished run is kept in reassess_run with a digest of what it graded with.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { PROFILES } from '../../policies/index.ts';
import { RULES_REVISION } from '../children/index.ts';

export type SweepReason =
  /** Asked for (`tonghu reassess --all`). */
  | 'asked'
  /** No earlier run graded every child of this region (a new database, or one migrated to 0065). */
  | 'first_run'
  /** A profile, the rules revision or the engine's code differs from the last full run's. */
  | 'profiles_changed'
  /** A run already graded a later date: the stored assessments are as of a day after this one. */
  | 'date_moved_back';

// The engine's own source: a correction to a rule moves assessments even when no profile changed. Sources
// run as they are (bin/tonghu.js), so they can be read; whatever cannot be read is left out.
const ENGINE_SOURCES = [
  { dir: '../../domain/', only: null },
  { dir: '../../policies/', only: null },
  { dir: '../children/', only: ['reassess.ts', 'facts.ts'] },
];

function engineSources(): string[] {
  const out: string[] = [];
  for (const { dir, only } of ENGINE_SOURCES) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    let files: string[];
    try {
      files = readdirSync(path)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .filter((f) => !only || only.includes(f))
        .sort();
    } catch {
      continue;
    }
    for (const f of files) out.push(f, readFileSync(`${path}${f}`, 'utf8'));
  }
  return out;
}

let digest: string | null = null;

/** A digest of the profiles, the rules revision and the engine's code the assessments are computed with. */
export function rulesDigest(): string {
  digest ??= createHash('sha256')
    .update(JSON.stringify({ revision: RULES_REVISION, profiles: PROFILES, engine: engineSources() }))
    .digest('hex');
  return digest;
}

/** Why every child of `region` ('' for all) must be graded tonight, or null when only those due need be. */
export async function sweepReason(
  db: Kysely<DB>,
  options: { asOf: IsoDate; region: string; all?: boolean; digest: string },
): Promise<SweepReason | null> {
  if (options.all) return 'asked';
  const latest = await db
    .selectFrom('reassess_run')
    .select((eb) => eb.fn.max('as_of').as('as_of'))
    .executeTakeFirst();
  if (!latest?.as_of) return 'first_run';
  if (latest.as_of > options.asOf) return 'date_moved_back';
  // The last run that graded every child of this region: the whole register, or a prefix of the region.
  const full = await db
    .selectFrom('reassess_run')
    .select(['id', 'profiles'])
    .where('full_sweep', '=', true)
    .where((eb) =>
      eb.or([eb('region', 'is', null), sql<boolean>`${options.region} like reassess_run.region || '%'`]),
    )
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!full) return 'first_run';
  if (full.profiles !== options.digest) return 'profiles_changed';
  // A run since under other rules (a deployment rolled forward and back) wrote reassess_on under those.
  const other = await db
    .selectFrom('reassess_run')
    .select('id')
    .where('id', '>', full.id)
    .where('profiles', '<>', options.digest)
    .limit(1)
    .executeTakeFirst();
  return other ? 'profiles_changed' : null;
}
