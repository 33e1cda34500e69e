// When the next visit and contact are due. A child never visited is due from registration; a home visit
// is also a contact, so it resets the contact clock too; a case to handle at once (red) is due on the day
// it was found until it has been handled (the mandatory report made to the police and an intervention on
// file), then followed up at the profile's interval (Tonghu reads "立即" as every 7 days) while it stays red.
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
  /** The day the red case was handled (reported to the police and an intervention on file), if it was. */
  immediateHandledOn?: IsoDate | null;
  /** How often a handled red case is followed up (the profile's redFollowUp), null for no such rule. */
  followUpEvery?: IsoDuration | null;
}

/** A red case stays "handle at once" until it was handled on or after the day it was found. */
export function awaitingHandling(
  immediateSince: IsoDate | null | undefined,
  handledOn: IsoDate | null | undefined,
): boolean {
  return !!immediateSince && (!handledOn || handledOn < immediateSince);
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
  const since = history.immediateSince ?? null;
  const earlier = (a: IsoDate | null, b: IsoDate | null) => (a === null || (b !== null && b < a) ? b : a);
  if (schedule.immediate && since) {
    if (awaitingHandling(since, history.immediateHandledOn))
      // Not cleared by a visit: it stays due from the day it was found until it is handled.
      visitDue = earlier(visitDue, since);
    else {
      const followFrom = maxDate(history.lastVisit, history.immediateHandledOn ?? null) ?? since;
      visitDue = earlier(visitDue, dueAfter(followFrom, history.followUpEvery ?? null));
    }
  }
  const contactFrom = maxDate(history.lastContact, history.lastVisit) ?? history.registeredOn;
  const contactDue = dueAfter(contactFrom, schedule.contactEvery);
  const visit = item(visitDue, asOf);
  const contact = item(contactDue, asOf);
  const next = [visit.due, contact.due].filter((d): d is IsoDate => d !== null).sort()[0] ?? null;
  return { visit, contact, next, overdue: visit.overdue || contact.overdue };
}
