// When a county's lists are next due to each recipient (普宁 §四(三): at least every half year). Pure.
import { addDuration, type IsoDuration } from '../../domain/duration.ts';
import { addDays, daysBetween, type IsoDate } from '../../domain/dates.ts';

export interface RecipientDue {
  lastSharedOn: IsoDate | null;
  nextDueOn: IsoDate | null;
  /** Never shared, or the period has run out (shared 1 May every P6M: due from 1 November). */
  due: boolean;
  overdueDays: number;
  dueSoon: boolean;
}

export function recipientDue(
  lastSharedOn: IsoDate | null,
  every: IsoDuration,
  asOf: IsoDate,
  withinDays: number,
): RecipientDue {
  if (!lastSharedOn) return { lastSharedOn, nextDueOn: null, due: true, overdueDays: 0, dueSoon: false };
  const nextDueOn = addDuration(lastSharedOn, every);
  const due = nextDueOn <= asOf;
  return {
    lastSharedOn,
    nextDueOn,
    due,
    overdueDays: due ? daysBetween(nextDueOn, asOf) : 0,
    dueSoon: !due && nextDueOn <= addDays(asOf, withinDays),
  };
}
