// One comparison run: the roster streams into a staging table, is matched to the register and turned into
// findings, all in one transaction with the run's record, so that a roster refused on line 900,000 leaves
// nothing behind. The result is the JSON of CONTRACT.md ("tonghu compare"), with the ambiguous rows and
// the run's id after the contract's keys.
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { copyInFor } from '../../db/copy.ts';
import type { DB } from '../../db/schema.ts';
import { isIsoDate, type IsoDate } from '../../domain/dates.ts';
import { fullCode, isRegionCode, shortCode } from '../../domain/region-code.ts';
import { InputError } from '../../shared/errors.ts';
import { formatOf } from '../../shared/tabular/format.ts';
import { type Actor, actorCovers, regionPrefix, requirePermission } from '../access/index.ts';
import { raiseFindings } from './findings.ts';
import { matchRoster, type MatchCounts } from './matcher.ts';
import { openRoster } from './roster.ts';
import { ROSTER_KINDS, findRule } from './rules/index.ts';
import { Staging } from './staging.ts';

export interface ComparisonInput {
  kind: string;
  /** The roster's bytes, read once; its name decides the format (.ndjson, .csv, .xlsx). */
  stream: Readable;
  fileName: string;
  /** 2–12 digits; null for the actor's region or, for the system, the region the register covers. */
  region: string | null;
  asOf: IsoDate;
  /** Told as the work moves on (rows read so far, then each phase), for progress bars and benchmarks. */
  progress?: (event: { phase: 'reading' | 'matching' | 'findings' | 'done'; rows: number }) => void;
}

export interface ComparisonFindingOut {
  finding: string;
  idNumber: string | null;
  childId: string | null;
  match: 'exact' | 'probable';
  row: number | null;
  name: string | null;
  regionCode: string;
}

export interface ComparisonResult {
  roster: string;
  asOf: IsoDate;
  rows: number;
  matched: number;
  probable: number;
  findings: ComparisonFindingOut[];
  ambiguous: MatchCounts['ambiguous'];
  newFindings: number;
  region: string;
  runId: string;
  file: { name: string; sha256: string; bytes: number; unit: 'line' | 'row' };
}

/**
 * Without a region, a person compares their own region; the system (the CLI on the bureau's server) the
 * region the whole register lies in: the common prefix of its counties.
 */
async function resolveRegion(db: Kysely<DB>, actor: Actor, region: string | null): Promise<string> {
  if (region !== null) {
    if (!isRegionCode(region))
      throw new InputError(`区划代码应为2、4、6、9或12位，实际 "${region}"`, { field: 'region' });
    if (!actorCovers(actor, region))
      throw new InputError(`区划 ${region} 不在您的辖区内`, { field: 'region' });
    return shortCode(region.length === 12 ? region : region.padEnd(12, '0'));
  }
  if (actor.regionCode !== '') return regionPrefix(actor);
  const range = await db
    .selectFrom('child')
    .select((eb) => [eb.fn.min('county_code').as('low'), eb.fn.max('county_code').as('high')])
    .where('status', '=', 'active')
    .executeTakeFirst();
  const low = range?.low ?? '';
  const high = range?.high ?? '';
  let common = 0;
  while (common < low.length && low[common] === high[common]) common++;
  return low.slice(0, [6, 4, 2, 0].find((n) => n <= common) ?? 0);
}

/** Passes the bytes through while hashing and counting them, keeping the reader's back-pressure. */
function hashing(stream: Readable) {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  stream.on('error', (error) => tap.destroy(error));
  stream.pipe(tap);
  return { stream: tap, digest: () => ({ sha256: hash.digest('hex'), bytes }) };
}

export async function runComparison(
  db: Kysely<DB>,
  actor: Actor,
  input: ComparisonInput,
): Promise<ComparisonResult> {
  requirePermission(actor, 'comparison.run');
  const rule = findRule(input.kind);
  if (!rule)
    throw new InputError(`未知的名册类型 "${input.kind}"（可用：${ROSTER_KINDS.join('、')}）`, {
      field: 'kind',
    });
  if (!isIsoDate(input.asOf)) throw new InputError(`比对日期无效："${input.asOf}"`, { field: 'asOf' });
  formatOf(input.fileName);
  const prefix = await resolveRegion(db, actor, input.region);
  const fallbackRegion = prefix === '' ? '' : fullCode(prefix);

  return db.transaction().execute(async (trx) => {
    const tapped = hashing(input.stream);
    const roster = await openRoster({ stream: tapped.stream, name: input.fileName }, input.fileName, rule);
    const staging = await Staging.create(trx, rule, await copyInFor(db, trx));
    const progress = input.progress ?? (() => undefined);
    try {
      for await (const batch of roster.batches)
        for (const row of batch)
          if (staging.add(row)) {
            await staging.flush();
            progress({ phase: 'reading', rows: staging.rows });
          }
      await staging.finish();
    } catch (error) {
      await staging.abort(error as Error);
      throw error;
    }
    // An empty roll would make every registered child "absent": far likelier a wrong file than the truth.
    if (staging.rows === 0 && rule.clauses.some((c) => c.from === 'absent'))
      throw new InputError(`名册没有数据行：空的${rule.title}会把辖区内全部儿童列为比对结果，请检查文件`, {
        file: input.fileName,
      });
    progress({ phase: 'matching', rows: staging.rows });
    const file = { name: input.fileName, ...tapped.digest(), unit: roster.unit };

    const run = await trx
      .insertInto('comparison_run')
      .values({
        roster_kind: rule.kind,
        file_name: file.name,
        file_hash: file.sha256,
        file_bytes: file.bytes,
        row_unit: file.unit,
        region_code: prefix,
        as_of: input.asOf,
        actor_id: actor.id,
        actor_name: actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const counts = await matchRoster(trx, prefix);
    progress({ phase: 'findings', rows: staging.rows });
    const raised = await raiseFindings(trx, {
      runId: run.id,
      rule,
      asOf: input.asOf,
      prefix,
      fallbackRegion,
      fileHash: file.sha256,
    });
    await trx
      .updateTable('comparison_run')
      .set({
        finished_at: sql`now()`,
        rows: staging.rows,
        matched: counts.matched,
        probable: counts.probable,
        ambiguous_rows: counts.ambiguous.length,
        findings: raised.findings,
        new_findings: raised.newFindings,
        ambiguous: JSON.stringify(counts.ambiguous),
      })
      .where('id', '=', run.id)
      .execute();

    const findings = await trx
      .selectFrom('comparison_finding')
      .select(['finding', 'id_number', 'child_id', 'match', 'row_number', 'name', 'region_code'])
      .where('last_run_id', '=', run.id)
      .orderBy(sql`row_number nulls last`)
      .orderBy('finding')
      .execute();
    // Sealed ID numbers sort as ciphertext: findings without a row (absent children) are ordered here.
    findings.sort(
      (a, b) =>
        (a.row_number ?? Infinity) - (b.row_number ?? Infinity) ||
        a.finding.localeCompare(b.finding) ||
        (a.id_number ?? '').localeCompare(b.id_number ?? ''),
    );
    progress({ phase: 'done', rows: staging.rows });
    return {
      roster: rule.kind,
      asOf: input.asOf,
      rows: staging.rows,
      matched: counts.matched,
      probable: counts.probable,
      findings: findings.map((f) => ({
        finding: f.finding,
        idNumber: f.id_number,
        childId: f.child_id,
        match: f.match,
        row: f.row_number,
        name: f.name,
        regionCode: f.region_code,
      })),
      ambiguous: counts.ambiguous,
      newFindings: raised.newFindings,
      region: prefix,
      runId: run.id,
      file,
    };
  });
}
