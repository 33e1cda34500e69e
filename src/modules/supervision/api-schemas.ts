// What the supervision API answers, for the OpenAPI document and the server's check of its own responses.
import { z } from 'zod';

const date = z.string().describe('日期 YYYY-MM-DD');
const phaseKey = z.enum(['deployment', 'screening', 'advancement', 'consolidation']);
const unitReport = z.object({ unitId: z.string(), name: z.string(), submittedOn: date.nullable() });
const reportYear = z.object({
  year: z.number().int(),
  deadline: date,
  deadlineSource: z.string().nullable(),
  units: z.number().int(),
  submitted: z.number().int(),
  submittedLate: z.array(unitReport),
  late: z.array(unitReport),
  pending: z.array(unitReport),
});

// What names a plan wherever plans are listed.
const planHeader = {
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  policy: z.string(),
  title: z.string(),
};

export const supervisionOverviewSchema = z.object({
  asOf: date,
  plans: z.array(
    z.object({
      ...planHeader,
      phases: z.array(
        z.object({
          key: phaseKey,
          name: z.string(),
          startsOn: date.nullable(),
          endsOn: date,
          source: z.string().nullable(),
          state: z.enum(['past', 'current', 'future']),
        }),
      ),
      currentPhase: z.object({ key: phaseKey, name: z.string(), endsOn: date }).nullable(),
      ended: z.boolean(),
      tasks: z.object({
        total: z.number().int(),
        done: z.number().int(),
        open: z.number().int(),
        late: z.array(
          z.object({
            id: z.string(),
            taskNo: z.number().int(),
            title: z.string(),
            actionTitle: z.string(),
            dueOn: date,
            dueFromPlan: z.boolean().describe('任务未定期限，按方案结束日计'),
            daysLate: z.number().int(),
            units: z.array(z.string()),
          }),
        ),
      }),
      reports: z.object({
        rule: z
          .object({ due: z.string().describe('MM-DD'), text: z.string(), source: z.string() })
          .nullable(),
        lastDue: reportYear.nullable(),
        current: reportYear.nullable(),
      }),
      inspections: z.object({
        every: z.string().describe('ISO 8601 时长'),
        source: z.string().nullable(),
        last: z.object({ inspectedOn: date, inspector: z.string(), findings: z.string() }).nullable(),
        doneThisPeriod: z.boolean(),
        nextDueBy: date,
        overdue: z.boolean(),
      }),
      spotChecks: z.object({
        every: z.string().describe('ISO 8601 时长'),
        source: z.string(),
        lastCheckOn: date.nullable(),
        doneThisPeriod: z.boolean(),
        nextDueBy: date,
        overdue: z.boolean(),
      }),
    }),
  ),
  late: z.object({
    tasks: z.number().int(),
    reports: z.number().int(),
    inspections: z.number().int(),
    spotChecks: z.number().int(),
  }),
});

export const templateListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      source: z.string(),
      tasks: z.number().int(),
      own: z.boolean().describe('本辖区政策文件自己的清单'),
    }),
  ),
});

export const planListSchema = z.object({
  items: z.array(
    z.object({
      ...planHeader,
      template: z.string().nullable(),
    }),
  ),
});

export const planSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  policy: z.string(),
  title: z.string(),
  template: z.string().nullable(),
  phases: z.array(
    z.object({
      key: phaseKey,
      name: z.string(),
      startsOn: date.nullable(),
      endsOn: date,
      text: z.string().nullable(),
      source: z.string().nullable(),
    }),
  ),
  actions: z.array(
    z.object({
      no: z.number().int(),
      title: z.string(),
      tasks: z.array(
        z.object({
          id: z.string(),
          no: z.number().int(),
          title: z.string(),
          source: z.string().nullable(),
          dueOn: date.nullable(),
          status: z.enum(['open', 'done']),
          doneOn: date.nullable(),
          note: z.string().nullable(),
          measures: z.array(
            z.object({ seq: z.number().int(), text: z.string(), units: z.array(z.string()) }),
          ),
        }),
      ),
    }),
  ),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  reports: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string().nullable(),
      year: z.number().int(),
      submittedOn: date,
      content: z.string(),
      submittedBy: z.string(),
    }),
  ),
  inspections: z.array(
    z.object({
      id: z.string(),
      inspectedOn: date,
      inspector: z.string(),
      regionCode: z.string().nullable(),
      method: z.string().nullable(),
      findings: z.string(),
      followUp: z.string().nullable(),
    }),
  ),
});
