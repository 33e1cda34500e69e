// What the departments part's commands share: the acting context on the bureau's server, option checks that
// name the option in error, and a plain table for people (JSON with --format json for scripts).
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { isIsoDate, todayInChina, type IsoDate } from '../../domain/dates.ts';
import { fullCode, isRegionCode } from '../../domain/region-code.ts';
import { systemActor } from '../../modules/access/actor.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { InputError } from '../../shared/errors.ts';

export type Format = 'json' | 'table';

export function checkFormat(value: string | undefined): Format {
  if (value === undefined || value === 'table') return 'table';
  if (value === 'json') return 'json';
  throw new InputError(`--format 应为 json 或 table，实际 "${value}"`, { field: '--format' });
}

export function checkDate(value: string | undefined, option = '--as-of'): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new InputError(`${option} 应为日期 年-月-日（如 2026-01-31），实际 "${value}"`, { field: option });
  return value;
}

export function checkRegion(value: string | undefined, option = '--region'): string | undefined {
  if (value === undefined) return undefined;
  if (!isRegionCode(value))
    throw new InputError(`${option} 应为2、4、6、9或12位区划代码，实际 "${value}"`, { field: option });
  return value;
}

/** The bureau's server acting on the deployment's region (TONGHU_REGION), or on all of it when none is set. */
export function cliContext(database: Database, config: Config): TimedContext {
  const now = new Date();
  return {
    db: database.db,
    actor: systemActor('命令行', config.region ? fullCode(config.region) : ''),
    today: todayInChina(now),
    deploymentRegion: config.region,
    now,
  };
}

/** Columns of plain text, padded by display width (a Chinese character takes two columns). */
export function printTable(headers: string[], rows: (string | number | null)[][]): void {
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  for (const row of cells)
    process.stdout.write(
      `${row
        .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
        .join('  ')
        .trimEnd()}\n`,
    );
}
