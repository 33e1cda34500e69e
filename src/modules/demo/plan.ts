// The whole demo county as rows, before anything is written: children with their facts, graded by the
// same evaluateChild() as every other path (so the stored assessment columns are exactly what
// reassessChild would write), the staff each village needs for the children it turned out to have, and a
// year of casework. Pure apart from the ids and passwords, which are random on purpose.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AssessmentTable, ChildTable, MandatoryReportTable } from '../../db/schema.ts';
import type { Condition } from '../../domain/codes.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { Actor } from '../access/index.ts';
import { assessmentRow, evaluateChild, handledOnFrom, type ReportedReport } from '../children/index.ts';
import { allocate, type County } from './county.ts';
import { planHistory, type History, type Worker } from './history.ts';
import { planLedger, type DemoLedger } from './ledger.ts';
import {
  IdNumbers,
  KINDS,
  LABOUR_EXPORT_KINDS,
  planChild,
  type Kind,
  type PlannedChild,
} from './population.ts';
import { hashString, Random } from './random.ts';
import { addRisk, type Risk } from './risk.ts';
import { planAccounts, type DemoAccount } from './staff.ts';

export const DEFAULT_SEED = 20240101;
export const DEFAULT_CHILDREN = 3000;

export interface PlanOptions {
  today: IsoDate;
  seed: number;
  children: number;
  actor: Actor;
  /** Accounts that already exist, by username: they are reused, not created again. */
  existingAccounts?: ReadonlyMap<string, Worker>;
  /** ID numbers already registered: those children are left out. */
  existingIdNumbers?: ReadonlySet<string>;
  /** ID numbers already in the workforce ledger: no demo worker is given one of them. */
  existingLedgerIdNumbers?: ReadonlySet<string>;
}

export interface PlannedRecord {
  child: PlannedChild;
  risk: Risk | null;
  columns: Insertable<ChildTable>;
  assessment: Insertable<AssessmentTable>;
  history: History;
}

export interface DemoPlan {
  records: PlannedRecord[];
  accounts: DemoAccount[];
  ledger: DemoLedger;
  /** Accounts the plan uses that were there already. */
  reusedAccounts: string[];
  skippedChildren: number;
}

type Evaluated = ReturnType<typeof evaluateChild>;

function reportedOf(r: Insertable<MandatoryReportTable>): ReportedReport {
  return { status: r.status ?? 'open', reported_at: (r.reported_at as Date | null | undefined) ?? null };
}

function evaluate(
  child: PlannedChild,
  today: IsoDate,
  extra: Partial<Insertable<ChildTable>> = {},
): Evaluated {
  const row = { ...child.row, ...extra };
  return evaluateChild(
    {
      village_code: row.village_code,
      birth_date: row.birth_date,
      hukou_type: row.hukou_type ?? null,
      guardianship: row.guardianship ?? null,
      conditions: row.conditions as Condition[],
      manual_level: row.manual_level ?? null,
      manual_reason: row.manual_reason ?? null,
      status: row.status ?? 'active',
      level: row.level ?? null,
      immediate_since: row.immediate_since ?? null,
      red_handled_on: row.red_handled_on ?? null,
      registered_on: row.registered_on,
      last_visit_on: row.last_visit_on ?? null,
      last_contact_on: row.last_contact_on ?? null,
    },
    child.parents.map((p) => ({
      relation: p.relation,
      statuses: p.statuses,
      migrant_months: p.migrant_months ?? null,
      cross_county: p.cross_county ?? null,
      core_urban_both: p.core_urban_both ?? null,
    })),
    today,
  );
}

/** A few files closed (parents came home, family moved away) and a few graded up by hand. */
function registerEvents(
  rng: Random,
  child: PlannedChild,
  risk: Risk | null,
  first: Evaluated,
  today: IsoDate,
) {
  const row = child.row;
  if (!risk && first.columns.target && row.registered_on < addDays(today, -60) && rng.chance(0.012)) {
    const leftBehind = first.columns.left_behind;
    row.status = 'exited';
    row.exit_reason = leftBehind ? 'parents_returned' : 'moved_away';
    row.exited_on = addDays(today, -rng.int(1, 50));
    row.exit_note = leftBehind ? '父母返乡就业，不再符合留守儿童条件' : '随父母迁往外地';
  } else if (!risk && first.columns.level === 'green' && rng.chance(0.005)) {
    row.manual_level = 'blue';
    row.manual_reason = '家庭近期发生变故（父亲工伤住院），儿童情绪波动，调高等级加强关注';
  }
}

export function planDemo(county: County, options: PlanOptions): DemoPlan {
  const rng = new Random(options.seed ^ hashString(county.code));
  const countyShort = county.code.slice(0, 6);
  const allocation = allocate(rng.fork(1), county.villages, options.children);
  const ids = new IdNumbers(countyShort);
  const people = rng.fork(2);
  const townshipNames = new Map(county.townships.map((t) => [t.code, t.name]));
  const elsewhere = () => people.pick(county.villages);

  const drafts: { child: PlannedChild; risk: Risk | null; first: Evaluated }[] = [];
  let skippedChildren = 0;
  allocation.villages.forEach((village, i) => {
    const kinds = allocation.labourExport.has(village.code) ? LABOUR_EXPORT_KINDS : KINDS;
    const kind = people.weighted(kinds as Record<Kind, number>);
    const child = planChild(
      people,
      kind,
      { countyCode: countyShort, countyName: county.name, village, elsewhere },
      ids,
      options.today,
      i + 1,
      randomUUID(),
    );
    const risk = addRisk(people, child, options.today);
    const first = evaluate(child, options.today);
    registerEvents(people, child, risk, first, options.today);
    if (options.existingIdNumbers?.has(child.row.id_number as string)) {
      skippedChildren += 1;
      return;
    }
    drafts.push({
      child,
      risk,
      first:
        child.row.status === 'active' && !child.row.manual_level ? first : evaluate(child, options.today),
    });
  });

  const targetByVillage = new Map<string, number>();
  for (const d of drafts)
    if (d.first.columns.target && d.child.row.status === 'active')
      targetByVillage.set(d.child.row.village_code, (targetByVillage.get(d.child.row.village_code) ?? 0) + 1);
  const planned = planAccounts(
    rng.fork(3),
    { code: county.code, name: county.name },
    county.townships,
    county.villages,
    targetByVillage,
  );
  const reusedAccounts: string[] = [];
  const accounts = planned.filter((a) => {
    const existing = options.existingAccounts?.get(a.username);
    if (existing) {
      reusedAccounts.push(a.username);
      a.id = existing.id;
      a.displayName = existing.name;
    }
    return !existing;
  });
  const workers = (code: string, role: 'director' | 'supervisor'): Worker[] =>
    planned
      .filter((a) => a.role === role && a.regionCode === code)
      .map((a) => ({ id: a.id, name: a.displayName }));

  const casework = rng.fork(4);
  const records = drafts.map(({ child, risk, first }): PlannedRecord => {
    const village = child.row.village_code;
    const township = `${village.slice(0, 9)}000`;
    const staff = {
      directors: workers(village, 'director'),
      supervisor: workers(township, 'supervisor')[0]!,
      townshipName: townshipNames.get(township) ?? '',
    };
    if (!staff.supervisor)
      throw new Error(`no supervisor planned for ${townshipNames.get(township) ?? township}`);
    // A closed file keeps the casework up to the day it was closed.
    const until = child.row.status === 'active' ? options.today : (child.row.exited_on as IsoDate);
    const history = planHistory(casework, child, risk, first.assessment.schedule, until, staff);
    // Graded as reassessChild would grade the stored row: a red case keeps the day it came to light.
    const red = first.columns.level === 'red';
    const since = red ? (risk?.discoveredOn ?? options.today) : null;
    // Handled as reassessChild would find it: the police report and an intervention on file (issue 17.3).
    const handledOn = since
      ? handledOnFrom(
          history.mandatoryReport ? [reportedOf(history.mandatoryReport)] : [],
          history.interventions.map((i) => i.occurred_on),
          since,
        )
      : null;
    const final = evaluate(child, options.today, {
      last_visit_on: history.lastVisit,
      last_contact_on: history.lastContact,
      level: red ? 'red' : null,
      immediate_since: since,
      red_handled_on: handledOn,
    });
    const confirmed = final.columns.level === 'yellow' && casework.chance(0.3);
    const columns: Insertable<ChildTable> = {
      ...child.row,
      ...final.columns,
      last_visit_on: history.lastVisit,
      last_contact_on: history.lastContact,
      red_handled_on: final.columns.level === 'red' ? handledOn : null,
      confirmed_by: confirmed ? staff.supervisor.id : null,
      confirmed_at: confirmed ? new Date(`${addDays(options.today, -casework.int(1, 60))}T08:00:00Z`) : null,
    };
    const manual = {
      county_code: child.row.county_code,
      manual_level: child.row.manual_level ?? null,
      manual_reason: child.row.manual_reason ?? null,
    };
    const assessment = assessmentRow(child.row.id, final, manual, {
      actor: options.actor,
      asOf: options.today,
      trigger: 'create',
    });
    return { child, risk, columns, assessment, history };
  });
  const ledger = planLedger(
    rng.fork(5),
    accounts,
    county,
    new IdNumbers(countyShort, options.existingLedgerIdNumbers),
    options.today,
  );
  return { records, accounts, ledger, reusedAccounts, skippedChildren };
}
