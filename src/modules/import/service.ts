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
import { auditContextColumns } from '../audit/index.ts';
import { VillageDirectory } from '../children/index.ts';
import { BulkWriter, IMPORT_TABLES, loadColumnTypes } from './bulk.ts';
import { flatLayout, isHeaderRow, readFlatRecord } from './flat-record.ts';
import { ChunkJudge, type JudgedChunk, type JudgeSetup } from './judge.ts';
import { RemoteJudge } from './judge-remote.ts';
import { NDJSON_KEYS, readNdjsonRecord } from './ndjson-record.ts';
import { type PreviewItem } from './preview.ts';
import { flatNamer, jsonNamer, type FieldNamer } from './problems.ts';
import { recordKey, type ImportProblem, type ReadRecord } from './record.ts';
import { loadCountiesNamed } from './regions.ts';
import { recordRun } from './run-log.ts';
import { loadStoredChildren } from './stored.ts';
import { sendWrites } from './write.ts';
import { copyInFor } from '../../db/copy.ts';

/** Records judged and written together: one lookup and a few inserts per table for each chunk. */
const CHUNK = 500;
/** Judged chunks that may wait to be written while the next is judged. */
const WRITES_AHEAD = 3;
/** Chunks sent to the worker before the first of them is back: it is never left waiting for a lookup. */
const JUDGED_AHEAD = 3;

/**
 * Whether a file is large enough to judge in a worker thread: some 10,000 children. Its start (~1 s, loading
 * the judge's sources) would cost a small file more than it saves; TONGHU_IMPORT_WORKER=0 or 1 decides instead.
 */
export function judgeInWorkerFor(size: number, format: string, env = process.env): boolean {
  if (env.TONGHU_IMPORT_WORKER === '0') return false;
  if (env.TONGHU_IMPORT_WORKER === '1') return true;
  // NDJSON and CSV take ~300 bytes a child, an XLSX (compressed) ~70.
  return size >= (format === 'xlsx' ? 700_000 : 3_000_000);
}

export interface ImportRequest {
  source: TabularSource;
  /** The file as the person named it, used in every message. */
  fileName: string;
  skipInvalid?: boolean;
  /** Judge only: nothing is written, and the counts say what importing would do. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Judge in a worker thread (true), here (false), or as the file's size decides (judgeInWorkerFor). */
  judgeInWorker?: boolean;
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
  let thread: RemoteJudge | null = null;
  try {
    // COPY on the transaction's session (PostgreSQL; PGlite in this process), statements otherwise.
    const bulk = new BulkWriter(trx, dryRun ? null : await copyInFor(ctx.db, trx, { onPGlite: true }));
    const setup: JudgeSetup = {
      actor: ctx.actor,
      deploymentRegion: ctx.deploymentRegion,
      today: ctx.today,
      runId,
      fileName,
      villages: [...(await new VillageDirectory(trx, ctx.deploymentRegion ?? '').all())],
      headers: format === 'ndjson' ? null : [...file.headers],
      skipInvalid,
      dryRun,
      types: await loadColumnTypes(trx, IMPORT_TABLES),
      copy: bulk.copyIn !== null,
      // The upload's request context (address, user agent, session, request id) on every audit record.
      auditContext: auditContextColumns(),
    };
    // A large file is judged in a worker thread on the second core; a small one here, where starting a
    // worker (~1 s) would cost more than it saves.
    if (request.judgeInWorker ?? judgeInWorkerFor(size, format)) thread = new RemoteJudge(setup);
    const local = thread ? null : new ChunkJudge(setup);
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

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
    const source = chunks();
    let exhausted = false;

    /**
     * Reads the next chunk, names a child stated twice in the file, and looks up the registered children it
     * names (locked until the end of the import); the chunk is judged once they are
     * found. Chunks never depend on each other's writes: a child named twice in a file is refused by `seen`,
     * not found by the lookup.
     */
    const feed = async (): Promise<{ judged: Promise<JudgedChunk> } | null> => {
      const next = await source.next();
      if (next.done) {
        exhausted = true;
        return null;
      }
      const chunk = next.value;
      const keys = chunk.map((r) => recordKey(r.incoming));
      keys.forEach((key, i) => {
        if (!key) return;
        const k = 'idNumber' in key ? key.idNumber : key.external;
        const first = seen.get(k);
        if (first === undefined) seen.set(k, chunk[i]!.number);
        else
          chunk[i]!.problems.push({
            ...namer(['idNumber' in key ? 'idNumber' : 'externalId'], {}),
            message: `与第${first}行的${'idNumber' in key ? '身份证号码' : '外部编号'}重复，同一名儿童只能出现一次`,
          });
      });
      const judged = loadStoredChildren(
        trx,
        {
          idNumbers: keys.flatMap((k) => (k && 'idNumber' in k ? [k.idNumber] : [])),
          externalIds: chunk.flatMap((r, i) =>
            keys[i] && 'external' in keys[i]! ? [String(r.incoming.fields.externalId).trim()] : [],
          ),
        },
        { lock: !dryRun },
      ).then((stored) => {
        const found = keys.map((key) =>
          key
            ? (('idNumber' in key
                ? stored.byIdNumber.get(key.idNumber)
                : stored.byExternal.get(key.external)) ?? null)
            : null,
        );
        return thread ? thread.judge(chunk, found) : local!.judge(chunk, found, pause);
      });
      judged.catch(() => {}); // awaited in order below; an error surfaces there
      return { judged };
    };

    // A pipeline over the one connection: the next chunks' lookups are sent before this chunk's write, and
    // judging goes on (here or in the worker) while up to WRITES_AHEAD chunks wait to be written, so that the
    // JavaScript (judging, assessing, sealing) and the server (writing) work at the same time instead of in
    // turns. The writes run one after another, in the file's order.
    const ahead = thread ? JUDGED_AHEAD : 1;
    const judging: Promise<JudgedChunk>[] = [];
    const fill = async () => {
      while (!exhausted && judging.length < ahead) {
        const fed = await feed();
        if (fed) judging.push(fed.judged);
      }
    };
    let writing: Promise<void> = Promise.resolve();
    const queued: Promise<void>[] = [];
    await fill();
    while (judging.length) {
      const judged = await judging.shift()!;
      await fill();
      outcome.imported += judged.imported;
      outcome.updated += judged.updated;
      outcome.rejected += judged.rejected;
      for (const p of judged.problems) problems.add(p);
      outcome.preview.push(...judged.preview);
      if (judged.writes) {
        const write = sendWrites(bulk, judged.writes);
        // Only the count is kept: the encoded rows go once sent.
        const count = judged.imported + judged.updated;
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
  } finally {
    await thread?.stop();
  }
}
