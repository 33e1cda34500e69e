// /api/v1/imports/children — importing children from the web app: a multipart upload (field `file`) or the
// raw file as the body with ?fileName=; ?dryRun=true judges without writing and previews the first
// records; ?skipInvalid=true imports the valid records. GET …/template.xlsx is the workbook to fill in.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { flag } from '../../shared/zod-fields.ts';
import { serviceContext } from '../../server/context.ts';
import { InputError } from '../../shared/errors.ts';
import { importOutcomeSchema, importRefusedSchema } from './api-schemas.ts';
import { attachment } from '../../shared/http/attachment.ts';
import { importErrorWorkbook } from './error-report.ts';
import { importChildren } from './service.ts';
import { TEMPLATE_DOWNLOAD_NAME, templateWorkbook } from './template.ts';

/** The same ceiling as the server's JSON bodies: about 100,000 children in NDJSON. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RAW_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/x-ndjson',
  'application/jsonl',
  XLSX_TYPE,
];

async function uploaded(
  request: FastifyRequest,
  fileName: string | undefined,
): Promise<{ buffer: Buffer; name: string }> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw new InputError('请上传文件（表单字段 file）', { field: 'file' });
    const buffer = await part.toBuffer();
    return { buffer, name: fileName ?? part.filename };
  }
  if (!Buffer.isBuffer(request.body))
    throw new InputError('请以 multipart/form-data 上传文件，或以文件内容为请求体并给出 fileName', {
      field: 'file',
    });
  if (!fileName)
    throw new InputError('以文件内容为请求体时须给出 fileName（如 children.xlsx）', { field: 'fileName' });
  return { buffer: request.body, name: fileName };
}

export async function importRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1 } });
  app.addContentTypeParser(
    RAW_TYPES,
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];

  r.post(
    '/api/v1/imports/children',
    {
      config: {
        permission: 'child.import',
        takesFile: true,
        fileTypes: ['multipart/form-data', ...RAW_TYPES],
      },
      schema: {
        summary:
          '导入儿童（multipart 表单字段 file，或以文件内容为请求体并给出 fileName）：.ndjson、.csv、.xlsx；dryRun=true 只检查并预览，skipInvalid=true 只导入无误的记录',
        tags,
        querystring: z.object({
          fileName: z.string().min(1).max(200).optional(),
          dryRun: flag.optional(),
          skipInvalid: flag.optional(),
        }),
        response: { 200: importOutcomeSchema, 400: importRefusedSchema },
      },
    },
    async (request, reply) => {
      const file = await uploaded(request, request.query.fileName);
      const outcome = await importChildren(serviceContext(app, request), {
        source: { buffer: file.buffer, name: file.name },
        fileName: file.name,
        dryRun: request.query.dryRun === true,
        skipInvalid: request.query.skipInvalid === true,
      });
      if (!outcome.dryRun && !outcome.committed)
        // All or nothing: the file was refused, and the answer lists every problem.
        return reply.code(400).send({
          error: {
            code: 'bad_input',
            message:
              `${outcome.rejected} 条记录有误，未导入任何记录` +
              (outcome.omittedProblems
                ? `（列出前 ${outcome.problems.length} 处问题，另有 ${outcome.omittedProblems} 处未列出）`
                : ''),
            details: {
              rejected: outcome.rejected,
              errors: outcome.problems,
              omittedErrors: outcome.omittedProblems,
            },
          },
        });
      const { problems, omittedProblems, ...rest } = outcome;
      return { ...rest, errors: problems, omittedErrors: omittedProblems };
    },
  );

  r.post(
    '/api/v1/imports/children/errors.xlsx',
    {
      config: { permission: 'child.import', takesFile: true },
      schema: {
        summary:
          '有误的行（Excel）：与导入相同的上传；只检查、不写入，返回原文件中有误的各行，每行旁边写明原因；每次下载均记录在案',
        tags,
        querystring: z.object({ fileName: z.string().min(1).max(200).optional() }),
      },
    },
    async (request, reply) => {
      const file = await uploaded(request, request.query.fileName);
      const { buffer } = await importErrorWorkbook(serviceContext(app, request), file);
      const stem = file.name.replace(/\.[^.]*$/, '');
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachment('import-errors.xlsx', `${stem}-有误的行.xlsx`))
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );

  r.get(
    '/api/v1/imports/children/template.xlsx',
    {
      config: { permission: 'authenticated' },
      schema: { summary: '儿童导入模板（Excel：列名、示例行、填写说明与代码表）', tags },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename="children-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(TEMPLATE_DOWNLOAD_NAME)}`,
        )
        .send(await templateWorkbook()),
  );
}
