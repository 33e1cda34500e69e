// The files a spot check draws from and what its suggestions read from them, for many files at once.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import type { FileFacts } from './suggestions.ts';

/** Target children's files under the region on the date: the population a check draws from. */
export async function populationOn(db: Kysely<DB>, region: string, date: IsoDate): Promise<string[]> {
  const rows = await db
    .selectFrom('child')
    .select('id')
    .where('village_code', 'like', `${shortCode(region)}%`)
    .where('status', '=', 'active')
    .where('registered_on', '<=', date)
    .where('target_until', '>', date)
    .execute();
  return rows.map((r) => r.id);
}

/** Everything the suggestions read, for many files at once. */
export async function fileFacts(
  db: Kysely<DB>,
  childIds: readonly string[],
): Promise<Map<string, FileFacts>> {
  const out = new Map<string, FileFacts>();
  if (!childIds.length) return out;
  const ids = [...childIds];
  const [children, parents, caregivers, visits, reports] = await Promise.all([
    db.selectFrom('child').selectAll().where('id', 'in', ids).execute(),
    db.selectFrom('child_parent').selectAll().where('child_id', 'in', ids).execute(),
    db.selectFrom('child_caregiver').selectAll().where('child_id', 'in', ids).execute(),
    db
      .selectFrom('contact')
      .select(['child_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('child_id', 'in', ids)
      .where('kind', '=', 'visit')
      .groupBy('child_id')
      .execute(),
    db
      .selectFrom('mandatory_report')
      .select(['child_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('child_id', 'in', ids)
      .where('status', '=', 'open')
      .groupBy('child_id')
      .execute(),
  ]);
  for (const child of children)
    out.set(child.id, {
      child,
      parents: parents.filter((p) => p.child_id === child.id),
      caregiver: caregivers.find((c) => c.child_id === child.id) ?? null,
      visits: Number(visits.find((v) => v.child_id === child.id)?.n ?? 0),
      openMandatoryReports: Number(reports.find((r) => r.child_id === child.id)?.n ?? 0),
    });
  return out;
}
