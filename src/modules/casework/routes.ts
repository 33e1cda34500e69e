// /api/v1/children/:id/contacts, /work-logs, /interventions — the casework kept in a child's file.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { interventionInput } from '../children/index.ts';
import { childParams, itemsOf } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { contactRecordedSchema, contactSchema, interventionSchema, workLogSchema } from './api-schemas.ts';
import { listContacts, recordContact } from './contacts.ts';
import { addIntervention, listInterventions } from './interventions.ts';
import { contactInput, workLogInput } from './schemas.ts';
import { addWorkLog, listWorkLogs } from './work-log.ts';

export async function caseworkRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['casework'];

  r.post(
    '/api/v1/children/:id/contacts',
    {
      config: { permission: 'child.write' },
      schema: {
        summary:
          '记录入户走访或电话、视频联系（七项发现；可新增或消除情形），同时重新评估并返回新的等级和下次到期日',
        tags,
        params: childParams,
        body: contactInput,
        // 200: the client id was already stored, the earlier record is answered (an outbox sent again).
        response: { 200: contactRecordedSchema, 201: contactRecordedSchema },
      },
    },
    async (request, reply) => {
      const recorded = await recordContact(serviceContext(app, request), request.params.id, request.body);
      return reply.code(recorded.replayed ? 200 : 201).send(recorded);
    },
  );

  r.get(
    '/api/v1/children/:id/contacts',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '走访和联系记录（最新在前）',
        tags,
        params: childParams,
        response: { 200: itemsOf(contactSchema) },
      },
    },
    async (request) => ({ items: await listContacts(serviceContext(app, request), request.params.id) }),
  );

  r.post(
    '/api/v1/children/:id/work-logs',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '记录工作日志',
        tags,
        params: childParams,
        body: workLogInput,
        response: { 200: workLogSchema, 201: workLogSchema },
      },
    },
    async (request, reply) => {
      const { replayed, log } = await addWorkLog(
        serviceContext(app, request),
        request.params.id,
        request.body,
      );
      return reply.code(replayed ? 200 : 201).send(log);
    },
  );

  r.get(
    '/api/v1/children/:id/work-logs',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '工作日志（最新在前）',
        tags,
        params: childParams,
        response: { 200: itemsOf(workLogSchema) },
      },
    },
    async (request) => ({ items: await listWorkLogs(serviceContext(app, request), request.params.id) }),
  );

  r.post(
    '/api/v1/children/:id/interventions',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '记录帮扶干预（救助保障、安置、心理疏导、转介等）',
        tags,
        params: childParams,
        body: interventionInput,
        response: { 201: interventionSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addIntervention(serviceContext(app, request), request.params.id, request.body)),
  );

  r.get(
    '/api/v1/children/:id/interventions',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '帮扶干预记录（最新在前）',
        tags,
        params: childParams,
        response: { 200: itemsOf(interventionSchema) },
      },
    },
    async (request) => ({ items: await listInterventions(serviceContext(app, request), request.params.id) }),
  );
}
