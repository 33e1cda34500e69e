// 儿童主任工作量 (issue 18.3): for a township supervisor or the county, each director in post during a month with
// the visits and contacts they recorded that month, and their village's situation (target children, overdue,
// never visited) with their last sign-in. For the current month the situation is the worklist's today; for a
// past month it is as it stood at that month's end (its last day), replayed from the contact ledger and the
// schedules as the timeliness report replays them (reports/timeliness-sql.ts, docs/reports.md): a past month
// no longer shows today's overdue as its own. Counts only: no child is named, so the read needs no audit.
// Directors come from the ledger (workforce_post); a director's own records are found through the account the
// bureau linked to the ledger entry (关联账号) — without one, the month's figures cannot be told and say so.
// A director's visits and contacts count in the village of the row: those for children of that village.
import { sql } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';
import { addDays } from '../../domain/dates.ts';
import { InputError } from '../../shared/errors.ts';
import { requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { resolveReportRegion, scheduleOverrides, villageCounts } from '../reports/index.ts';
import { targetChildrenIn } from '../worklist/index.ts';

interface VillageFigures {
  village_code: string;
  target: number;
  overdue: number;
  never: number;
}

/** Today's worklist per village: the stored due dates, as the worklist and its summary count them. */
function villagesToday(ctx: ServiceContext, prefix: string, asOf: IsoDate): Promise<VillageFigures[]> {
  return ctx.db
    .selectFrom('child')
    .where(targetChildrenIn(prefix, asOf))
    .select([
      'child.village_code',
      sql<number>`count(*)`.as('target'),
      sql<number>`count(*) filter (where child.next_due < ${asOf})`.as('overdue'),
      sql<number>`count(*) filter (where child.last_visit_on is null)`.as('never'),
    ])
    .groupBy('child.village_code')
    .execute();
}

/**
 * Per village as it stood on a past day: the children registered by then, on the register and target then, at their level then,
 * due by the visits and contacts recorded on or before it (the timeliness report's replay).
 */
async function villagesAtMonthEnd(
  ctx: ServiceContext,
  prefix: string,
  asOf: IsoDate,
): Promise<VillageFigures[]> {
  const overrides = await scheduleOverrides(ctx.db, prefix, asOf);
  // Her list as it was: a child registered after the month's end was not on it.
  const counts = await villageCounts(ctx.db, prefix, asOf, overrides, { registeredByThen: true });
  return counts.map((c) => ({
    village_code: c.village_code,
    target: c.target,
    overdue: c.overdue,
    never: c.never_visited,
  }));
}

export interface WorkloadRow {
  personId: string;
  name: string;
  villageCode: string;
  villageName: string | null;
  townshipName: string | null;
  /** Whether the ledger entry is linked to a sign-in account (without one, visits and contacts are null). */
  hasAccount: boolean;
  lastSignInAt: string | null;
  visits: number | null;
  contacts: number | null;
  targetChildren: number;
  overdue: number;
  neverVisited: number;
}

export interface WorkloadReport {
  region: { code: string; name: string };
  month: string;
  from: IsoDate;
  to: IsoDate;
  /** The day the village figures (target, overdue, never visited) are read on: today, or a past month's end. */
  asOf: IsoDate;
  /** 'today' for the current month (the worklist), 'month_end' for a past month (replayed on its last day). */
  figuresOn: 'today' | 'month_end';
  directors: WorkloadRow[];
  totals: {
    directors: number;
    withoutAccount: number;
    visits: number;
    contacts: number;
    neverSignedIn: number;
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last day of a 'YYYY-MM' month. */
export function monthRange(month: string): { from: IsoDate; to: IsoDate } {
  const m = MONTH.exec(month);
  if (!m) throw new InputError(`月份应为“年-月”，如 2026-12，实际 "${month}"`, { field: 'month' });
  const from = `${m[1]}-${m[2]}-01`;
  const next =
    Number(m[2]) === 12
      ? `${Number(m[1]) + 1}-01-01`
      : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export async function directorWorkload(
  ctx: ServiceContext,
  q: { region?: string | undefined; month?: string | undefined },
): Promise<WorkloadReport> {
  requirePermission(ctx.actor, 'workforce.read');
  const month = q.month ?? ctx.today.slice(0, 7);
  const { from, to } = monthRange(month);
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const prefix = region.code;
  // A month that has ended is read on its last day; the current (or a later) month on today.
  const figuresOn = to < ctx.today ? 'month_end' : 'today';
  const asOf = figuresOn === 'month_end' ? to : ctx.today;

  // Directors in post on at least one day of the month, once per person and village.
  const posts = await ctx.db
    .selectFrom('workforce_post as post')
    .innerJoin('workforce_person as person', 'person.id', 'post.person_id')
    .leftJoin('app_user as account', 'account.id', 'person.user_id')
    .leftJoin('region as v', 'v.code', 'post.region_code')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .select([
      'person.id as person_id',
      'person.name',
      'person.user_id',
      'account.last_login_at',
      'post.region_code',
      'v.name as village_name',
      't.name as township_name',
    ])
    .distinct()
    .where('post.role', '=', 'director')
    .where('post.region_code', 'like', `${prefix}%`)
    .where((eb) => eb.or([eb('post.started_on', 'is', null), eb('post.started_on', '<=', to)]))
    .where((eb) => eb.or([eb('post.ended_on', 'is', null), eb('post.ended_on', '>=', from)]))
    .orderBy('post.region_code')
    .orderBy('person.name')
    .execute();

  const userIds = [...new Set(posts.map((p) => p.user_id).filter((id): id is string => id !== null))];
  const [records, villages] = await Promise.all([
    userIds.length === 0
      ? Promise.resolve([])
      : ctx.db
          .selectFrom('contact')
          .innerJoin('child', 'child.id', 'contact.child_id')
          .select([
            'contact.recorded_by',
            'child.village_code',
            sql<number>`count(*) filter (where contact.kind = 'visit')`.as('visits'),
            sql<number>`count(*) filter (where contact.kind <> 'visit')`.as('contacts'),
          ])
          .where('contact.recorded_by', 'in', userIds)
          .where('child.village_code', 'like', `${prefix}%`)
          .where('contact.occurred_on', '>=', from)
          .where('contact.occurred_on', '<=', to)
          .groupBy(['contact.recorded_by', 'child.village_code'])
          .execute(),
    figuresOn === 'today' ? villagesToday(ctx, prefix, asOf) : villagesAtMonthEnd(ctx, prefix, asOf),
  ]);
  const byUser = new Map(records.map((r) => [`${r.recorded_by} ${r.village_code}`, r]));
  const byVillage = new Map(villages.map((v) => [v.village_code, v]));

  const directors: WorkloadRow[] = posts.map((p) => {
    const mine = p.user_id ? byUser.get(`${p.user_id} ${p.region_code}`) : undefined;
    const village = byVillage.get(p.region_code);
    return {
      personId: p.person_id,
      name: p.name,
      villageCode: p.region_code,
      villageName: p.village_name,
      townshipName: p.township_name,
      hasAccount: p.user_id !== null,
      lastSignInAt: p.last_login_at ? new Date(p.last_login_at).toISOString() : null,
      visits: p.user_id ? Number(mine?.visits ?? 0) : null,
      contacts: p.user_id ? Number(mine?.contacts ?? 0) : null,
      targetChildren: Number(village?.target ?? 0),
      overdue: Number(village?.overdue ?? 0),
      neverVisited: Number(village?.never ?? 0),
    };
  });
  const people = new Map(directors.map((d) => [d.personId, d]));
  return {
    region: { code: region.code, name: region.name },
    month,
    from,
    to,
    asOf,
    figuresOn,
    directors,
    totals: {
      directors: people.size,
      withoutAccount: [...people.values()].filter((d) => !d.hasAccount).length,
      visits: directors.reduce((s, d) => s + (d.visits ?? 0), 0),
      contacts: directors.reduce((s, d) => s + (d.contacts ?? 0), 0),
      neverSignedIn: [...people.values()].filter((d) => d.hasAccount && d.lastSignInAt === null).length,
    },
  };
}
