// The risks laid over the populations: a few red cases, some yellow, more blue (普宁 §三's factors), in
// proportions that make a county's worklist look like one: mostly green and blue.
import type { Condition } from '../../domain/codes.ts';
import { addDays, ageOn, type IsoDate } from '../../domain/dates.ts';
import type { PlannedChild } from './population.ts';
import type { Random } from './random.ts';

export interface Risk {
  code: Condition;
  level: 'red' | 'yellow' | 'blue';
  /** When a red case came to light (the start of 即时介入). */
  discoveredOn: IsoDate | null;
  /** Found by the director on a home visit, or reported by someone else and not yet visited. */
  foundOnVisit: boolean;
}

type Candidates = Partial<Record<Condition, number>>;

function choose(rng: Random, candidates: Candidates): Condition | null {
  const usable = Object.fromEntries(Object.entries(candidates).filter(([, w]) => (w ?? 0) > 0)) as Record<
    Condition,
    number
  >;
  return Object.keys(usable).length ? rng.weighted(usable) : null;
}

/** Adds at most one risk factor to a target child's facts, and returns it. */
export function addRisk(rng: Random, child: PlannedChild, today: IsoDate): Risk | null {
  if (child.kind === 'not_target') return null;
  const age = ageOn(child.row.birth_date, today);
  const tier = rng.next();
  let level: Risk['level'];
  let code: Condition | null;
  if (tier < 0.012) {
    level = 'red';
    code = choose(rng, {
      'harm.suspected': age >= 2 ? 35 : 0,
      'unsupervised.living_alone': age >= 10 ? 20 : 0,
      'unsupervised.wandering_or_missing': age >= 8 ? 10 : 0,
      'guardianship.absent': 15,
      self_harm: age >= 10 ? 20 : 0,
    });
  } else if (tier < 0.065) {
    level = 'yellow';
    code = choose(rng, {
      'guardianship.severely_insufficient': child.caregiver ? 45 : 15,
      'school.dropout_suspected': age >= 7 && age <= 15 ? 35 : 0,
      'mental.serious_illness': age >= 8 ? 20 : 0,
    });
  } else if (tier < 0.18) {
    level = 'blue';
    code = choose(rng, {
      'guardianship.insufficient': 60,
      'mental.abnormal_behaviour': age >= 5 ? 40 : 0,
    });
  } else return null;
  if (!code) return null;
  let discoveredOn: IsoDate | null = null;
  if (level === 'red') {
    // Never today: a case is reported within hours of its discovery, and those hours must have passed.
    const found = addDays(today, -rng.int(1, 45));
    discoveredOn = found < child.row.registered_on ? child.row.registered_on : found;
    if (discoveredOn >= today) return null;
  }

  const row = child.row;
  row.conditions = [...row.conditions, code];
  if (code.startsWith('guardianship.') || code.startsWith('unsupervised.'))
    row.guardianship = code === 'guardianship.insufficient' ? 'fair' : 'poor';
  if (code === 'school.dropout_suspected') {
    row.school_stage = 'out_of_school';
    row.school_grade = null;
  }
  if (code === 'guardianship.severely_insufficient' && child.caregiver) {
    child.caregiver.assessment = 'poor';
    child.caregiver.assessment_note = '照料人年逾七旬、体弱多病，无力照料，监护能力严重不足';
  }
  return { code, level, discoveredOn, foundOnVisit: level !== 'red' || rng.chance(0.6) };
}
