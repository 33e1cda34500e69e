// GET /api/v1/supervision/overview?asOf=: what is late in each plan at a glance — tasks past due, units
// without the year's progress report after the deadline, the current phase, and whether the yearly
// inspection and the archive spot check are done.
import type { IsoDate } from '../../domain/dates.ts';
import { findProfile, profileForRegion } from '../../policies/index.ts';
import { requirePermission } from '../access/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { spotCheckStatus } from '../spot-checks/index.ts';
import { FIRST_REPORT_YEAR, lastDueYear, reportDeadline, reportState, taskLateness } from './late.ts';
import { plansFor } from './plans.ts';

/** Where a profile sets no inspection rate, once a year (002 §三.2, 003 §七(三) say at least yearly). */
const DEFAULT_INSPECTION_EVERY = 'P1Y';

export async function supervisionOverview(ctx: ServiceContext, filters: { region?: string; asOf?: IsoDate }) {
  requirePermission(ctx.actor, 'supervision.read');
  const asOf = filters.asOf ?? ctx.today;
  const plans = await plansFor(ctx, filters.region);
  const out = [];
  for (const plan of plans) {
    const profile = findProfile(plan.policy) ?? profileForRegion(plan.region_code);
    const [region, phases, tasks, units, reports, inspections, spotChecks] = await Promise.all([
      ctx.db.selectFrom('region').select('name').where('code', '=', plan.region_code).executeTakeFirst(),
      ctx.db.selectFrom('plan_phase').selectAll().where('plan_id', '=', plan.id).orderBy('seq').execute(),
      ctx.db.selectFrom('plan_task').selectAll().where('plan_id', '=', plan.id).orderBy('task_no').execute(),
      ctx.db.selectFrom('plan_unit').selectAll().where('plan_id', '=', plan.id).orderBy('name').execute(),
      ctx.db.selectFrom('progress_report').selectAll().where('plan_id', '=', plan.id).execute(),
      ctx.db
        .selectFrom('plan_inspection')
        .selectAll()
        .where('plan_id', '=', plan.id)
        .orderBy('inspected_on', 'desc')
        .execute(),
      ctx.db
        .selectFrom('spot_check')
        .select('drawn_on')
        .where('region_code', '=', plan.region_code)
        .execute(),
    ]);
    const planEnd = phases.reduce((end, p) => (p.ends_on > end ? p.ends_on : end), '0000-01-01');
    const lastYear = Number(planEnd.slice(0, 4));

    // Measures name the units of each task; the late list says who answers for a late task.
    const measures = tasks.length
      ? await ctx.db
          .selectFrom('plan_measure')
          .select(['task_id', 'unit_ids'])
          .where(
            'task_id',
            'in',
            tasks.map((t) => t.id),
          )
          .execute()
      : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const unitsOf = (taskId: string) => [
      ...new Set(
        measures
          .filter((m) => m.task_id === taskId)
          .flatMap((m) => m.unit_ids.map((u) => unitName.get(u) ?? u)),
      ),
    ];
    const judged = tasks.map((t) => ({
      t,
      ...taskLateness({ id: t.id, status: t.status, dueOn: t.due_on }, planEnd, asOf),
    }));

    const reportYear = (year: number) => {
      const { deadline, source } = reportDeadline(profile, year);
      const states = units.map((u) => {
        const report = reports.find((r) => r.unit_id === u.id && r.year === year);
        return {
          unitId: u.id,
          name: u.name,
          submittedOn: report?.submitted_on ?? null,
          state: reportState(report?.submitted_on ?? null, deadline, asOf),
        };
      });
      const pick = (state: string) =>
        states
          .filter((s) => s.state === state)
          .map(({ unitId, name, submittedOn }) => ({ unitId, name, submittedOn }));
      return {
        year,
        deadline,
        deadlineSource: source,
        units: units.length,
        submitted: pick('submitted').length + pick('submitted_late').length,
        submittedLate: pick('submitted_late'),
        late: pick('late'),
        pending: pick('pending'),
      };
    };
    const dueYear = Math.min(lastDueYear(profile, asOf), lastYear);
    const currentYear = Number(asOf.slice(0, 4));
    const inspectionEvery = profile.inspection?.every ?? DEFAULT_INSPECTION_EVERY;
    const inspectionStatus = spotCheckStatus(
      inspectionEvery,
      inspections.map((i) => i.inspected_on),
      asOf,
    );
    const current =
      phases.find((p) => (p.starts_on === null || p.starts_on <= asOf) && asOf <= p.ends_on) ?? null;
    out.push({
      id: plan.id,
      regionCode: plan.region_code,
      regionName: region?.name ?? null,
      policy: plan.policy,
      title: plan.title,
      phases: phases.map((p) => ({
        key: p.key,
        name: p.name,
        startsOn: p.starts_on,
        endsOn: p.ends_on,
        source: p.source,
        state: (p.ends_on < asOf
          ? 'past'
          : p.starts_on !== null && p.starts_on > asOf
            ? 'future'
            : 'current') as 'past' | 'current' | 'future',
      })),
      currentPhase: current ? { key: current.key, name: current.name, endsOn: current.ends_on } : null,
      ended: asOf > planEnd,
      tasks: {
        total: tasks.length,
        done: tasks.filter((t) => t.status === 'done').length,
        open: tasks.filter((t) => t.status === 'open').length,
        late: judged
          .filter((j) => j.daysLate > 0)
          .map((j) => ({
            id: j.t.id,
            taskNo: j.t.task_no,
            title: j.t.title,
            actionTitle: j.t.action_title,
            dueOn: j.due,
            dueFromPlan: j.t.due_on === null,
            daysLate: j.daysLate,
            units: unitsOf(j.t.id),
          })),
      },
      reports: {
        rule: profile.progressReport
          ? {
              due: profile.progressReport.due,
              text: profile.progressReport.text,
              source: profile.progressReport.source,
            }
          : null,
        lastDue: dueYear >= FIRST_REPORT_YEAR ? reportYear(dueYear) : null,
        current: dueYear === currentYear || currentYear > lastYear ? null : reportYear(currentYear),
      },
      inspections: {
        every: inspectionEvery,
        source: profile.inspection?.source ?? null,
        last: inspections[0]
          ? {
              inspectedOn: inspections[0].inspected_on,
              inspector: inspections[0].inspector,
              findings: inspections[0].findings,
            }
          : null,
        doneThisPeriod: inspectionStatus.doneThisPeriod,
        nextDueBy: inspectionStatus.nextDueBy,
        overdue: inspectionStatus.overdue,
      },
      spotChecks: (({ every, lastCheckOn, doneThisPeriod, nextDueBy, overdue }) => ({
        every,
        source: profile.spotCheck.source,
        lastCheckOn,
        doneThisPeriod,
        nextDueBy,
        overdue,
      }))(
        spotCheckStatus(
          profile.spotCheck.every,
          spotChecks.map((c) => c.drawn_on),
          asOf,
        ),
      ),
    });
  }
  return {
    asOf,
    plans: out,
    late: {
      tasks: out.reduce((n, p) => n + p.tasks.late.length, 0),
      reports: out.reduce((n, p) => n + (p.reports.lastDue?.late.length ?? 0), 0),
      inspections: out.filter((p) => p.inspections.overdue).length,
      spotChecks: out.filter((p) => p.spotChecks.overdue).length,
    },
  };
}
