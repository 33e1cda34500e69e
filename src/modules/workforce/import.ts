// `tonghu import directors FILE` (CONTRACT.md): the ledger from NDJSON, CSV or XLSX. Every line is read and
// checked before anything is written; then the whole file goes in one transaction, or nothing does
// (`skipInvalid` writes the good lines and lists the rest). Re-importing an ID number updates that person.
import { access, constants } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { regionLevel } from '../../domain/region-code.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { describeLocation, InputError, type InputLocation } from '../../shared/errors.ts';
import { CappedProblems, storedProblems } from '../../shared/upload/problems.ts';
import { openTabular, type TabularSource } from '../../shared/tabular/read.ts';
import { type Actor, requirePermission } from '../access/index.ts';
import { fileFieldName, parseDirectorRecord } from './record.ts';
import { UpsertMemo, upsertPerson } from './repository.ts';
import { checkPerson, RegionLookup, type CheckedPerson } from './validate.ts';

export interface ImportProblem extends InputLocation {
  message: string;
}

/** Every problem of a file, each with its line or row and field; the first one locates the error. */
export class ImportProblems extends InputError {
  constructor(
    readonly problems: ImportProblem[],
    readonly total: number,
  ) {
    const first = problems[0] as ImportProblem;
    const lines = problems.map((p) => `${describeLocation(p)}: ${p.message}`);
    if (total > problems.length) lines.push(`……另有 ${total - problems.length} 处问题`);
    super(`${total} 处问题，未导入任何记录：\n  ${lines.join('\n  ')}`, {
      file: first.file,
      line: first.line,
      row: first.row,
      field: first.field,
    });
  }

  /** The message names every location itself. */
  override get located(): string {
    return this.message;
  }
}

export interface ImportResult {
  imported: number;
  updated: number;
  rejected: number;
  /** The first KEPT_PROBLEMS (shared/upload/limits.ts). */
  problems: ImportProblem[];
  /** Problems beyond those listed. */
  omittedProblems: number;
}

const SHOWN_PROBLEMS = 50;

/** Loads the counties a file names when the deployment names no region (CONTRACT.md: imported villages must lie under it). */
async function loadNamedCounties(db: Kysely<DB>, codes: Iterable<string>): Promise<void> {
  const counties = new Set<string>();
  for (const code of codes) if (/^\d{9}(\d{3})?$/.test(code)) counties.add(code.slice(0, 6));
  for (const county of counties) if (regionLevel(county) === 'county') await ensureRegions(db, county);
}

export async function importDirectors(
  db: Kysely<DB>,
  actor: Actor,
  source: TabularSource,
  options: { today: IsoDate; deploymentRegion: string | null; skipInvalid?: boolean; fileName?: string },
): Promise<ImportResult> {
  requirePermission(actor, 'workforce.manage');
  const file = options.fileName ?? ('path' in source ? source.path : source.name);
  if ('path' in source)
    await access(source.path, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(error.code === 'ENOENT' ? '文件不存在' : `无法读取文件（${error.code}）`, {
        file,
      });
    });
  const table = await openTabular(source);
  const format = table.format;

  const parsed: {
    at: InputLocation;
    record: Parameters<typeof fileFieldName>[0];
    result: ReturnType<typeof parseDirectorRecord>;
  }[] = [];
  for await (const record of table.records) {
    const at = record.unit === 'line' ? { file, line: record.number } : { file, row: record.number };
    parsed.push({ at, record, result: parseDirectorRecord(record, format) });
  }
  if (!parsed.length) throw new InputError('文件中没有记录', { file });
  if (!options.deploymentRegion)
    await loadNamedCounties(
      db,
      parsed.flatMap((p) => ('input' in p.result ? [p.result.input.regionCode] : [])),
    );

  const regions = new RegionLookup(db);
  const problems = new CappedProblems<ImportProblem>();
  const badRows = new Set<number | undefined>();
  const report = (p: ImportProblem) => {
    badRows.add(p.line ?? p.row);
    problems.add(p);
  };
  const good: { at: InputLocation; person: CheckedPerson }[] = [];
  const seen = new Map<string, InputLocation>();
  for (const { at, record, result } of parsed) {
    if ('problems' in result) {
      for (const p of result.problems) report({ ...at, field: p.field, message: p.message });
      continue;
    }
    const checked = await checkPerson(
      result.input,
      { db, actor, deploymentRegion: options.deploymentRegion, today: options.today, regions },
      { regionCode: 'regionCode' },
    );
    if ('problems' in checked) {
      for (const p of checked.problems)
        report({
          ...at,
          field: p.field === 'regionCode' ? result.regionField : fileFieldName(record, format, p.field),
          message: p.message,
        });
      continue;
    }
    const earlier = seen.get(checked.value.idNumber);
    if (earlier) {
      report({
        ...at,
        field: fileFieldName(record, format, 'idNumber'),
        message: `身份证号码与${describeLocation({ line: earlier.line, row: earlier.row })}重复`,
      });
      continue;
    }
    seen.set(checked.value.idNumber, at);
    good.push({ at, person: checked.value });
  }
  const badLines = badRows.size;
  if (problems.total && !options.skipInvalid)
    throw new ImportProblems(problems.kept.slice(0, SHOWN_PROBLEMS), problems.total);

  return db.transaction().execute(async (trx) => {
    let imported = 0;
    let updated = 0;
    const memo = new UpsertMemo();
    await memo.preload(
      trx,
      good.map((g) => g.person),
    );
    for (const { person } of good) {
      const { created } = await upsertPerson(trx, actor, person, options.today, 'import', memo);
      if (created) imported += 1;
      else updated += 1;
    }
    await trx
      .insertInto('import_run')
      .values({
        kind: 'directors',
        file_name: file,
        actor_id: actor.id,
        actor_name: actor.name,
        finished_at: new Date(),
        imported,
        updated,
        rejected: badLines,
        errors: storedProblems(problems.kept, problems.omitted),
      })
      .execute();
    return {
      imported,
      updated,
      rejected: badLines,
      problems: problems.kept,
      omittedProblems: problems.omitted,
    };
  });
}
