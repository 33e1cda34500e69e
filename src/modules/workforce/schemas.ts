// The shapes a ledger entry travels in, for the API and the importer alike: the CONTRACT's director line
// ({ name, idNumber, villageCode, phone, trainedOn, backgroundCheckedOn }) and what a bureau adds to it.
import { z } from 'zod';
import { isoDate } from '../../shared/zod-fields.ts';
import {
  CHECK_RESULTS,
  EVALUATION_RESULTS,
  ORGANISER_LEVELS,
  TRAINING_KINDS,
  WORKER_ROLES,
} from './codes.ts';

const text = (max: number, error = '应为文本') =>
  z
    .string({ error })
    .trim()
    .max(max, { error: `最多${max}个字符` });
const optionalText = (max: number) => text(max).nullish();

/** A village (12 digits) or a township (9 or 12 digits). */
export const postRegionCode = z
  .string({ error: '缺少村（社区）或乡镇（街道）代码' })
  .trim()
  .regex(/^(\d{9}|\d{12})$/, { error: '应为12位村（社区）代码或9位乡镇（街道）代码' });

export const phone = z
  .string({ error: '电话号码应为文本' })
  .trim()
  .regex(/^\+?[0-9][0-9 -]{4,19}$/, { error: '电话号码格式不对' });

export const personInput = z.object({
  name: text(50, '请填写姓名').min(1, { error: '请填写姓名' }),
  idNumber: text(30, '请填写身份证号码').min(1, { error: '请填写身份证号码' }),
  phone: phone.nullish(),
  role: z
    .enum(WORKER_ROLES, { error: 'role 应为 director（儿童主任）或 supervisor（儿童督导员）' })
    .default('director'),
  regionCode: postRegionCode,
  startedOn: isoDate.nullish(),
  endedOn: isoDate.nullish(),
  trainedOn: z.array(isoDate, { error: '培训日期应为日期列表，如 ["2026-03-01"]' }).max(100).default([]),
  backgroundCheckedOn: isoDate.nullish(),
  backgroundCheckResult: z.enum(CHECK_RESULTS).nullish(),
  backgroundCheckNote: optionalText(500),
  /** Link to this user account (by username); without it an account is matched where one fits. */
  username: optionalText(64),
  note: optionalText(2000),
});
export type PersonInput = z.infer<typeof personInput>;

export const personPatch = z.object({
  name: text(50).min(1, { error: '请填写姓名' }).optional(),
  phone: phone.nullish(),
  backgroundCheckedOn: isoDate.nullish(),
  backgroundCheckResult: z.enum(CHECK_RESULTS).nullish(),
  backgroundCheckNote: optionalText(500),
  /** A user id to link, or null to unlink. */
  userId: z.uuid({ error: '账号编号无效' }).nullish(),
  note: optionalText(2000),
});
export type PersonPatch = z.infer<typeof personPatch>;

export const postInput = z.object({
  role: z.enum(WORKER_ROLES),
  regionCode: postRegionCode,
  startedOn: isoDate.nullish(),
  endedOn: isoDate.nullish(),
  /** End the person's open posts of the same role the day before this one starts (a transfer). */
  endCurrent: z.boolean().default(true),
});
export type PostInput = z.infer<typeof postInput>;

export const endPostInput = z.object({ endedOn: isoDate });

export const evaluationInput = z.object({
  result: z.enum(EVALUATION_RESULTS),
  note: optionalText(2000),
});

export const trainingRecordInput = z.object({
  trainedOn: isoDate,
  trainingId: z.uuid({ error: '培训编号无效' }).nullish(),
  note: optionalText(500),
});

export const trainingInput = z.object({
  heldOn: isoDate,
  organiserLevel: z.enum(ORGANISER_LEVELS),
  kind: z.enum(TRAINING_KINDS),
  title: text(200).min(1, { error: '请填写培训名称' }),
  /** The organiser's region: a county (6 digits) or a city (4 digits), as 12 or short digits. */
  regionCode: z.string().regex(/^(\d{2}|\d{4}|\d{6}|\d{12})$/, { error: '应为县或市的区划代码' }),
  note: optionalText(2000),
  attendees: z
    .object({
      personIds: z
        .array(z.uuid({ error: '人员编号无效' }))
        .max(5000)
        .default([]),
      idNumbers: z.array(z.string().trim()).max(5000).default([]),
    })
    .default({ personIds: [], idNumbers: [] }),
});
export type TrainingInput = z.infer<typeof trainingInput>;

export const attendeesInput = z.object({
  personIds: z
    .array(z.uuid({ error: '人员编号无效' }))
    .max(5000)
    .default([]),
  idNumbers: z.array(z.string().trim()).max(5000).default([]),
});
export type AttendeesInput = z.infer<typeof attendeesInput>;
