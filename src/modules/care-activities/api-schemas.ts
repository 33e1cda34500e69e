// What the care-activity API answers, for the OpenAPI document and the server's check of its own responses.
import { z } from 'zod';
import { LEVELS } from '../../domain/codes.ts';
import { CARE_ACTIVITY_KINDS, ORGANISER_KINDS } from './codes.ts';

const date = z.string().describe('日期 YYYY-MM-DD');
const count = z.number().int();
const kind = z.enum(CARE_ACTIVITY_KINDS);
const reachedAs = z.enum(['child', 'family']);

const summary = {
  id: z.string(),
  kind,
  kindName: z.string(),
  title: z.string(),
  heldOn: date,
  endsOn: date.nullable(),
  place: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  organiserKind: z.enum(ORGANISER_KINDS),
  organiserName: z.string(),
  anonymousCount: count,
  childrenReached: count.describe('本辖区内覆盖的儿童本人人数'),
  familiesReached: count.describe('本辖区内覆盖的儿童家庭数'),
  recordedBy: z.string(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
};

export const activityPageSchema = z.object({
  total: count,
  page: count,
  pageSize: count,
  items: z.array(z.object(summary)),
});

export const activitySchema = z.object({
  ...summary,
  note: z.string().nullable(),
  keeper: z.boolean().describe('当前用户可维护这次活动（活动在其辖区内）'),
  reached: z.array(
    z.object({
      childId: z.string(),
      name: z.string(),
      age: count,
      villageCode: z.string(),
      villageName: z.string().nullable(),
      as: reachedAs,
      asName: z.string(),
    }),
  ),
  reachedElsewhere: count.describe('覆盖的本辖区以外的儿童数（不列姓名）'),
});

export const childActivitiesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind,
      kindName: z.string(),
      title: z.string(),
      heldOn: date,
      place: z.string(),
      organiserName: z.string(),
      as: reachedAs,
      asName: z.string(),
    }),
  ),
});

const ruleView = z.object({
  id: z.string(),
  kind,
  kindName: z.string(),
  reach: z.enum(['target_family', 'target_child', 'village', 'township']),
  reachName: z.string(),
  every: z.string().nullable().describe('周期，ISO 8601 时长；null 为文件未规定频次'),
  rateName: z.string().nullable(),
  text: z.string(),
  source: z.string(),
  adopted: z.boolean(),
  period: z.object({ label: z.string(), start: date, end: date, until: date }),
});

const ruleCount = z.object({ of: count, reached: count, missing: count });
const kindCounts = z.object({
  family_education: count,
  psychological: count,
  safety: count,
  legal: count,
  holiday: count,
  other: count,
});
const rules = z.record(z.string(), ruleCount).describe('按活动要求编号');
const area = z.object({
  code: z.string(),
  name: z.string(),
  villages: count,
  targetChildren: count,
  activities: kindCounts,
  rules,
});

export const coverageReportSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  asOf: date,
  year: count,
  policy: z.object({ id: z.string(), name: z.string() }),
  rules: z.array(ruleView),
  total: area,
  townships: z.array(area),
  villages: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      townshipCode: z.string(),
      townshipName: z.string().nullable(),
      targetChildren: count,
      activities: kindCounts,
      childrenReached: kindCounts,
      familiesReached: kindCounts,
      rules,
    }),
  ),
});

export const reachedChildrenSchema = z.object({
  region: z.string(),
  asOf: date,
  rule: ruleView,
  reached: z.boolean(),
  total: count,
  page: count,
  pageSize: count,
  items: z.array(
    z.object({
      childId: z.string(),
      name: z.string(),
      age: count,
      level: z.enum(LEVELS),
      villageCode: z.string(),
      villageName: z.string().nullable(),
      townshipName: z.string().nullable(),
    }),
  ),
});
