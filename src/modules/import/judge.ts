// Judging a chunk of records: each one validated by the API's rules, planned (assessment, audit records,
// mandatory-report task) and — while the file may still be imported — its chunk's writes sealed and encoded.
// Everything here works from what it is given (the records, the registered children they name, the villages,
// the column types), never the database, so that it runs alike on the import's own thread (small files) and in
// its worker thread (judge-thread.ts), where a large file is judged on the second core while this one reads the
// file and the server writes.
import type { IsoDate } from '../../domain/dates.ts';
import type { Actor } from '../access/index.ts';
import type { AuditContextColumns } from '../audit/index.ts';
import { VillageDirectory } from '../children/index.ts';
import { BulkEncoder, type ColumnTypes, type Encoded } from './bulk.ts';
import { flatLayout } from './flat-record.ts';
import { planChild, type ChildPlan } from './plan.ts';
import { previewOf, type PreviewItem } from './preview.ts';
import { flatNamer, jsonNamer } from './problems.ts';
import type { ImportProblem, ReadRecord } from './record.ts';
import type { StoredChild } from './stored.ts';
import { validateRecord } from './validate-record.ts';
import { encodeWrites } from './write.ts';

/** Records shown before importing. */
export const PREVIEW = 20;
/** Records judged between two pauses. */
const YIELD_EVERY = 25;

/** What a judge needs to know of the import, as plain data (it may be sent to a worker thread). */
export interface JudgeSetup {
  actor: Actor;
  deploymentRegion: string | null;
  today: IsoDate;
  runId: string;
  fileName: string;
  /** The villages records may name (code, name). */
  villages: [string, string][];
  /** A spreadsheet's headers (its fields are named by column); null for NDJSON. */
  headers: string[] | null;
  skipInvalid: boolean;
  dryRun: boolean;
  types: ColumnTypes;
  /** The writer has COPY. */
  copy: boolean;
  auditContext: AuditContextColumns;
}

export interface JudgedChunk {
  imported: number;
  updated: number;
  rejected: number;
  /** Every problem of the chunk's records, in the file's order. */
  problems: ImportProblem[];
  /** The chunk's share of the preview (the first PREVIEW records of the file). */
  preview: PreviewItem[];
  /** The chunk's writes; null when nothing is to be written (a dry run, or a file already refused). */
  writes: Encoded[] | null;
}

/** Judges the chunks of one file, in order: it keeps the counts that decide whether to go on writing. */
export class ChunkJudge {
  private readonly check: {
    actor: Actor;
    deploymentRegion: string | null;
    today: IsoDate;
    villages: VillageDirectory;
  };
  private readonly namer;
  private readonly encoder: BulkEncoder;
  private rejected = 0;
  private previewed = 0;

  constructor(private readonly setup: JudgeSetup) {
    this.check = {
      actor: setup.actor,
      deploymentRegion: setup.deploymentRegion,
      today: setup.today,
      villages: VillageDirectory.known(setup.villages),
    };
    this.namer = setup.headers ? flatNamer(flatLayout(setup.headers, setup.fileName)) : jsonNamer;
    this.encoder = new BulkEncoder(setup.types, setup.copy);
  }

  /**
   * Judges `records` against `found` (the registered child each names, or null). `pause` is awaited now and
   * then between records and tables (the main thread lets its event loop in; a worker needs not).
   */
  async judge(
    records: readonly ReadRecord[],
    found: readonly (StoredChild | null)[],
    pause: (() => Promise<void>) | null = null,
  ): Promise<JudgedChunk> {
    const { setup, check, namer } = this;
    const out: JudgedChunk = {
      imported: 0,
      updated: 0,
      rejected: 0,
      problems: [],
      preview: [],
      writes: null,
    };
    const plans: ChildPlan[] = [];
    const planContext = {
      actor: setup.actor,
      today: setup.today,
      runId: setup.runId,
      fileName: setup.fileName,
    };
    for (const [i, record] of records.entries()) {
      if (pause && i % YIELD_EVERY === YIELD_EVERY - 1) await pause();
      const stored = found[i] ?? null;
      const judged = await validateRecord(record, stored, { check, namer });
      const shown = this.previewed < PREVIEW;
      if (shown) this.previewed += 1;
      if (!judged.ok) {
        out.rejected += 1;
        for (const p of judged.problems)
          out.problems.push({ number: record.number, unit: record.unit, ...p });
        if (shown) out.preview.push(previewOf(record, judged.merged, null));
        continue;
      }
      const plan = planChild(stored, judged.checked, judged.interventions, record, planContext);
      plans.push(plan);
      if (plan.action === 'create') out.imported += 1;
      else out.updated += 1;
      if (shown)
        out.preview.push(
          previewOf(record, judged.merged, {
            plan,
            villageName: await check.villages.name(judged.checked.villageCode),
          }),
        );
    }
    this.rejected += out.rejected;
    // Once a record is refused the file will not be imported: judging goes on, to name every problem.
    if (!setup.dryRun && (setup.skipInvalid || this.rejected === 0))
      out.writes = await encodeWrites(this.encoder, plans, setup.auditContext, pause ?? (async () => {}));
    return out;
  }
}
