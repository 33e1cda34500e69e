// /api/v1/conferences, /api/v1/children/:id/conferences and /api/v1/actions/mine — 个案会商 and its actions.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { childParams, regionCode, text } from '../../shared/zod-fields.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { timedContext } from '../../server/context.ts';
import { ACTION_STATUSES } from './action-status.ts';
import { myActions } from './actions.ts';
import {
  addActions,
  childConferences,
  closeConference,
  createConference,
  getConference,
  listConferences,
  recordConference,
  updateAction,
} from './service.ts';

const participant = z.object({
  departmentId: z.uuid({ error: '部门编号无效' }).nullish(),
  name: text(50).nullish(),
  unit: text(100).nullish(),
});

const action = z.object({
  description: text(2000).min(1, { error: '请写明任务内容' }),
  ownerDepartmentId: z.uuid({ error: '部门编号无效' }).nullish(),
  ownerUserId: z.uuid({ error: '账号编号无效' }).nullish(),
  dueOn: isoDate,
});

export const actionViewSchema = z.object({
  id: z.string(),
  conferenceId: z.string(),
  childId: z.string(),
  description: z.string(),
  owner: z.object({
    type: z.enum(['department', 'user']),
    id: z.string(),
    name: z.string(),
    kindName: z.string().nullable(),
  }),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  statusName: z.string(),
  overdue: z.boolean(),
  daysOverdue: z.number(),
  result: z.string().nullable(),
  doneOn: z.string().nullable(),
  conference: z.object({ topic: z.string(), heldOn: z.string() }),
  child: z.object({
    name: z.string(),
    gender: z.string().nullable(),
    age: z.number(),
    villageName: z.string().nullable(),
  }),
});

const conferenceView = z.object({
  id: z.string(),
  childId: z.string(),
  child: z.object({ name: z.string(), villageName: z.string().nullable() }),
  topic: z.string(),
  heldOn: z.string(),
  location: z.string().nullable(),
  status: z.enum(['planned', 'held', 'closed']),
  statusName: z.string(),
  decisions: z.string().nullable(),
  convenedByName: z.string(),
  closedOn: z.string().nullable(),
  participants: z.array(
    z.object({
      departmentId: z.string().nullable(),
      departmentName: z.string().nullable(),
      kindName: z.string().nullable(),
      name: z.string().nullable(),
      unit: z.string().nullable(),
    }),
  ),
  actions: z.array(actionViewSchema),
});

const conferenceParams = z.object({ id: z.uuid({ error: '会商编号无效' }) });

export async function conferenceRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['conferences'];

  r.post(
    '/api/v1/children/:id/conferences',
    {
      config: { permission: 'conference.manage' },
      schema: {
        summary: '组织个案会商（参会部门和人员、日期、会商决定、分派任务）',
        tags,
        params: childParams,
        body: z.object({
          topic: text(200).min(1, { error: '请写明会商议题' }),
          heldOn: isoDate,
          location: text(200).nullish(),
          participants: z.array(participant).min(1, { error: '请列出参会部门或人员' }).max(50),
          decisions: text(4000).nullish(),
          actions: z.array(action).max(50).optional(),
        }),
        response: { 201: conferenceView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createConference(timedContext(app, request), request.params.id, request.body)),
  );

  r.get(
    '/api/v1/children/:id/conferences',
    {
      config: { permission: 'conference.read' },
      schema: {
        summary: '儿童档案中的个案会商',
        tags,
        params: childParams,
        response: { 200: z.object({ items: z.array(conferenceView) }) },
      },
    },
    async (request) => childConferences(timedContext(app, request), request.params.id),
  );

  r.get(
    '/api/v1/conferences',
    {
      config: { permission: 'conference.read' },
      schema: {
        summary: '辖区内的个案会商',
        tags,
        querystring: z.object({
          status: z.enum(['planned', 'held', 'closed']).optional(),
          region: regionCode.optional(),
        }),
        response: { 200: z.object({ items: z.array(conferenceView) }) },
      },
    },
    async (request) => listConferences(timedContext(app, request), request.query),
  );

  r.get(
    '/api/v1/conferences/:id',
    {
      config: { permission: 'conference.read' },
      schema: { summary: '个案会商详情', tags, params: conferenceParams, response: { 200: conferenceView } },
    },
    async (request) => getConference(timedContext(app, request), request.params.id),
  );

  r.patch(
    '/api/v1/conferences/:id',
    {
      config: { permission: 'conference.manage' },
      schema: {
        summary: '记录会商决定（即已召开），或更正议题、日期、地点、参会者',
        tags,
        params: conferenceParams,
        body: z.object({
          topic: text(200).optional(),
          heldOn: isoDate.optional(),
          location: text(200).nullable().optional(),
          decisions: text(4000).nullable().optional(),
          participants: z.array(participant).min(1).max(50).optional(),
        }),
        response: { 200: conferenceView },
      },
    },
    async (request) => recordConference(timedContext(app, request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/conferences/:id/actions',
    {
      config: { permission: 'conference.manage' },
      schema: {
        summary: '分派任务（责任部门或责任人、期限）',
        tags,
        params: conferenceParams,
        body: z.object({ actions: z.array(action).min(1).max(50) }),
        response: { 200: conferenceView },
      },
    },
    async (request) => addActions(timedContext(app, request), request.params.id, request.body.actions),
  );

  r.patch(
    '/api/v1/conferences/:id/actions/:actionId',
    {
      config: { permission: 'conference.action.update' },
      schema: {
        summary: '更新任务状态（责任人：办理中、已完成；组织方另可取消、重新打开）',
        tags,
        params: z.object({
          id: z.uuid({ error: '会商编号无效' }),
          actionId: z.uuid({ error: '任务编号无效' }),
        }),
        body: z.object({ status: z.enum(ACTION_STATUSES), result: text(4000).nullish() }),
        response: { 200: actionViewSchema },
      },
    },
    async (request) =>
      updateAction(timedContext(app, request), request.params.id, request.params.actionId, request.body),
  );

  r.post(
    '/api/v1/conferences/:id/close',
    {
      config: { permission: 'conference.manage' },
      schema: {
        summary: '结束会商（任务均已完成或取消）',
        tags,
        params: conferenceParams,
        body: z.object({ note: text(2000).nullish() }).default({}),
        response: { 200: conferenceView },
      },
    },
    async (request) => closeConference(timedContext(app, request), request.params.id, request.body),
  );

  r.get(
    '/api/v1/actions/mine',
    {
      config: { permission: 'authenticated' },
      schema: {
        summary: '我的任务：分派给我（及我所答复的部门）的会商任务，逾期的在前',
        tags,
        querystring: z.object({
          status: z.enum(['open', 'all']).optional(),
          asOf: isoDate.optional(),
        }),
        response: { 200: z.object({ asOf: z.string(), items: z.array(actionViewSchema) }) },
      },
    },
    async (request) => myActions(timedContext(app, request), request.query),
  );
}
