// Response shapes of the children API, for OpenAPI and for the serializer.
import { z } from 'zod';

const date = z.string().nullable();

export const childListItemSchema = z.object({
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
  watch: z.boolean(),
  leftBehind: z.boolean(),
  difficultyTypes: z.array(z.string()),
  level: z.string().nullable(),
  lastVisitOn: date,
  lastContactOn: date,
  nextVisitDue: date,
  nextContactDue: date,
  nextDue: date,
  overdue: z.boolean(),
  version: z.number(),
  restricted: z.boolean(),
});

export const childListSchema = z.object({
  items: z.array(childListItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

const parentSchema = z.object({
  relation: z.enum(['father', 'mother']),
  name: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  statuses: z.array(z.string()),
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
  assessment: z.string().nullable(),
  assessmentNote: z.string().nullable(),
  assessedOn: date,
});

export const childFileSchema = childListItemSchema.extend({
  birthDate: z.string(),
  externalId: z.string().nullable(),
  ethnicity: z.string().nullable(),
  hukouType: z.string().nullable(),
  hukouRegionCode: z.string().nullable(),
  responsibleSide: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  schoolName: z.string().nullable(),
  schoolStage: z.string().nullable(),
  schoolGrade: z.string().nullable(),
  healthStatus: z.string().nullable(),
  disabilityCategory: z.string().nullable(),
  disabilityGrade: z.number().nullable(),
  disabilityCertificate: z.string().nullable(),
  guardianship: z.string().nullable(),
  conditions: z.array(z.string()),
  note: z.string().nullable(),
  registeredOn: z.string(),
  exitReason: z.string().nullable(),
  exitedOn: date,
  exitNote: z.string().nullable(),
  policy: z.string(),
  assessedOn: z.string(),
  derivedLevel: z.string().nullable(),
  manualLevel: z.string().nullable(),
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
      level: z.string().nullable(),
      derivedLevel: z.string().nullable(),
      reasons: z.unknown(),
      schedule: z.unknown(),
      explanation: z.unknown(),
      mandatoryReport: z.boolean(),
    })
    .nullable(),
  supportTransitions: z.array(
    z.object({
      id: z.string(),
      supportKind: z.string(),
      exitedOn: z.string(),
      endsOn: z.string(),
      inTransition: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
  mandatoryReports: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      situation: z.string(),
      factors: z.array(z.string()),
      status: z.string(),
      discoveredOn: z.string(),
      openedAt: z.string(),
    }),
  ),
});

export const versionLevelSchema = z.object({ version: z.number(), level: z.string().nullable() });
