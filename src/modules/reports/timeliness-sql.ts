// Coverage and timeliness per village, in SQL: the target children on the date by level, visits and
// contacts overdue or falling due within a week, the share of visits done on time in the last quarter,
// children never visited, left-behind children without a signed entrusted-care agreement. The rules are
// those of src/domain/due.ts, replayed from the contact history as it stood on the date (docs/reports.md).
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ChildParentTable, DB } from '../../db/schema.ts';
import { addDays, addMonths, type IsoDate } from '../../domain/dates.ts';
import { approximateDays } from '../../domain/duration.ts';
import { PROFILES } from '../../policies/index.ts';
import { leftBehindAsOf, levelAsOf, targetOnRegister } from './as-of.ts';

/** Days ahead in which a visit or contact counts as "due soon" (as the worklist summary counts it). */
export const DUE_SOON_DAYS = 7;

export interface VillageCounts {
  village_code: string;
  target: number;
  red: number;
  yellow: number;
  blue: number;
  green: number;
  visits_overdue: number;
  visits_due_soon: number;
  contacts_overdue: number;
  contacts_due_soon: number;
  fell_due: number;
  on_time: number;
  never_visited: number;
  /** Visit or contact overdue (either), as the worklist's 逾期 counts a child once. */
  overdue: number;
  left_behind: number;
  left_behind_without_agreement: number;
}

export interface ScheduleOverride {
  id: string;
  visitEvery: string | null;
  contactEvery: string | null;
}

/** The start of the quarter before `asOf`: visits that fell due after it and on or before `asOf` count. */
export function quarterStart(asOf: IsoDate): IsoDate {
  return addMonths(asOf, -3);
}

// Visits older than this cannot have fallen due in the quarter under any profile's longest interval.
const LONGEST_VISIT_DAYS = Math.ceil(
  Math.max(
    ...PROFILES.flatMap((p) => p.schedule.map((r) => (r.visitEvery ? approximateDays(r.visitEvery) : 0))),
  ),
);

export async function villageCounts(
  db: Kysely<DB>,
  prefix: string,
  asOf: IsoDate,
  overrides: readonly ScheduleOverride[],
  /**
   * Only children registered on or before the date. The reports count a child found later as in the county on
   * the date all the same (docs/reports.md); a director's workload for a past month counts her list as it was.
   */
  options: { registeredByThen?: boolean } = {},
): Promise<VillageCounts[]> {
  const d = sql`${asOf}::date`;
  const registered = options.registeredByThen ? sql`and ch.registered_on <= ${d}` : sql``;
  const qStart = quarterStart(asOf);
  const oldest = addDays(qStart, -LONGEST_VISIT_DAYS - 3);
  // A county or less reads its children's contacts through the index, child by child (the planner would
  // hash the whole contact table for one county); a city or province reads the table in one pass.
  const history =
    prefix.length >= 6
      ? sql`select c.id as child_id, x.kind, x.occurred_on from c cross join lateral (
          select ct.kind, ct.occurred_on from contact ct where ct.child_id = c.id and ct.occurred_on <= ${d} offset 0
        ) x`
      : sql`select ct.child_id, ct.kind, ct.occurred_on from contact ct join c on c.id = ct.child_id
          where ct.occurred_on <= ${d}`;
  // Sorting and hashing a province's contact history wants more than the default 4 MB.
  return db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    const { rows } = await sql<VillageCounts>`
    with fix as (
      select (x ->> 'id')::uuid as id, x ->> 'visitEvery' as visit_every, x ->> 'contactEvery' as contact_every
      from jsonb_array_elements(${JSON.stringify(overrides)}::jsonb) as x
    ),
    c as materialized (
      select ch.id, ch.village_code, ch.registered_on, ${levelAsOf('ch')} as lvl,
        case when f.id is null then ch.visit_every else f.visit_every end as visit_every,
        case when f.id is null then ch.contact_every else f.contact_every end as contact_every,
        ch.immediate_since, ${leftBehindAsOf('ch', asOf)} as left_behind
      from child ch
      left join fix f on f.id = ch.id
      where ${targetOnRegister('ch', prefix, asOf)} ${registered}
    ),
    -- The contact history as it stood on the date, read once.
    cv as materialized (${history}),
    h as (
      select cv.child_id,
        min(cv.occurred_on) filter (where cv.kind = 'visit') as first_visit,
        max(cv.occurred_on) filter (where cv.kind = 'visit') as last_visit,
        max(cv.occurred_on) as last_contact
      from cv
      group by cv.child_id
    ),
    due as (
      select c.id, c.village_code, c.lvl, c.left_behind, c.registered_on, c.visit_every,
        h.first_visit, h.last_visit,
        case
          -- A case to handle at once is due the day it was found, until a visit on or after that day.
          when c.lvl = 'red' and c.immediate_since <= ${d}
            and (h.last_visit is null or h.last_visit < c.immediate_since)
          then least((coalesce(h.last_visit, c.registered_on) + c.visit_every::interval)::date, c.immediate_since)
          else (coalesce(h.last_visit, c.registered_on) + c.visit_every::interval)::date
        end as visit_due,
        (coalesce(h.last_contact, c.registered_on) + c.contact_every::interval)::date as contact_due
      from c
      left join h on h.child_id = c.id
    ),
    anchor as (
      -- The clock runs from the last visit, or from registration while there is none (src/domain/due.ts).
      select due.id as child_id, due.visit_every, due.registered_on as on_day
      from due
      where due.visit_every is not null and (due.first_visit is null or due.first_visit > due.registered_on)
      union all
      select distinct cv.child_id, c.visit_every, cv.occurred_on
      from cv
      join c on c.id = cv.child_id
      where c.visit_every is not null and cv.kind = 'visit' and cv.occurred_on > ${oldest}::date
    ),
    chain as (
      select a.child_id, (a.on_day + a.visit_every::interval)::date as due_on,
        lead(a.on_day) over (partition by a.child_id order by a.on_day) as next_visit
      from anchor a
    ),
    quarter as (
      select chain.child_id, count(*)::int as fell_due,
        count(*) filter (where chain.next_visit <= chain.due_on)::int as on_time
      from chain
      where chain.due_on > ${qStart}::date and chain.due_on <= ${d}
      group by chain.child_id
    )
    select due.village_code,
      count(*)::int as target,
      count(*) filter (where due.lvl = 'red')::int as red,
      count(*) filter (where due.lvl = 'yellow')::int as yellow,
      count(*) filter (where due.lvl = 'blue')::int as blue,
      count(*) filter (where due.lvl = 'green')::int as green,
      count(*) filter (where due.visit_due < ${d})::int as visits_overdue,
      count(*) filter (where due.visit_due >= ${d} and due.visit_due <= ${d} + ${DUE_SOON_DAYS}::int)::int
        as visits_due_soon,
      count(*) filter (where due.contact_due < ${d})::int as contacts_overdue,
      count(*) filter (where due.contact_due >= ${d} and due.contact_due <= ${d} + ${DUE_SOON_DAYS}::int)::int
        as contacts_due_soon,
      coalesce(sum(q.fell_due), 0)::int as fell_due,
      coalesce(sum(q.on_time), 0)::int as on_time,
      count(*) filter (where due.last_visit is null)::int as never_visited,
      count(*) filter (where due.visit_due < ${d} or due.contact_due < ${d})::int as overdue,
      count(*) filter (where due.left_behind)::int as left_behind,
      count(*) filter (
        where due.left_behind and (cg.agreement_signed_on is null or cg.agreement_signed_on > ${d})
      )::int as left_behind_without_agreement
    from due
    left join quarter q on q.child_id = due.id
    left join child_caregiver cg on cg.child_id = due.id
    group by due.village_code
    order by due.village_code`.execute(trx);
    return rows;
  });
}

/**
 * Children on the register and target on the date whose stored schedule is empty because they were last
 * graded after leaving the target groups (a 16th or 18th birthday since the date): their facts and
 * parents, to grade again as of the date.
 */
export async function staleSchedules(db: Kysely<DB>, prefix: string, asOf: IsoDate) {
  return db
    .selectFrom('child as ch')
    .selectAll('ch')
    .select((eb) =>
      sql<Selectable<ChildParentTable>[]>`coalesce(
        (select json_agg(p) from child_parent p where p.child_id = ${eb.ref('ch.id')}), '[]'::json)`.as(
        'parents',
      ),
    )
    .where(targetOnRegister('ch', prefix, asOf))
    .where('ch.visit_every', 'is', null)
    .where('ch.contact_every', 'is', null)
    .execute();
}
