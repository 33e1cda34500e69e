// The shapes referrals travel in: request bodies with their codes checked one by one, and the responses
// for OpenAPI and the serializer.
import { z } from 'zod';
import { regionCode, text } from '../../shared/zod-fields.ts';
import { DEPARTMENT_KINDS } from '../../domain/department-kinds.ts';
import { REFERRAL_FINDINGS } from '../../domain/referral-routing.ts';
import { isoDate } from '../../shared/zod-fields.ts';
import { REFERRAL_STATUSES } from './workflow.ts';

export const findingCode = z.enum(REFERRAL_FINDINGS, {
  error: (issue) => `未知的报送情形代码 "${String(issue.input)}"`,
});

export const referralInput = z.object({
  finding: findingCode,
  detail: text(2000).min(1, { error: '请写明发现的情况' }),
  departmentIds: z
    .array(z.uuid({ error: '部门编号无效' }))
    .min(1)
    .max(10)
    .nullish(),
  dueOn: isoDate.nullish(),
  contactId: z.uuid({ error: '走访记录编号无效' }).nullish(),
  contactName: text(50).nullish(),
  contactPhone: text(30).nullish(),
});

export const stepBodies = {
  receive: z.object({ note: text(2000).nullish() }).default({}),
  progress: z.object({ note: text(2000) }),
  answer: z.object({ answer: text(4000), actionsTaken: text(4000).nullish() }),
  return: z.object({ reason: text(2000) }),
  close: z.object({ note: text(2000).nullish() }).default({}),
  resend: z
    .object({
      detail: text(2000).nullish(),
      dueOn: isoDate.nullish(),
      departmentId: z.uuid({ error: '部门编号无效' }).nullish(),
      note: text(2000).nullish(),
    })
    .default({}),
};

export const referralListQuery = z.object({
  status: z.enum([...REFERRAL_STATUSES, 'open', 'all']).optional(),
  departmentId: z.uuid().optional(),
  region: regionCode.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  asOf: isoDate.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

const departmentRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  kindName: z.string(),
});

/**
 * The minimum of a child's file a referral gives the department (minimum-data.ts): always who and where;
 * the ID number, address, school, disability and health only where the finding needs them.
 */
export const referralChildDataSchema = z
  .object({
    name: z.string(),
    gender: z.enum(['male', 'female']).nullable(),
    age: z.number().int(),
    villageCode: z.string(),
    villageName: z.string().nullable(),
    townshipName: z.string().nullable(),
    idNumber: z.string().nullable().optional().describe('身份证号码；非承办方只显示地址码'),
    address: z.string().nullable().optional(),
    schoolName: z.string().nullable().optional(),
    schoolStage: z.string().nullable().optional(),
    schoolGrade: z.string().nullable().optional(),
    disabilityCategory: z.string().nullable().optional(),
    disabilityGrade: z.number().int().nullable().optional(),
    disabilityCertificate: z.string().nullable().optional(),
    healthStatus: z.string().nullable().optional(),
    guardian: z
      .object({ name: z.string().nullable(), relation: z.string().nullable(), phone: z.string().nullable() })
      .nullable()
      .optional()
      .describe('部门可联系的照护人或父母'),
    referrer: z
      .object({ name: z.string(), phone: z.string().nullable() })
      .optional()
      .describe('发送方可联系的工作人员'),
  })
  .meta({ id: 'ReferralChildData' });

export const referralSummarySchema = z
  .object({
    id: z.string(),
    childId: z.string(),
    status: z.enum(REFERRAL_STATUSES),
    statusName: z.string(),
    finding: z.enum(REFERRAL_FINDINGS),
    findingName: z.string(),
    department: departmentRef,
    sentOn: z.string(),
    dueOn: z.string(),
    overdue: z.boolean(),
    daysOverdue: z.number(),
    sends: z.number(),
    child: z.object({
      name: z.string(),
      gender: z.string().nullable(),
      age: z.number(),
      villageName: z.string().nullable(),
    }),
  })
  .meta({ id: 'ReferralSummary' });

export const referralDetailSchema = referralSummarySchema
  .extend({
    detail: z.string(),
    source: z.string(),
    contactId: z.string().nullable(),
    sentAt: z.string(),
    sentByName: z.string(),
    receivedOn: z.string().nullable(),
    answeredOn: z.string().nullable(),
    answer: z.string().nullable(),
    actionsTaken: z.string().nullable(),
    returnReason: z.string().nullable(),
    closedOn: z.string().nullable(),
    closeNote: z.string().nullable(),
    /** The minimum the department was given (see minimum-data.ts): fields vary with the kind. */
    childData: referralChildDataSchema,
    events: z.array(
      z.object({
        id: z.number(),
        occurredAt: z.string(),
        actorName: z.string(),
        action: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string(),
        note: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Referral' });

export const referralListSchema = z
  .object({
    items: z.array(referralSummarySchema),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
    asOf: z.string(),
  })
  .meta({ id: 'ReferralPage' });

export const overdueSchema = z.object({
  asOf: z.string(),
  total: z.number(),
  items: z.array(referralSummarySchema),
  byDepartment: z.array(z.object({ department: departmentRef, overdue: z.number() })),
});
