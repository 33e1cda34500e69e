// When the next visit and contact are due. A child never visited is due from registration; a home visit
// is also a contact, so it resets the contact clock too; a case to handle at once (red) is due on the day
// it was found until a visit on or after that day.
import { addDuration, type IsoDuration } from './duration.ts';
import { daysBetween, maxDate, type IsoDate } from './dates.ts';
import type { Schedule } from './schedule.ts';

export interface ContactHistory {
  /** The day the child entered the register: the clock starts here when nothing was recorded yet. */
  registeredOn: IsoDate;
  lastVisit: IsoDate | null;
  lastContact: IsoDate | null;
  /** The day the case was found to need handling at once (the red assessment), if it does. */
  immediateSince?: IsoDate | null;
}

export interface DueItem {
  due: IsoDate | null;
  overdue: boolean;
  /** Days past the due date on the as-of date; 0 when not overdue. */
  daysOverdue: number;
}

export interface DueStatus {
  visit: DueItem;
  contact: DueItem;
  /** The earlier of the two due dates: what a worklist sorts by. */
  next: IsoDate | null;
  overdue: boolean;
}

function item(due: IsoDate | null, asOf: IsoDate): DueItem {
  if (due === null) return { due: null, overdue: false, daysOverdue: 0 };
  const late = daysBetween(due, asOf);
  return { due, overdue: late > 0, daysOverdue: Math.max(0, late) };
}

function dueAfter(from: IsoDate, every: IsoDuration | null): IsoDate | null {
  return every === null ? null : addDuration(from, every);
}

export function dueStatus(schedule: Schedule, history: ContactHistory, asOf: IsoDate): DueStatus {
  const visitFrom = history.lastVisit ?? history.registeredOn;
  let visitDue = dueAfter(visitFrom, schedule.visitEvery);
  if (
    schedule.immediate &&
    history.immediateSince &&
    (history.lastVisit === null || history.lastVisit < history.immediateSince)
  )
    visitDue = visitDue === null || history.immediateSince < visitDue ? history.immediateSince : visitDue;
  const contactFrom = maxDate(history.lastContact, history.lastVisit) ?? history.registeredOn;
  const contactDue = dueAfter(contactFrom, schedule.contactEvery);
  const visit = item(visitDue, asOf);
  const contact = item(contactDue, asOf);
  const next = [visit.due, contact.due].filter((d): d is IsoDate => d !== null).sort()[0] ?? null;
  return { visit, contact, next, overdue: visit.overdue || contact.overdue };
}
