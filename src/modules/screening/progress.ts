// How far each screening round has come: per village, how many of its children were seen in the round (a home
// visit within the round's dates, or a screening record) and which not; the county's rounds with their state
// and whether this period's round is due; overdue rounds for the dashboard. The children of a village in a
// round are those on its register while the round ran (registered by its end, not off the register before its
// start) and under 18 when it began.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB, ScreeningRoundTable } from '../../db/schema.ts';
import { addMonths, ageOn, type IsoDate } from '../../domain/dates.ts';
import { shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { InputError } from '../../shared/errors.ts';
import { regionPrefix, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { resolveReportRegion } from '../reports/index.ts';
import { spotCheckStatus } from '../spot-checks/index.ts';
import { requireRound } from './rounds.ts';

type Round = Pick<ScreeningRoundTable, 'region_code' | 'starts_on' | 'ends_on'> & { id: string };

export type RoundState = 'upcoming' | 'open' | 'complete' | 'overdue';

export function roundState(
  round: Pick<Round, 'starts_on' | 'ends_on'>,
  unseen: number,
  asOf: IsoDate,
): RoundState {
  if (asOf < round.starts_on) return 'upcoming';
  if (unseen === 0) return 'complete';
  return asOf > round.ends_on ? 'overdue' : 'open';
}

/** The narrower of the round's county and the scope asked (a township, a village). */
function scopeOf(round: Round, prefix: string): string {
  const county = shortCode(round.region_code);
  return prefix.length > county.length ? prefix : county;
}

/** The children of the round under a prefix, with whether each was seen by `asOf`. */
function population(round: Round, prefix: string, asOf: IsoDate): RawBuilder<unknown> {
  const until = round.ends_on < asOf ? round.ends_on : asOf;
  const bornAfter = addMonths(round.starts_on, -18 * 12);
  // The seen set is looked up as a hashed subplan (IN over non-null ids): a correlated EXISTS, or a join the
  // planner may run as a nested loop, scans it once per child where the tables have no statistics yet (PGlite
  // runs no autovacuum).
  return sql`
    select ch.id, ch.village_code, ch.id in (
      select v.child_id from contact v
      where v.kind = 'visit' and v.occurred_on between ${round.starts_on}::date and ${until}::date
      union all
      select r.child_id from screening_record r where r.round_id = ${round.id} and r.seen_on <= ${until}::date
    ) as seen
    from child ch
    where ch.village_code like ${`${scopeOf(round, prefix)}%`}
      and ch.registered_on <= ${round.ends_on}::date
      and (ch.exited_on is null or ch.exited_on >= ${round.starts_on}::date)
      and ch.birth_date > ${bornAfter}::date`;
}

export async function villageProgress(db: Kysely<DB>, round: Round, prefix: string, asOf: IsoDate) {
  const { rows } = await sql<{
    village_code: string;
    village_name: string | null;
    township_name: string | null;
    children: number;
    seen: number;
  }>`
    select p.village_code, v.name as village_name, t.name as township_name,
      count(*)::int as children, count(*) filter (where p.seen)::int as seen
    from (${population(round, prefix, asOf)}) p
    left join region v on v.code = p.village_code
    left join region t on t.code = v.parent_code
    group by p.village_code, v.name, t.name
    order by p.village_code`.execute(db);
  return rows.map((r) => ({
    villageCode: r.village_code,
    villageName: r.village_name,
    townshipName: r.township_name,
    children: r.children,
    seen: r.seen,
    unseen: r.children - r.seen,
  }));
}

async function roundView(db: Kysely<DB>, round: Round & { name: string }, prefix: string, asOf: IsoDate) {
  const villages = await villageProgress(db, round, prefix, asOf);
  const children = villages.reduce((n, v) => n + v.children, 0);
  const seen = villages.reduce((n, v) => n + v.seen, 0);
  return {
    id: round.id,
    name: round.name,
    regionCode: round.region_code,
    startsOn: round.starts_on,
    endsOn: round.ends_on,
    state: roundState(round, children - seen, asOf),
    children,
    seen,
    unseen: children - seen,
    villagesIncomplete: villages.filter((v) => v.unseen > 0).length,
    villages,
  };
}

/** The rounds of the region's county (or counties), their progress within the region, and what is due. */
export async function screeningOverview(ctx: ServiceContext, q: { region?: string; asOf?: IsoDate }) {
  requirePermission(ctx.actor, 'screening.read');
  const region = await resolveReportRegion(ctx.db, ctx.actor, q.region);
  const asOf = q.asOf ?? ctx.today;
  const profile = profileForRegion(region.code);
  const county = region.code.slice(0, 6);
  const rounds = await ctx.db
    .selectFrom('screening_round')
    .select(['id', 'name', 'region_code', 'starts_on', 'ends_on'])
    .where((eb) =>
      region.code.length >= 6
        ? eb('region_code', '=', county.padEnd(12, '0'))
        : eb('region_code', 'like', `${region.code}%`),
    )
    .orderBy('starts_on', 'desc')
    .execute();
  const views = [];
  for (const r of rounds) {
    const { villages, ...rest } = await roundView(ctx.db, r, region.code, asOf);
    views.push({ ...rest, villages: villages.length });
  }
  const rule = profile.screening ?? null;
  const schedule = rule
    ? spotCheckStatus(
        rule.every,
        rounds.map((r) => r.starts_on),
        asOf,
      )
    : null;
  return {
    region: region.code,
    regionName: region.name,
    asOf,
    applies: rule !== null,
    rule: rule ? { every: rule.every, text: rule.text, source: rule.source } : null,
    schedule: schedule && {
      period: schedule.period,
      lastRoundStartedOn: schedule.lastCheckOn,
      startedThisPeriod: schedule.doneThisPeriod,
      nextDueBy: schedule.nextDueBy,
      overdue: schedule.overdue,
    },
    rounds: views,
    overdueRounds: views.filter((v) => v.state === 'overdue'),
  };
}

/** One round village by village within the actor's region (counts only). */
export async function roundProgress(ctx: ServiceContext, id: string, q: { asOf?: IsoDate }) {
  requirePermission(ctx.actor, 'screening.read');
  const round = await requireRound(ctx.db, ctx.actor, id);
  const asOf = q.asOf ?? ctx.today;
  return { ...(await roundView(ctx.db, round, regionPrefix(ctx.actor), asOf)), asOf };
}

/** The children of a round (in one village, if asked) not yet seen — or seen — by name; the read is recorded. */
export async function roundChildren(
  ctx: ServiceContext,
  id: string,
  q: { village?: string; seen?: boolean; asOf?: IsoDate },
) {
  requirePermission(ctx.actor, 'screening.read');
  const round = await requireRound(ctx.db, ctx.actor, id);
  const asOf = q.asOf ?? ctx.today;
  let prefix = regionPrefix(ctx.actor);
  if (q.village) {
    if (!q.village.startsWith(prefix) || !q.village.startsWith(shortCode(round.region_code)))
      throw new InputError('该村（社区）不在您的辖区或本轮排查范围内', { field: 'village' });
    prefix = q.village;
  }
  const { rows } = await sql<{
    id: string;
    name: string;
    birth_date: string;
    village_code: string;
    village_name: string | null;
    last_visit_on: string | null;
  }>`
    select ch.id, ch.name, ch.birth_date, ch.village_code, v.name as village_name, ch.last_visit_on
    from (${population(round, prefix, asOf)}) p
    join child ch on ch.id = p.id
    left join region v on v.code = ch.village_code
    where p.seen = ${q.seen === true}
    order by ch.village_code, ch.name, ch.id
    limit 2000`.execute(ctx.db);
  if (rows.length)
    await recordAudit(ctx.db, ctx.actor, {
      action: 'screening.children_listed',
      entity: 'screening_round',
      entityId: id,
      regionCode: prefix.padEnd(12, '0'),
      detail: { seen: q.seen === true, childIds: rows.map((r) => r.id) },
    });
  return {
    round: { id: round.id, name: round.name, startsOn: round.starts_on, endsOn: round.ends_on },
    seen: q.seen === true,
    items: rows.map((r) => ({
      childId: r.id,
      name: r.name,
      age: ageOn(r.birth_date, asOf),
      villageCode: r.village_code,
      villageName: r.village_name,
      lastVisitOn: r.last_visit_on,
    })),
  };
}
