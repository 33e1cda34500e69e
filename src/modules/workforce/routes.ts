// /api/v1/workforce — the ledger of child directors and supervisors, trainings, evaluations, coverage.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flag, idParams, regionCode } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { InputError } from '../../shared/errors.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import {
  coverageReportSchema,
  ledgerPageSchema,
  personFileSchema,
  trainingCoverageSchema,
  trainingListSchema,
  trainingSchema,
  workforceImportSchema,
} from './api-schemas.ts';
import { WORKER_ROLES } from './codes.ts';
import { importDirectors } from './import.ts';
import { coverageFor, getPerson, listLedger } from './ledger.ts';
import {
  accountCandidates,
  addPost,
  addTrainingRecord,
  createPerson,
  endPost,
  setEvaluation,
  updatePerson,
} from './people.ts';
import {
  attendeesInput,
  endPostInput,
  evaluationInput,
  personInput,
  personPatch,
  postInput,
  trainingInput,
  trainingRecordInput,
} from './schemas.ts';
import { attachment } from '../../shared/http/attachment.ts';
import { reportDownloadName, reportFileName } from '../reports/index.ts';
import { directorWorkload } from './workload.ts';
import { workloadXlsx } from './workload-xlsx.ts';
import { addAttendees, createTraining, getTraining, listTrainings, trainingCoverage } from './trainings.ts';

const region = regionCode.optional();
const year = z.coerce.number().int().min(2000).max(2100);
const ok = z.object({ ok: z.literal(true) });
const WORKFORCE_FILE_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/x-ndjson',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export async function workforceRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workforce'];

  // Import files arrive as the raw body (the web page sends the file as is), named by ?fileName=.
  app.addContentTypeParser([...WORKFORCE_FILE_TYPES], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  r.get(
    '/api/v1/workforce/ledger',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary: '儿童主任信息台账（按辖区、角色、在岗情况、本年未培训、未做入职查询筛选）',
        tags,
        querystring: z.object({
          region,
          role: z.enum(WORKER_ROLES).optional(),
          status: z.enum(['active', 'ended', 'all']).optional(),
          asOf: isoDate.optional(),
          q: z.string().max(50).optional(),
          untrained: flag.optional(),
          noBackgroundCheck: flag.optional(),
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(500).optional(),
          fullIdNumber: flag.optional(),
        }),
        response: { 200: ledgerPageSchema },
      },
    },
    async (request) => listLedger(serviceContext(app, request), request.query),
  );

  r.post(
    '/api/v1/workforce/people',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '登记儿童主任或儿童督导员（含首个任职、培训日期、入职查询）',
        tags,
        body: personInput,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPerson(serviceContext(app, request), request.body)),
  );

  r.post(
    '/api/v1/workforce/import',
    {
      config: { permission: 'workforce.manage', takesFile: true, fileTypes: WORKFORCE_FILE_TYPES },
      schema: {
        summary: '导入台账文件（请求体为文件本身；fileName 给出 .ndjson/.csv/.xlsx 文件名）',
        tags,
        querystring: z.object({ fileName: z.string().min(1).max(200), skipInvalid: flag.optional() }),
        response: { 200: workforceImportSchema },
      },
    },
    async (request) => {
      const ctx = serviceContext(app, request);
      const body = request.body;
      if (!Buffer.isBuffer(body))
        throw new InputError('请求体应为文件内容（application/octet-stream）', { field: 'body' });
      return importDirectors(
        ctx.db,
        ctx.actor,
        { buffer: body, name: request.query.fileName },
        {
          today: ctx.today,
          deploymentRegion: ctx.deploymentRegion,
          skipInvalid: request.query.skipInvalid,
        },
      );
    },
  );

  r.get(
    '/api/v1/workforce/people/:id',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary: '人员档案：任职、入职查询、培训档案、年度评价',
        tags,
        params: idParams,
        querystring: z.object({ fullIdNumber: flag.optional() }),
        response: { 200: personFileSchema },
      },
    },
    async (request) =>
      getPerson(serviceContext(app, request), request.params.id, {
        fullIdNumber: request.query.fullIdNumber,
      }),
  );

  r.patch(
    '/api/v1/workforce/people/:id',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '修改人员信息、入职查询结果、关联账号',
        tags,
        params: idParams,
        body: personPatch,
        response: { 200: ok },
      },
    },
    async (request) => {
      await updatePerson(serviceContext(app, request), request.params.id, request.body);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/v1/workforce/people/:id/accounts',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '可关联的系统账号（与此人某一任职的角色和区划相同；已关联他人的排在后面）',
        tags,
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                username: z.string(),
                displayName: z.string(),
                phone: z.string().nullable(),
                role: z.enum(WORKER_ROLES),
                regionCode: z.string(),
                linkedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await accountCandidates(serviceContext(app, request), request.params.id) }),
  );

  r.post(
    '/api/v1/workforce/people/:id/posts',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '新增任职（调任时原任职于前一日结束）',
        tags,
        params: idParams,
        body: postInput,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addPost(serviceContext(app, request), request.params.id, request.body)),
  );

  r.post(
    '/api/v1/workforce/posts/:id/end',
    {
      config: { permission: 'workforce.manage' },
      schema: { summary: '离任', tags, params: idParams, body: endPostInput, response: { 200: ok } },
    },
    async (request) => {
      await endPost(serviceContext(app, request), request.params.id, request.body.endedOn);
      return { ok: true as const };
    },
  );

  r.put(
    '/api/v1/workforce/people/:id/evaluations/:year',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '年度工作评价（优秀、称职、基本称职、不称职）',
        tags,
        params: idParams.extend({ year }),
        body: evaluationInput,
        response: { 200: ok },
      },
    },
    async (request) => {
      await setEvaluation(serviceContext(app, request), request.params.id, request.params.year, request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/workforce/people/:id/trainings',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '在培训档案中记一次培训',
        tags,
        params: idParams,
        body: trainingRecordInput,
        response: { 201: ok },
      },
    },
    async (request, reply) => {
      await addTrainingRecord(serviceContext(app, request), request.params.id, request.body);
      return reply.code(201).send({ ok: true as const });
    },
  );

  r.get(
    '/api/v1/workforce/coverage',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary: '儿童主任配备：每个有服务对象或儿童主任的村（社区）应配、实配、缺额、本年未培训',
        tags,
        querystring: z.object({ region, asOf: isoDate.optional() }),
        response: { 200: coverageReportSchema },
      },
    },
    async (request) => coverageFor(serviceContext(app, request), request.query.region, request.query.asOf),
  );

  const workloadQuery = z.object({
    region,
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份应为“年-月”，如 2026-12' })
      .optional(),
  });
  const workloadRow = z.object({
    personId: z.string(),
    name: z.string(),
    villageCode: z.string(),
    villageName: z.string().nullable(),
    townshipName: z.string().nullable(),
    hasAccount: z.boolean(),
    lastSignInAt: z.string().nullable(),
    visits: z.number().nullable(),
    contacts: z.number().nullable(),
    targetChildren: z.number(),
    overdue: z.number(),
    neverVisited: z.number(),
  });

  r.get(
    '/api/v1/workforce/workload',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary:
          '儿童主任工作量：每名在岗儿童主任该月走访、联系次数，本村逾期、从未走访人数（本月为今日，往月为月末）与最近登录（只含数字）',
        tags,
        querystring: workloadQuery,
        response: {
          200: z.object({
            region: z.object({ code: z.string(), name: z.string() }),
            month: z.string(),
            from: z.string(),
            to: z.string(),
            asOf: z.string(),
            figuresOn: z.enum(['today', 'month_end']).meta({
              description:
                '服务对象、逾期、从未走访的口径：today 为今日工作清单；month_end 为该月末日按走访联系记录回溯',
            }),
            directors: z.array(workloadRow),
            totals: z.object({
              directors: z.number(),
              withoutAccount: z.number(),
              visits: z.number(),
              contacts: z.number(),
              neverSignedIn: z.number(),
            }),
          }),
        },
      },
    },
    async (request) => directorWorkload(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/workforce/workload.xlsx',
    {
      config: { permission: 'workforce.read' },
      schema: { summary: '儿童主任工作量（Excel）', tags, querystring: workloadQuery },
    },
    async (request, reply) => {
      const report = await directorWorkload(serviceContext(app, request), request.query);
      const buffer = await workloadXlsx(report);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          attachment(
            reportFileName('workload', report.region.code, report.month),
            reportDownloadName('workload', report.region.name, report.month),
          ),
        )
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );

  r.get(
    '/api/v1/workforce/trainings',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary: '培训列表',
        tags,
        querystring: z.object({ region, year: year.optional() }),
        response: { 200: trainingListSchema },
      },
    },
    async (request) => listTrainings(serviceContext(app, request), request.query),
  );

  r.post(
    '/api/v1/workforce/trainings',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '登记培训（示范培训、全覆盖培训、技能大赛）及参加人员',
        tags,
        body: trainingInput,
        response: { 201: z.object({ id: z.string(), attendees: z.number() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createTraining(serviceContext(app, request), request.body)),
  );

  r.get(
    '/api/v1/workforce/trainings/:id',
    {
      config: { permission: 'workforce.read' },
      schema: { summary: '培训及参加人员', tags, params: idParams, response: { 200: trainingSchema } },
    },
    async (request) => getTraining(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/workforce/trainings/:id/attendees',
    {
      config: { permission: 'workforce.manage' },
      schema: {
        summary: '补登参加人员',
        tags,
        params: idParams,
        body: attendeesInput,
        response: { 200: z.object({ added: z.number() }) },
      },
    },
    async (request) => addAttendees(serviceContext(app, request), request.params.id, request.body),
  );

  r.get(
    '/api/v1/workforce/training-coverage',
    {
      config: { permission: 'workforce.read' },
      schema: {
        summary: '年度培训覆盖：每县在岗人员中本年参加过培训的人数（每年全覆盖）',
        tags,
        querystring: z.object({ region, year: year.optional() }),
        response: { 200: trainingCoverageSchema },
      },
    },
    async (request) => trainingCoverage(serviceContext(app, request), request.query),
  );
}
