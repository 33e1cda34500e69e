// How a referral leaves the server: camelCase, Chinese names beside codes, the overdue flag as of a date.
import type { Selectable } from 'kysely';
import type { ReferralEventTable, ReferralTable } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../../domain/department-kinds.ts';
import { maskDisabilityCertificate, maskIdNumber } from '../../domain/id-number.ts';
import { findingName } from '../../domain/referral-routing.ts';
import type { ReferralChildData } from './minimum-data.ts';
import { daysOverdue, isOverdue, REFERRAL_STATUS_NAMES, type ReferralStatus } from './workflow.ts';

export type ReferralRow = Selectable<ReferralTable> & {
  department_name: string;
  department_kind: DepartmentKind;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function departmentOf(row: ReferralRow) {
  return {
    id: row.department_id,
    name: row.department_name,
    kind: row.department_kind,
    kindName: DEPARTMENT_KIND_NAMES[row.department_kind],
  };
}

/** One line of an inbox or a list: enough to choose what to open, no more of the child than needed. */
export function referralSummary(row: ReferralRow, asOf: IsoDate) {
  const status = row.status as ReferralStatus;
  const child = row.child_data as ReferralChildData;
  return {
    id: row.id,
    childId: row.child_id,
    status,
    statusName: REFERRAL_STATUS_NAMES[status],
    finding: row.finding,
    findingName: findingName(row.finding),
    department: departmentOf(row),
    sentOn: row.sent_on,
    dueOn: row.due_on,
    overdue: isOverdue(status, row.due_on, asOf),
    daysOverdue: daysOverdue(status, row.due_on, asOf),
    sends: row.sends,
    child: { name: child.name, gender: child.gender, age: child.age, villageName: child.villageName },
  };
}

/**
 * The whole referral. The ID number in what was sent is shown in full only to the department it was sent
 * to; the sender's side has the child's file for that, where revealing it is a recorded act of its own.
 */
export function referralDetail(
  row: ReferralRow,
  events: Selectable<ReferralEventTable>[],
  asOf: IsoDate,
  options: { responder: boolean },
) {
  const childData = row.child_data as ReferralChildData;
  return {
    ...referralSummary(row, asOf),
    detail: row.detail,
    source: row.source,
    contactId: row.contact_id,
    sentAt: iso(row.sent_at) as string,
    sentByName: row.sent_by_name,
    receivedOn: row.received_on,
    answeredOn: row.answered_on,
    answer: row.answer,
    actionsTaken: row.actions_taken,
    returnReason: row.return_reason,
    closedOn: row.closed_on,
    closeNote: row.close_note,
    // The certificate begins with the ID number: masked with it for the sender's side.
    childData: options.responder
      ? childData
      : {
          ...childData,
          ...(childData.idNumber ? { idNumber: maskIdNumber(childData.idNumber) } : {}),
          ...(childData.disabilityCertificate
            ? { disabilityCertificate: maskDisabilityCertificate(childData.disabilityCertificate) }
            : {}),
        },
    events: events.map((e) => ({
      id: Number(e.id),
      occurredAt: iso(e.occurred_at) as string,
      actorName: e.actor_name,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
    })),
  };
}

export type ReferralSummary = ReturnType<typeof referralSummary>;
export type ReferralDetail = ReturnType<typeof referralDetail>;
