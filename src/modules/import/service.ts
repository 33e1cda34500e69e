// Importing children from a file (CONTRACT.md `tonghu import children`): the records are streamed, judged
// in chunks against the register by the API's rules, and written in bulk — all in ONE transaction, so the
// file imports whole or not at all (with skipInvalid: its valid records). Every created or changed child is
// assessed, audited and, when red, given its mandatory-report task, exactly as a single edit would be.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, InputError } from '../../shared/errors.ts';
import { formatOf } from '../../shared/tabular/format.ts';
import { CappedProblems } from '../../shared/upload/problems.ts';
import { openTabular, type TabularRecord, type TabularSource } from '../../shared/tabular/read.ts';
import { requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { VillageDirectory } from '../children/index.ts';
import { flatLayout, isHeaderRow, readFlatRecord } from './flat-record.ts';
import { NDJSON_KEYS, readNdjsonRecord } from './ndjson-record.ts';
import { planChild, type ChildPlan } from './plan.ts';
import { previewOf, type PreviewItem } from './preview.ts';
import { flatNamer, jsonNamer, type FieldNamer } from './problems.ts';
import { recordKey, type ImportProblem, type ReadRecord } from './record.ts';
import { loadCountiesNamed } from './regions.ts';
import { recordRun } from './run-log.ts';
import { loadStoredChildren, type StoredChild } from './stored.ts';
import { validateRecord } from './validate-record.ts';
import { prepareWrites } from './write.ts';
import { BulkWriter } from './bulk.ts';
import { copyInFor } from '../../db/copy.ts';

/** Records judged and written together: one lookup and a few inserts per table for each chunk. */
const CHUNK = 500;
const PREVIEW = 20;
/** Records judged between two turns of the event loop. */
const YIELD_EVERY = 25;
/** Judged chunks that may wait to be written while the next is judged. */
const WRITES_AHEAD = 3;

export interface ImportRequest {
  source: TabularSource;
  /** The file as the person named it, used in every message. */
  fileName: string;
  skipInvalid?: boolean;
  /** Judge only: nothing is written, and the counts say what importing would do. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  read: number;
  written: number;
  /** The share of the file read, when its size is known. */
  fraction: number | null;
}

export interface ImportOutcome {
  /** The import_run row; null for a dry run. */
  runId: string | null;
  dryRun: boolean;
  committed: boolean;
  imported: number;
  updated: number;
  rejected: number;
  /** The first KEPT_PROBLEMS problems found (shared/upload/limits.ts). */
  problems: ImportProblem[];
  /** Problems found beyond those listed. */
  omittedProblems: number;
  preview: PreviewItem[];
  /** Columns (spreadsheets) or keys (NDJSON) that name no field and were left out. */
  ignoredColumns: string[];
}

async function sizeOf(source: TabularSource, fileName: string): Promise<number> {
  if ('buffer' in source) return source.buffer.length;
  if ('stream' in source) return 0; // not known ahead: progress shows records, not a percentage
  try {
    const info = await stat(source.path);
    if (!info.isFile()) throw new InputError('不是文件', { file: fileName });
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? String(error)}）`, {
      file: fileName,
    });
  }
}

export async function importChildren(ctx: ServiceContext, request: ImportRequest): Promise<ImportOutcome> {
  requirePermission(ctx.actor, 'child.import');
  const { fileName, skipInvalid = false, dryRun = false } = request;
  const startedAt = new Date();
  const size = await sizeOf(request.source, fileName);
  const format = formatOf(fileName);
  if (!ctx.deploymentRegion) await loadCountiesNamed(ctx.db, ctx.actor, request.source, format, fileName);

  let bytesRead = 0;
  const file = await openTabular(request.source, format, {
    tolerateBadLines: true,
    onBytes: (n) => (bytesRead = n),
    isHeader: isHeaderRow,
  });
  let read: (record: TabularRecord) => ReadRecord;
  let namer: FieldNamer;
  const ignored = new Set<string>();
  if (format === 'ndjson') {
    namer = jsonNamer;
    read = (record) => {
      for (const key of Object.keys(record.values)) if (!NDJSON_KEYS.has(key)) ignored.add(key);
      return readNdjsonRecord(record);
    };
  } else {
    const layout = flatLayout(file.headers, fileName);
    for (const header of layout.ignored) ignored.add(header);
    namer = flatNamer(layout);
    read = (record) => readFlatRecord(layout, record);
  }

  const runId = randomUUID();
  const outcome: ImportOutcome = {
    runId: dryRun ? null : runId,
    dryRun,
    committed: false,
    imported: 0,
    updated: 0,
    rejected: 0,
    problems: [],
    omittedProblems: 0,
    preview: [],
    ignoredColumns: [],
  };
  const problems = new CappedProblems<ImportProblem>();
  outcome.problems = problems.kept;
  const seen = new Map<string, number>();
  let recordsRead = 0;
  let written = 0;
  const report = () =>
    request.onProgress?.({
      read: recordsRead,
      written,
      fraction: size ? Math.min(1, bytesRead / size) : null,
    });

  const trx = await ctx.db.startTransaction().execute();
  try {
    const check = {
      actor: ctx.actor,
      deploymentRegion: ctx.deploymentRegion,
      today: ctx.today,
      villages: new VillageDirectory(trx, ctx.deploymentRegion ?? ''),
    };
    const planContext = { actor: ctx.actor, today: ctx.today, runId, fileName };
    // COPY on the transaction's session (PostgreSQL; PGlite in this process), statements otherwise.
    const bulk = new BulkWriter(trx, dryRun ? null : await copyInFor(ctx.db, trx, { onPGlite: true }));

    /** The registered children a chunk names (locked until the end of the import). */
    const lookup = (chunk: ReadRecord[]) => {
      const keys = chunk.map((r) => recordKey(r.incoming));
      const stored = loadStoredChildren(
        trx,
        {
          idNumbers: keys.flatMap((k) => (k && 'idNumber' in k ? [k.idNumber] : [])),
          externalIds: chunk.flatMap((r, i) =>
            keys[i] && 'external' in keys[i]! ? [String(r.incoming.fields.externalId).trim()] : [],
          ),
        },
        { lock: !dryRun },
      );
      stored.catch(() => {}); // awaited by judge(); an error surfaces there
      return { chunk, keys, stored };
    };

    const judge = async ({ chunk, keys, stored: pending }: ReturnType<typeof lookup>) => {
      const stored = await pending;
      const plans: ChildPlan[] = [];
      for (const [i, record] of chunk.entries()) {
        // Judging is CPU work between awaits that settle at once: let the event loop in now and then, so
        // that the writes in flight on the connection (COPY data, the server's answers) are not held up.
        if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
        const key = keys[i] ?? null;
        let found: StoredChild | null = null;
        if (key) {
          const k = 'idNumber' in key ? key.idNumber : key.external;
          found = ('idNumber' in key ? stored.byIdNumber.get(k) : stored.byExternal.get(k)) ?? null;
          const first = seen.get(k);
          if (first !== undefined)
            record.problems.push({
              ...namer(['idNumber' in key ? 'idNumber' : 'externalId'], {}),
              message: `与第${first}行的${'idNumber' in key ? '身份证号码' : '外部编号'}重复，同一名儿童只能出现一次`,
            });
          else seen.set(k, record.number);
        }
        const judged = await validateRecord(record, found, { check, namer });
        if (!judged.ok) {
          outcome.rejected += 1;
          for (const p of judged.problems) problems.add({ number: record.number, unit: record.unit, ...p });
          if (outcome.preview.length < PREVIEW) outcome.preview.push(previewOf(record, judged.merged, null));
          continue;
        }
        const plan = planChild(found, judged.checked, judged.interventions, record, planContext);
        plans.push(plan);
        if (plan.action === 'create') outcome.imported += 1;
        else outcome.updated += 1;
        if (outcome.preview.length < PREVIEW)
          outcome.preview.push(
            previewOf(record, judged.merged, {
              plan,
              villageName: await check.villages.name(judged.checked.villageCode),
            }),
          );
      }
      return plans;
    };

    async function* chunks(): AsyncGenerator<ReadRecord[]> {
      let chunk: ReadRecord[] = [];
      for await (const record of file.records) {
        recordsRead += 1;
        chunk.push(read(record));
        if (chunk.length >= CHUNK) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
    }

    // A pipeline over the one connection: the next chunk's lookup is sent before this chunk's write, and
    // judging goes on while up to WRITES_AHEAD chunks wait to be written, so that the JavaScript thread
    // (judging, assessing, sealing) and the server (writing) work at the same time instead of in turns.
    // Chunks never depend on each other's writes: a child named twice in a file is refused by `seen`, not
    // found by the lookup. The writes run one after another, in the file's order.
    const source = chunks();
    let writing: Promise<void> = Promise.resolve();
    const queued: Promise<void>[] = [];
    let next = await source.next();
    let looked = next.done ? null : lookup(next.value);
    while (looked) {
      const plans = await judge(looked);
      next = await source.next();
      looked = next.done ? null : lookup(next.value);
      // Once a record is refused the file will not be imported: judging goes on, to name every problem.
      if (!dryRun && (skipInvalid || outcome.rejected === 0)) {
        // Sealing and COPY text now, while the server still writes the chunks before.
        const write = await prepareWrites(trx, bulk, plans);
        // Only the count is kept: the plans themselves may go once their COPY text is made.
        const count = plans.length;
        writing = writing.then(() =>
          write().then(() => {
            written += count;
            report();
          }),
        );
        writing.catch(() => {}); // awaited when the queue is full and at the end
        queued.push(writing);
        // Memory stays bounded: at most WRITES_AHEAD judged chunks wait for the connection.
        if (queued.length > WRITES_AHEAD) await queued.shift();
      } else report();
    }
    await writing;
    report();
    outcome.ignoredColumns = [...ignored];
    outcome.omittedProblems = problems.omitted;

    const refused = outcome.rejected > 0 && !skipInvalid;
    if (dryRun || refused) {
      await trx.rollback().execute();
      if (refused && !dryRun) {
        outcome.imported = 0;
        outcome.updated = 0;
        await recordRun(ctx.db, {
          id: runId,
          fileName,
          actor: ctx.actor,
          startedAt,
          imported: 0,
          updated: 0,
          rejected: outcome.rejected,
          problems: outcome.problems,
          omittedProblems: outcome.omittedProblems,
        });
      }
      return outcome;
    }
    await recordRun(trx, {
      id: runId,
      fileName,
      actor: ctx.actor,
      startedAt,
      imported: outcome.imported,
      updated: outcome.updated,
      rejected: outcome.rejected,
      problems: outcome.problems,
      omittedProblems: outcome.omittedProblems,
    });
    await trx.commit().execute();
    outcome.committed = true;
    return outcome;
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => {});
    // Someone registered the same ID number while the import ran.
    if ((error as { code?: string }).code === '23505')
      throw new AppError('conflict', '导入期间有相同身份证号码的儿童被登记，请重新导入', {
        file: path.basename(fileName),
      });
    throw error;
  }
}
