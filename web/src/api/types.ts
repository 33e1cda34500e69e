// The shapes the API answers with: each the server's own, read from the generated schema (schema.gen.ts,
// `npm run gen:api`) through ApiAnswer/ApiBody, so a server change that breaks a page fails the type check.
// Types only: nothing here reaches the bundle.
import type { Explanation, Reason } from '../../../src/domain/assess.ts';
import type { Level } from '../../../src/domain/codes.ts';
import type { ApiAnswer, ApiBody } from './client';

export type { Level, Reason, Explanation };
export type IsoDate = string;

export type Me = ApiAnswer<'/auth/me'>;

export type RegionNode = ApiAnswer<'/regions/{code}/children'>['items'][number];

export type ChildListItem = ApiAnswer<'/children'>['items'][number];

/** A page of a list: the common shape of the paged answers (/children, /users, …). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type ChildFile = ApiAnswer<'/children/{id}'>;
export type Parent = ChildFile['parents'][number];
export type Caregiver = NonNullable<ChildFile['caregiver']>;
export type StoredAssessment = NonNullable<ChildFile['assessment']>;

export type AssessmentHistoryItem = ApiAnswer<'/children/{id}/assessments'>['items'][number];

export type AuditItem = ApiAnswer<'/children/{id}/audit'>['items'][number];

/** What saving a file's facts answers (PATCH /children/{id}): the new version and level, among others. */
export type VersionLevel = ApiAnswer<'/children/{id}', 'patch'>;

export type User = ApiAnswer<'/users'>['items'][number];

/** Visits and contacts (casework module): the shape agreed for the phone form. */
export type ContactInput = ApiBody<'/children/{id}/contacts', 'post'>;
export type ContactKind = ContactInput['kind'];
/** The phone form always sends every area (the API would take fewer). */
export type ContactFindings = Required<NonNullable<ContactInput['findings']>>;
export type Finding = ContactFindings['livingConditions'];
export type FindingStatus = Finding['status'];
export type ContactRecordedFull = ApiAnswer<'/children/{id}/contacts', 'post'>;
export type ContactRecorded = Pick<
  ContactRecordedFull,
  'nextVisitDue' | 'nextContactDue' | 'nextDue' | 'level'
>;
export type Contact = ApiAnswer<'/children/{id}/contacts'>['items'][number];

export type Intervention = ApiAnswer<'/children/{id}/interventions'>['items'][number];

/** GET /api/v1/worklist (worklist module): most overdue first, then by due date. */
export type Worklist = ApiAnswer<'/worklist'>;
export type WorklistItem = Worklist['items'][number];

/** GET /api/v1/worklist/summary: one row per sub-region one level down, and the total. */
export type WorklistSummary = ApiAnswer<'/worklist/summary'>;
export type WorklistCounts = WorklistSummary['total'];
