// What the workforce, spot-check and supervision commands hand to services: the command acts as the system
// on the bureau's own server, today in China, within the deployment's region.
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { isIsoDate, todayInChina } from '../../domain/dates.ts';
import { isRegionCode } from '../../domain/region-code.ts';
import { systemActor } from '../../modules/access/actor.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { InputError } from '../../shared/errors.ts';

export function cliContext(database: Database, config: Config): ServiceContext {
  return {
    db: database.db,
    actor: systemActor('命令行'),
    today: todayInChina(),
    deploymentRegion: config.region,
  };
}

export function checkRegionOption(value: string | undefined, field = '--region'): void {
  if (value !== undefined && !isRegionCode(value))
    throw new InputError(`区划代码应为2、4、6、9或12位数字，实际 "${value}"`, { field });
}

export function checkDateOption(value: string | undefined, field: string): void {
  if (value !== undefined && !isIsoDate(value))
    throw new InputError(`日期应为 年-月-日（如 2026-01-31），实际 "${value}"`, { field });
}

export function checkChoice(value: string | undefined, choices: readonly string[], field: string): void {
  if (value !== undefined && !choices.includes(value))
    throw new InputError(`应为 ${choices.join('、')} 之一，实际 "${value}"`, { field });
}

/** A positive whole number from an option, or an error naming the option. */
export function wholeNumber(value: string | undefined, field: string, max = 1_000_000): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new InputError(`应为1到${max}之间的整数，实际 "${value}"`, { field });
  return Number(value);
}
