// Ages on the as-of date as bounds on the birth date, so that SQL compares dates instead of computing ages
// row by row. They agree with domain/dates.ts ageOn(), 29 February included (ages.test.ts checks).
import { addMonths, type IsoDate } from '../../domain/dates.ts';

/** The latest birth date of a person at least `years` old on `asOf`: age ≥ years ⇔ birthDate ≤ this. */
export function latestBirthForAge(asOf: IsoDate, years: number): IsoDate {
  return addMonths(asOf, -12 * years);
}
