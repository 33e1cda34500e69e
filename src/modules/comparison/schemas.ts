// The shapes of /api/v1/comparison (OpenAPI is generated from them).
import { z } from 'zod';
import { regionCode, flag } from '../../shared/zod-fields.ts';
import { FINDING_CODES, ROSTER_KINDS } from './rules/index.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应为 年-月-日（如 2026-01-31）' });
const rosterKind = z.enum(ROSTER_KINDS as [string, ...string[]]);
const findingCode = z.enum(FINDING_CODES as [string, ...string[]]);

export const runQuery = z.object({
  kind: rosterKind,
  region: regionCode.optional(),
  asOf: isoDate.optional(),
});

export const findingsQuery = z.object({
  status: z.enum(['open', 'confirmed', 'dismissed', 'all']).optional(),
  kind: rosterKind.optional(),
  finding: z.string().max(50).optional(),
  runId: z.uuid().optional(),
  region: regionCode.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
  fullIdNumber: flag.optional(),
});

export const runsQuery = z.object({
  kind: rosterKind.optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

export const confirmBody = z.object({ note: z.string().max(2000).nullish() }).nullish();
export const dismissBody = z.object({ reason: z.string().max(2000).nullish() }).nullish();

const ambiguousRow = z.object({
  row: z.number(),
  candidates: z.number(),
  idNumber: z.string().nullable().optional(),
  name: z.string().optional(),
});

export const runResultSchema = z.object({
  roster: z.string(),
  asOf: z.string(),
  rows: z.number(),
  matched: z.number(),
  probable: z.number(),
  findings: z.array(
    z.object({
      finding: findingCode,
      idNumber: z.string().nullable(),
      childId: z.string().nullable(),
      match: z.enum(['exact', 'probable']),
      row: z.number().nullable(),
      name: z.string().nullable(),
      regionCode: z.string(),
    }),
  ),
  ambiguous: z.array(ambiguousRow),
  newFindings: z.number(),
  region: z.string(),
  runId: z.string(),
  file: z.object({ name: z.string(), sha256: z.string(), bytes: z.number(), unit: z.enum(['line', 'row']) }),
});

export const runSchema = z.object({
  id: z.string(),
  rosterKind,
  rosterTitle: z.string(),
  fileName: z.string(),
  fileHash: z.string(),
  fileBytes: z.number(),
  region: z.string(),
  asOf: z.string(),
  actorName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  rows: z.number(),
  matched: z.number(),
  probable: z.number(),
  ambiguousRows: z.number(),
  findings: z.number(),
  newFindings: z.number(),
  ambiguous: z.array(ambiguousRow).nullable(),
});

/** A row of the department's roster as it was read: its own columns, whatever the roster has. */
export const rosterRowSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: 'RosterRow', description: '部门名册中的一行（按名册自身的列，各类名册不同）' });

/** What confirming or dismissing a finding did: the action, and what it changed (by roster rule). */
export const findingOutcomeSchema = z
  .looseObject({ action: z.string().describe('如 recorded、dismissed、exited') })
  .meta({ id: 'FindingOutcome' });

export const findingSchema = z.object({
  id: z.string(),
  rosterKind,
  rosterTitle: z.string(),
  finding: findingCode,
  findingName: z.string(),
  match: z.enum(['exact', 'probable']),
  status: z.enum(['open', 'confirmed', 'dismissed']),
  childId: z.string().nullable(),
  childName: z.string().nullable(),
  childStatus: z.enum(['active', 'exited']).nullable(),
  name: z.string().nullable(),
  idNumber: z.string().nullable(),
  birthDate: z.string().nullable(),
  regionCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  row: z.number().nullable(),
  rowUnit: z.enum(['line', 'row']),
  rosterRow: rosterRowSchema.nullable(),
  fileName: z.string(),
  runId: z.string(),
  lastRunId: z.string(),
  asOf: z.string(),
  createdAt: z.string(),
  verifiedByName: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  note: z.string().nullable(),
  outcome: findingOutcomeSchema.nullable(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** GET /comparison/due: whether each roster is due for comparison under the local policy's interval. */
export const comparisonDueSchema = z.object({
  region: z.string(),
  regionName: z.string().nullable(),
  asOf: z.string(),
  policy: z.object({ id: z.string(), name: z.string() }),
  interval: z.object({
    every: z.string().describe('ISO 8601 时长，如 P3M'),
    basis: z
      .enum(['seed', 'adopted', 'default'])
      .describe('seed：本地文件规定；adopted：借用其他文件；default：本系统默认（本地文件未规定间隔）'),
    label: z.string(),
    text: z.string().nullable(),
    source: z.string().nullable(),
  }),
  kinds: z.array(
    z.object({
      kind: rosterKind,
      title: z.string(),
      lastRunOn: z.string().nullable(),
      doneThisPeriod: z.boolean(),
      period: z.object({ label: z.string(), start: z.string(), end: z.string() }).nullable(),
      due: z.boolean().describe('本期尚未比对'),
      nextDueBy: z.string(),
      overdue: z.boolean().describe('上一期未比对且本期也未比对'),
    }),
  ),
  due: z.number().int(),
  overdue: z.number().int(),
});
