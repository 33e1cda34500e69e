// /api/v1/notices — 通知: a director's and a supervisor's own notices, paged, with read/unread on the server.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext } from '../../server/context.ts';
import { listNotices, markAllRead, markRead, unreadCount } from './service.ts';

export const NOTICE_KINDS = [
  'referral_answered',
  'referral_overdue',
  'report_feedback',
  'child_moved_in',
  'child_moved_out',
  'assessment_confirmed',
] as const;

const notice = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  entity: z.string(),
  entityId: z.string(),
  message: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
  /** Null when the reader may no longer see the child (it moved out of her region). */
  childId: z.string().nullable(),
  childName: z.string().nullable(),
});

export async function noticeRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notices'];

  r.get(
    '/api/v1/notices',
    {
      config: { permission: 'notice.read' },
      schema: {
        summary: '我的通知（报送答复、报送逾期、强制报告反馈、儿童迁入迁出、评估确认），新的在前',
        tags,
        querystring: z.object({
          page: z.coerce.number().int().min(1).optional(),
          pageSize: z.coerce.number().int().min(1).max(100).optional(),
          unread: z
            .enum(['true', 'false'], { error: 'unread 应为 true 或 false' })
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: {
          200: z.object({
            items: z.array(notice),
            total: z.number(),
            unread: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (request) => listNotices(serviceContext(app, request), request.query),
  );

  r.get(
    '/api/v1/notices/unread-count',
    {
      config: { permission: 'notice.read' },
      schema: { summary: '未读通知数', tags, response: { 200: z.object({ unread: z.number() }) } },
    },
    async (request) => ({ unread: await unreadCount(serviceContext(app, request)) }),
  );

  r.post(
    '/api/v1/notices/:id/read',
    {
      config: { permission: 'notice.read' },
      schema: {
        summary: '将一条通知标为已读',
        tags,
        params: z.object({ id: z.string() }),
        response: { 200: z.object({ id: z.string(), unread: z.number() }) },
      },
    },
    async (request) => markRead(serviceContext(app, request), request.params.id),
  );

  r.post(
    '/api/v1/notices/read-all',
    {
      config: { permission: 'notice.read' },
      schema: { summary: '全部标为已读', tags, response: { 200: z.object({ unread: z.number() }) } },
    },
    async (request) => markAllRead(serviceContext(app, request)),
  );
}
