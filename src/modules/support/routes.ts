// /api/v1/children/:id/assistance and /school-returns: what Annex 1 counts as 已落实保障 and 已复学复读.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import { childParams, itemsOf } from '../../shared/zod-fields.ts';
import {
  addAssistance,
  addSchoolReturn,
  assistanceEnd,
  assistanceInput,
  assistanceSchema,
  endAssistance,
  listAssistance,
  listSchoolReturns,
  schoolReturnInput,
  schoolReturnSchema,
} from './support.ts';

const assistanceParams = childParams.extend({ assistanceId: z.uuid({ error: '保障记录编号无效' }) });

export async function supportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['casework'];

  r.post(
    '/api/v1/children/:id/assistance',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '记录已落实的保障（低保、特困、基本生活保障、医保、医疗救助、康复救助等，含起止日期）',
        tags,
        params: childParams,
        body: assistanceInput,
        response: { 201: assistanceSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addAssistance(serviceContext(app, request), request.params.id, request.body)),
  );

  r.patch(
    '/api/v1/children/:id/assistance/:assistanceId',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '记录保障的结束日期',
        tags,
        params: assistanceParams,
        body: assistanceEnd,
        response: { 200: assistanceSchema },
      },
    },
    async (request) =>
      endAssistance(
        serviceContext(app, request),
        request.params.id,
        request.params.assistanceId,
        request.body,
      ),
  );

  r.get(
    '/api/v1/children/:id/assistance',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '已落实的保障记录',
        tags,
        params: childParams,
        response: { 200: itemsOf(assistanceSchema) },
      },
    },
    async (request) => ({ items: await listAssistance(serviceContext(app, request), request.params.id) }),
  );

  r.post(
    '/api/v1/children/:id/school-returns',
    {
      config: { permission: 'child.write' },
      schema: {
        summary: '记录复学或复读',
        tags,
        params: childParams,
        body: schoolReturnInput,
        response: { 201: schoolReturnSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addSchoolReturn(serviceContext(app, request), request.params.id, request.body)),
  );

  r.get(
    '/api/v1/children/:id/school-returns',
    {
      config: { permission: 'child.read' },
      schema: {
        summary: '复学复读记录',
        tags,
        params: childParams,
        response: { 200: itemsOf(schoolReturnSchema) },
      },
    },
    async (request) => ({ items: await listSchoolReturns(serviceContext(app, request), request.params.id) }),
  );
}
