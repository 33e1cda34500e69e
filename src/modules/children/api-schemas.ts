// Response shapes of the children API, for OpenAPI and for the serializer.
import { z } from 'zod';
import {
  CONDITIONS,
  DIFFICULTY_TYPES,
  GUARDIANSHIP_QUALITIES,
  HUKOU_TYPES,
  LEVELS,
  PARENT_STATUSES,
} from '../../domain/codes.ts';
import { EXIT_REASONS, REASSESS_TRIGGERS, RESPONSIBLE_SIDES, SCHOOL_STAGES, SUPPORT_KINDS } from './codes.ts';
import { auditDetailSchema, fieldChangeSchema } from '../audit/index.ts';

const date = z.string().nullable();
const level = z.enum(LEVELS);

/** One ground for the level: a factor of the policy, the level it gives and the paragraph behind it. */
export const reasonSchema = z
  .object({
    code: z.string().describe('因素代码'),
    level,
    text: z.string(),
    source: z.string().describe('政策文件出处，如 003 §三.1'),
    adopted: z.literal(true).optional().describe('本地政策未规定，沿用其他文件的规则'),
  })
  .meta({ id: 'AssessmentReason' });

const explanationItem = z
  .object({
    code: z.string(),
    text: z.string(),
    source: z.string(),
    adopted: z.literal(true).optional(),
  })
  .meta({ id: 'AssessmentExplanationItem' });

/** Why the child is (or is not) served, which schedule rules apply, why a report is due: for people. */
export const explanationSchema = z
  .object({
    target: z.array(explanationItem),
    schedule: z.array(explanationItem),
    mandatoryReport: z.array(explanationItem),
  })
  .meta({ id: 'AssessmentExplanation' });

/** How often the child must be visited and contacted (ISO 8601 durations), or at once. */
export const scheduleSchema = z
  .object({
    immediate: z.boolean(),
    visitEvery: z.string().nullable().describe('入户走访间隔，ISO 8601 时长，如 P1M'),
    contactEvery: z.string().nullable().describe('联系间隔，ISO 8601 时长'),
  })
  .meta({ id: 'ContactSchedule' });

/** The assessment of a child's facts under a policy (POST /children/assess-preview: not saved). */
export const assessmentSchema = z
  .object({
    policy: z.string(),
    asOf: z.string(),
    target: z.boolean(),
    watch: z.boolean().describe('农村单亲家庭儿童，非服务对象但列入台账关注'),
    leftBehind: z.boolean(),
    difficultyTypes: z.array(z.enum(DIFFICULTY_TYPES)),
    level: level.nullable(),
    reasons: z.array(reasonSchema),
    schedule: scheduleSchema.nullable(),
    mandatoryReport: z.boolean(),
    mandatoryReportSource: z.string().optional(),
    explanation: explanationSchema,
  })
  .meta({ id: 'Assessment' });

/** One saved assessment in a child's history. */
export const assessmentRecordSchema = z
  .object({
    id: z.string(),
    assessedAt: z.string(),
    asOf: z.string(),
    policy: z.string(),
    trigger: z.enum(REASSESS_TRIGGERS),
    actorName: z.string().nullable(),
    target: z.boolean(),
    leftBehind: z.boolean(),
    difficultyTypes: z.array(z.enum(DIFFICULTY_TYPES)),
    derivedLevel: level.nullable(),
    manualLevel: level.nullable(),
    manualReason: z.string().nullable(),
    level: level.nullable(),
    reasons: z.array(reasonSchema),
    schedule: scheduleSchema.nullable(),
    explanation: explanationSchema,
    mandatoryReport: z.boolean(),
  })
  .meta({ id: 'AssessmentRecord' });

export const supportTransitionSchema = z
  .object({
    id: z.string(),
    supportKind: z.enum(SUPPORT_KINDS),
    exitedOn: z.string(),
    endsOn: z.string(),
    inTransition: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: 'SupportTransition' });

export const childListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    gender: z.enum(['male', 'female']).nullable(),
    idNumber: z.string().nullable(),
    age: z.number(),
    villageCode: z.string(),
    villageName: z.string().nullable(),
    townshipName: z.string().nullable(),
    status: z.enum(['active', 'exited']),
    target: z.boolean(),
    watch: z.boolean().describe('农村单亲家庭儿童：纳入台账关注、按绿色频次走访，不是目标儿童'),
    leftBehind: z.boolean(),
    difficultyTypes: z.array(z.enum(DIFFICULTY_TYPES)),
    level: level.nullable(),
    lastVisitOn: date,
    lastContactOn: date,
    nextVisitDue: date,
    nextContactDue: date,
    nextDue: date,
    overdue: z.boolean(),
    version: z.number(),
    restricted: z.boolean(),
  })
  .meta({ id: 'ChildListItem' });

export const childListSchema = z
  .object({
    items: z.array(childListItemSchema),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .meta({ id: 'ChildPage' });

const parentSchema = z.object({
  relation: z.enum(['father', 'mother']),
  name: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  statuses: z.array(z.enum(PARENT_STATUSES)),
  migrantMonths: z.number().nullable(),
  crossCounty: z.boolean().nullable(),
  coreUrbanBoth: z.boolean().nullable(),
  workPlace: z.string().nullable(),
  note: z.string().nullable(),
});

const caregiverSchema = z.object({
  name: z.string(),
  relation: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  agreementSignedOn: date,
  assessment: z.enum(GUARDIANSHIP_QUALITIES).nullable(),
  assessmentNote: z.string().nullable(),
  assessedOn: date,
});

export const childFileSchema = childListItemSchema
  .extend({
    birthDate: z.string(),
    externalId: z.string().nullable(),
    ethnicity: z.string().nullable(),
    hukouType: z.enum(HUKOU_TYPES).nullable(),
    hukouRegionCode: z.string().nullable(),
    responsibleSide: z.enum(RESPONSIBLE_SIDES).nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    schoolName: z.string().nullable(),
    schoolStage: z.enum(SCHOOL_STAGES).nullable(),
    schoolGrade: z.string().nullable(),
    healthStatus: z.string().nullable(),
    disabilityCategory: z.string().nullable(),
    disabilityGrade: z.number().nullable(),
    disabilityCertificate: z.string().nullable(),
    guardianship: z.enum(GUARDIANSHIP_QUALITIES).nullable(),
    conditions: z.array(z.enum(CONDITIONS)),
    note: z.string().nullable(),
    registeredOn: z.string(),
    exitReason: z.enum(EXIT_REASONS).nullable(),
    exitedOn: date,
    exitNote: z.string().nullable(),
    policy: z.string(),
    assessedOn: z.string(),
    derivedLevel: level.nullable(),
    manualLevel: level.nullable(),
    manualReason: z.string().nullable(),
    confirmedBy: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    immediate: z.boolean(),
    immediateSince: date,
    visitEvery: z.string().nullable(),
    contactEvery: z.string().nullable(),
    parents: z.array(parentSchema),
    caregiver: caregiverSchema.nullable(),
    assessment: z
      .object({
        asOf: z.string(),
        assessedAt: z.string(),
        policy: z.string(),
        level: level.nullable(),
        derivedLevel: level.nullable(),
        reasons: z.array(reasonSchema),
        schedule: scheduleSchema.nullable(),
        explanation: explanationSchema,
        mandatoryReport: z.boolean(),
      })
      .nullable(),
    supportTransitions: z.array(supportTransitionSchema),
    mandatoryReports: z.array(
      z.object({
        id: z.string(),
        source: z.enum(['auto', 'manual']),
        situation: z.string(),
        factors: z.array(z.string()),
        status: z.enum(['open', 'reported', 'closed']),
        discoveredOn: z.string(),
        openedAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'Child' });

export const versionLevelSchema = z.object({ version: z.number(), level: level.nullable() });

/** A child's change trail (GET /children/{id}/audit): ID numbers in it show only their address code. */
export const childAuditSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      occurredAt: z.string(),
      actorName: z.string(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      changes: z.array(fieldChangeSchema).nullable(),
      detail: auditDetailSchema.nullable(),
    }),
  ),
});
