// A child's state on any date D from the stored span columns (src/domain/span.ts proves they agree with
// the engine on every date): on the register (not exited on or before D), a target child (D before
// target_until), at the higher of its factor level and the level set by hand. The date moves ages and exits,
// not registration: a child found and registered after D was a child in the county on D all the same (and
// facts are not versioned anyway), so "as of D" grades today's register on D.
// Every report reads children through these fragments so that all of them count the same children.
import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';

const rank = (column: RawBuilder<unknown>) =>
  sql`(case ${column} when 'red' then 3 when 'yellow' then 2 when 'blue' then 1 else 0 end)`;

/** The level of a target child on any date of its span (factors do not age; a raise by hand holds). */
export function levelAsOf(alias: string): RawBuilder<'red' | 'yellow' | 'blue' | 'green'> {
  const factor = sql`coalesce(${sql.ref(`${alias}.factor_level`)}, 'green')`;
  const manual = sql.ref(`${alias}.manual_level`);
  return sql`(case when ${manual} is not null and ${rank(manual)} > ${rank(factor)} then ${manual} else ${factor} end)`;
}

/** On the register and a target child on `asOf`, under the region prefix ('' for everywhere). */
export function targetOnRegister(alias: string, prefix: string, asOf: IsoDate): RawBuilder<boolean> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<boolean>`(${col('village_code')} like ${`${prefix}%`}
    and (${col('exited_on')} is null or ${col('exited_on')} > ${asOf}::date)
    and ${col('target_until')} > ${asOf}::date)`;
}

/** Left-behind on `asOf` (before the 16th birthday, when the facts make one). */
export function leftBehindAsOf(alias: string, asOf: IsoDate): RawBuilder<boolean> {
  return sql<boolean>`coalesce(${sql.ref(`${alias}.left_behind_until`)} > ${asOf}::date, false)`;
}
