// What someone holding a screen or a file could do with it: from a masked ID number and whatever else is shown
// beside it (birth date, age, gender, the village and so the county), list every full ID number that fits.
// An ID is rebuilt when exactly one fits. The attacker knows the GB 11643 check digit and that the 17th digit
// is odd for boys; it stops counting at two, which is all the question needs.
import { addDays, ageOn, type IsoDate } from '../../src/domain/dates.ts';
import { idCheckCharacter } from '../../src/domain/id-number.ts';

export interface ShownChild {
  /** As shown: digits where visible, any other character where hidden. */
  idNumber: string | null;
  birthDate?: string | null;
  age?: number | null;
  gender?: 'male' | 'female' | null;
  /** The 12-digit village code shown beside it (its county is the likeliest address code). */
  villageCode?: string | null;
}

const digit = (c: string | undefined) => c !== undefined && /^[0-9X]$/.test(c);

function fits(pattern: string, candidate: string): boolean {
  for (let i = 0; i < candidate.length; i++) {
    const c = pattern[i];
    if (digit(c) && c !== candidate[i]) return false;
  }
  return true;
}

function birthDates(shown: ShownChild, asOf: IsoDate, pattern: string): IsoDate[] {
  let dates: IsoDate[];
  if (shown.birthDate) dates = [shown.birthDate];
  else if (typeof shown.age === 'number') {
    dates = [];
    // Everyone of that age on asOf was born within one year and a day.
    for (let d = addDays(asOf, -366 * (shown.age + 1)); d <= asOf; d = addDays(d, 1))
      if (ageOn(d, asOf) === shown.age) dates.push(d);
  } else if ([...pattern.slice(6, 14)].every(digit)) {
    const p = pattern.slice(6, 14);
    dates = [`${p.slice(0, 4)}-${p.slice(4, 6)}-${p.slice(6, 8)}`];
  } else return [];
  return dates.filter((d) => fits(pattern.slice(6, 14), d.replace(/-/g, '')));
}

/** Every full ID that fits what is shown, up to two (0, 1 or 2 meaning "two or more"); and the one if one. */
export function rebuild(shown: ShownChild, asOf: IsoDate): { count: number; id: string | null } {
  const pattern = shown.idNumber;
  if (!pattern || pattern.length !== 18) return { count: 2, id: null };
  let address = pattern.slice(0, 6);
  if (![...address].every(digit)) {
    const county = shown.villageCode?.slice(0, 6);
    if (!county || !fits(address, county)) return { count: 2, id: null };
    address = county;
  }
  const dates = birthDates(shown, asOf, pattern);
  if (!dates.length) return { count: 2, id: null };
  const found: string[] = [];
  for (const d of dates) {
    for (let seq = 0; seq < 1000; seq++) {
      if (shown.gender && (seq % 2 === 1) !== (shown.gender === 'male')) continue;
      const first17 = `${address}${d.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
      if (!fits(pattern, first17)) continue;
      const candidate = first17 + idCheckCharacter(first17);
      if (!fits(pattern, candidate)) continue;
      found.push(candidate);
      if (found.length > 1) return { count: 2, id: null };
    }
  }
  return { count: found.length, id: found.length === 1 ? found[0]! : null };
}
