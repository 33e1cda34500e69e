// Request shapes of /api/v1/care-activities (zod; messages in Chinese, fields named).
import { z } from 'zod';
import { regionCode, flag } from '../../shared/zod-fields.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { CARE_ACTIVITY_KINDS, ORGANISER_KINDS } from './codes.ts';

const text = (max: number, what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(max, { error: `${what}不能超过${max}字` });
export const kind = z.enum(CARE_ACTIVITY_KINDS, { error: '活动类型无效' });
const reachedItem = z.object({
  childId: z.uuid({ error: '儿童编号无效' }),
  as: z.enum(['child', 'family'], { error: '应为 child（儿童本人）或 family（家庭）' }).nullish(),
});

export const activityBody = z.object({
  title: text(100, '活动名称'),
  kind,
  heldOn: isoDate,
  endsOn: isoDate.nullish(),
  place: text(200, '活动地点'),
  regionCode,
  organiser: z.object({
    kind: z.enum(ORGANISER_KINDS, { error: '组织单位类型无效' }),
    departmentId: z.uuid({ error: '部门编号无效' }).nullish(),
  }),
  reached: z.array(reachedItem).max(5000).default([]),
  anonymousCount: z.number().int({ error: '参加人数应为整数' }).min(0).max(1_000_000).default(0),
  note: z.string().trim().max(2000).nullish(),
});

export const reachedBody = z.object({
  reached: z.array(reachedItem).min(1, { error: '请选择儿童' }).max(5000),
});
export const voidBody = z.object({ reason: text(500, '撤销理由') });

export const listQuery = z.object({
  region: regionCode.optional(),
  kind: kind.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  includeVoided: flag.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
export const coverageQuery = z.object({ region: regionCode.optional(), asOf: isoDate.optional() });
export const childrenQuery = coverageQuery.extend({
  rule: z.string().trim().min(1, { error: '请指定活动要求' }).max(40),
  reached: flag.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
