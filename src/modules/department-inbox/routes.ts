// /api/v1/departments/inbox — what a department has to act on: referrals sent to it, conference actions it
// owns, lists shared with it. A module of its own, on top of departments, referrals, conferences and list
// sharing, so that none of those has to know about the others (issue 21.2: departments was a hub).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LEVELS } from '../../domain/codes.ts';
import { timedContext } from '../../server/context.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { actionViewSchema } from '../conferences/index.ts';
import { departmentViewSchema } from '../departments/index.ts';
import { referralSummarySchema, REFERRAL_STATUSES } from '../referrals/index.ts';
import { departmentInbox } from './inbox.ts';

export async function departmentInboxRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['departments'];

  r.get(
    '/api/v1/departments/inbox',
    {
      config: { permission: 'department.inbox' },
      schema: {
        summary: '部门收件箱：报送给本部门的（逾期的在前，其次最新的）、本部门的会商任务、当前有效的名单通报',
        tags,
        querystring: z.object({
          status: z.enum([...REFERRAL_STATUSES, 'open', 'all']).optional(),
          asOf: isoDate.optional(),
        }),
        response: {
          200: z.object({
            asOf: z.string(),
            departments: z.array(departmentViewSchema),
            referrals: z.array(referralSummarySchema),
            actions: z.array(actionViewSchema),
            listShares: z.array(
              z.object({
                id: z.string(),
                countyCode: z.string(),
                sharedOn: z.string(),
                validUntil: z.string(),
                childCount: z.number(),
                levels: z.array(z.enum(LEVELS)),
              }),
            ),
            counts: z.object({
              referralsOpen: z.number(),
              referralsOverdue: z.number(),
              actionsOpen: z.number(),
              actionsOverdue: z.number(),
            }),
          }),
        },
      },
    },
    async (request) => departmentInbox(timedContext(app, request), request.query),
  );
}
