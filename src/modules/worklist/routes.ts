// /api/v1/worklist — due and overdue visits and contacts of the actor's children, and their roll-up.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCode } from '../../shared/zod-fields.ts';
import { LEVELS } from '../../domain/codes.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { getWorklistSummary } from './summary.ts';
import { getWorklist } from './worklist.ts';

const region = regionCode.optional();
const date = z.string().nullable();
const levels = z.enum(LEVELS).nullable();

const worklistItem = z.object({
  childId: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  /** A restricted file (敏感个案) whose details the reader may not see: the name is masked. */
  restricted: z.boolean(),
  age: z.number(),
  villageCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  level: levels,
  /** A rural single-parent child kept on the worklist at the green schedule, not a target child. */
  watch: z.boolean(),
  immediate: z.boolean(),
  dueKind: z.enum(['immediate', 'visit', 'contact']).nullable(),
  redFollowUp: z.boolean(),
  nextDue: date,
  overdue: z.boolean(),
  daysOverdue: z.number(),
  nextVisitDue: date,
  visitDaysOverdue: z.number(),
  nextContactDue: date,
  contactDaysOverdue: z.number(),
  lastVisitOn: date,
  lastContactOn: date,
  neverVisited: z.boolean(),
});

const counts = z.object({
  targetChildren: z.number(),
  levels: z.object({ red: z.number(), yellow: z.number(), blue: z.number(), green: z.number() }),
  overdue: z.number(),
  overdueVisits: z.number(),
  overdueContacts: z.number(),
  dueWithin7Days: z.number(),
  neverVisited: z.number(),
  awaitingHandling: z.number().meta({ description: '红色待立即处置（尚未报案并记录干预）的儿童数' }),
});

const regionLevel = z.enum(['province', 'city', 'county', 'township', 'village']);

export async function worklistRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['worklist'];

  r.get(
    '/api/v1/worklist',
    {
      config: { permission: 'worklist.read' },
      schema: {
        summary: '工作清单：辖区内关爱服务对象的走访、联系到期情况（逾期最久的在前，再按到期日）',
        tags,
        querystring: z.object({
          asOf: isoDate.optional(),
          region,
          dueWithinDays: z.coerce.number().int().min(0).max(366).optional(),
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(200).optional(),
        }),
        response: {
          200: z.object({
            asOf: z.string(),
            region: z.string(),
            total: z.number(),
            overdue: z.number(),
            page: z.number(),
            pageSize: z.number(),
            items: z.array(worklistItem),
          }),
        },
      },
    },
    async (request) => getWorklist(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/worklist/summary',
    {
      config: { permission: 'worklist.read' },
      schema: {
        summary:
          '工作清单汇总：按下一级区划统计服务对象、各等级人数、逾期走访、逾期联系、7日内到期、从未走访',
        tags,
        querystring: z.object({ asOf: isoDate.optional(), region }),
        response: {
          200: z.object({
            asOf: z.string(),
            region: z.string(),
            regionName: z.string().nullable(),
            level: regionLevel.nullable(),
            rowLevel: regionLevel,
            rows: z.array(counts.extend({ regionCode: z.string(), regionName: z.string().nullable() })),
            total: counts,
          }),
        },
      },
    },
    async (request) => getWorklistSummary(serviceContext(app, request), request.query),
  );
}
