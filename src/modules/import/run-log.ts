// Every import that ran (committed or refused) is kept in import_run: who, which file, the counts, and
// the problems found (the first thousand; the count says how many there were).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../access/index.ts';
import { KEPT_PROBLEMS } from '../../shared/upload/limits.ts';
import { storedProblems } from '../../shared/upload/problems.ts';
import type { ImportProblem } from './record.ts';

export interface RunRecord {
  id: string;
  fileName: string;
  actor: Actor;
  startedAt: Date;
  imported: number;
  updated: number;
  rejected: number;
  /** The kept problems (at most KEPT_PROBLEMS, shared/upload/limits.ts). */
  problems: readonly ImportProblem[];
  /** How many more there were. */
  omittedProblems?: number;
}

export async function recordRun(db: Kysely<DB>, run: RunRecord): Promise<void> {
  await db
    .insertInto('import_run')
    .values({
      id: run.id,
      kind: 'children',
      file_name: run.fileName,
      actor_id: run.actor.id,
      actor_name: run.actor.name,
      started_at: run.startedAt,
      finished_at: new Date(),
      imported: run.imported,
      updated: run.updated,
      rejected: run.rejected,
      errors: storedProblems(run.problems.slice(0, KEPT_PROBLEMS), run.omittedProblems ?? 0),
    })
    .execute();
}
