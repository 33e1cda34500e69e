// The date of a casework record: entered on the day or back-entered from paper, but never in the future
// and never before the child was born.
import type { IsoDate } from '../../domain/dates.ts';
import { InputError } from '../../shared/errors.ts';

export function checkRecordDate(
  date: IsoDate,
  bounds: { today: IsoDate; birthDate: IsoDate },
  field: string,
  label: string,
): void {
  if (date > bounds.today) throw new InputError(`${label}不能晚于今天（${bounds.today}）`, { field });
  if (date < bounds.birthDate)
    throw new InputError(`${label}不能早于儿童出生日期（${bounds.birthDate}）`, { field });
}
