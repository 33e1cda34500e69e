// Response shapes of the casework API, for OpenAPI and the serializer.
import { z } from 'zod';
import { CONDITIONS, LEVELS } from '../../domain/codes.ts';
import { INTERVENTION_KINDS } from '../children/index.ts';
import { CONTACT_KINDS, FINDING_AREAS, FINDING_STATUSES, type FindingArea } from './codes.ts';

const date = z.string().nullable();

const findingView = z.object({ status: z.enum(FINDING_STATUSES), note: z.string().nullable() }).nullable();

export const contactSchema = z.object({
  id: z.string(),
  childId: z.string(),
  kind: z.enum(CONTACT_KINDS),
  occurredOn: z.string(),
  workerName: z.string(),
  recordedBy: z.string().nullable(),
  findings: z.object(
    Object.fromEntries(FINDING_AREAS.map((a) => [a, findingView])) as Record<FindingArea, typeof findingView>,
  ),
  conditionsAdded: z.array(z.enum(CONDITIONS)),
  conditionsCleared: z.array(z.enum(CONDITIONS)),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

/** What the phone shows straight after saving: the record, and the child's new level and due dates. */
export const contactRecordedSchema = z.object({
  id: z.string(),
  contact: contactSchema,
  version: z.number(),
  previousLevel: z.enum(LEVELS).nullable(),
  level: z.enum(LEVELS).nullable(),
  immediate: z.boolean(),
  mandatoryReportOpened: z.boolean(),
  /** The record was already stored under its client id: this answer is of the earlier send. */
  replayed: z.boolean(),
  lastVisitOn: date,
  lastContactOn: date,
  nextVisitDue: date,
  nextContactDue: date,
  nextDue: date,
});

export const workLogSchema = z.object({
  id: z.string(),
  childId: z.string(),
  occurredOn: z.string(),
  authorName: z.string(),
  authorId: z.string().nullable(),
  content: z.string(),
  recordedAt: z.string(),
});

export const interventionSchema = z.object({
  id: z.string(),
  childId: z.string(),
  date: z.string(),
  kind: z.enum(INTERVENTION_KINDS),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
