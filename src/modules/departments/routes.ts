// /api/v1/departments — departments as organisations of a county (the inbox is department-inbox's).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { countyCode } from '../../shared/zod-fields.ts';
import { DEPARTMENT_KINDS, DEPARTMENT_KIND_NAMES } from '../../domain/department-kinds.ts';
import { timedContext } from '../../server/context.ts';
import { departmentGaps } from './gaps.ts';
import { departmentInput, departmentKind, departmentPatch, departmentViewSchema } from './schemas.ts';
import {
  createDepartment,
  findDepartment,
  departmentView,
  listDepartments,
  updateDepartment,
} from './service.ts';

const params = z.object({ id: z.uuid({ error: '部门编号无效' }) });

export async function departmentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['departments'];

  r.get(
    '/api/v1/departments/kinds',
    {
      config: { permission: 'authenticated' },
      schema: {
        summary: '部门类别',
        tags,
        response: {
          200: z.object({ items: z.array(z.object({ kind: z.enum(DEPARTMENT_KINDS), name: z.string() })) }),
        },
      },
    },
    async () => ({ items: DEPARTMENT_KINDS.map((kind) => ({ kind, name: DEPARTMENT_KIND_NAMES[kind] })) }),
  );

  r.get(
    '/api/v1/departments',
    {
      config: { permission: 'department.read' },
      schema: {
        summary: '本县（或辖区内各县）的部门',
        tags,
        querystring: z.object({
          county: countyCode.optional(),
          kind: departmentKind.optional(),
          includeDisabled: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(departmentViewSchema) }) },
      },
    },
    async (request) => ({ items: await listDepartments(timedContext(app, request), request.query) }),
  );

  r.get(
    '/api/v1/departments/gaps',
    {
      config: { permission: 'department.read' },
      schema: {
        summary: '报送所需但本县尚未登记的部门类别',
        tags,
        querystring: z.object({
          county: countyCode.optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                countyCode: z.string(),
                countyName: z.string().nullable(),
                kind: z.enum(DEPARTMENT_KINDS),
                kindName: z.string(),
                findings: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await departmentGaps(app.ctx.database.db, timedContext(app, request).actor, request.query),
    }),
  );

  r.post(
    '/api/v1/departments',
    {
      config: { permission: 'department.manage' },
      schema: {
        summary: '登记部门（县级区划、类别、名称）',
        tags,
        body: departmentInput,
        response: { 201: departmentViewSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createDepartment(timedContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/departments/:id',
    {
      config: { permission: 'department.read' },
      schema: { summary: '部门', tags, params, response: { 200: departmentViewSchema } },
    },
    async (request) =>
      departmentView(
        await findDepartment(app.ctx.database.db, timedContext(app, request).actor, request.params.id),
      ),
  );

  r.patch(
    '/api/v1/departments/:id',
    {
      config: { permission: 'department.manage' },
      schema: {
        summary: '修改部门（名称、联系人、电话、停用）',
        tags,
        params,
        body: departmentPatch,
        response: { 200: departmentViewSchema },
      },
    },
    async (request) => updateDepartment(timedContext(app, request), request.params.id, request.body),
  );
}
