// Visit and contact schedules (DOMAIN.md §3): every rule of the profile that applies to the child counts,
// and for visits and for contacts separately the shortest interval wins.
import type { Condition, DifficultyType, FactorCode, Level } from './codes.ts';
import { levelRank } from './codes.ts';
import { shorterDuration, type IsoDuration } from './duration.ts';
import type { ChildFacts } from './facts.ts';
import type { PolicyProfile, ScheduleRule, Selector } from './policy.ts';

export interface Schedule {
  immediate: boolean;
  visitEvery: IsoDuration | null;
  contactEvery: IsoDuration | null;
}

export interface ScheduleSubject {
  facts: ChildFacts;
  level: Level;
  difficultyTypes: readonly DifficultyType[];
  factors: readonly FactorCode[];
}

export function matches(selector: Selector, s: ScheduleSubject): boolean {
  switch (selector.kind) {
    case 'all':
      return true;
    case 'levelAtLeast':
      return levelRank(s.level) >= levelRank(selector.level);
    case 'guardianship':
      return selector.values.includes(s.facts.guardianship ?? 'unknown');
    case 'condition':
      return selector.any.some((c: Condition) => s.facts.conditions.includes(c));
    case 'parentStatus':
      return s.facts.parents.some((p) => p.statuses.some((st) => selector.any.includes(st)));
    case 'difficultyType':
      return selector.any.some((t) => s.difficultyTypes.includes(t));
    case 'factor':
      return selector.any.some((f) => s.factors.includes(f));
    case 'anyOf':
      return selector.of.some((inner) => matches(inner, s));
  }
}

export function applicableRules(profile: PolicyProfile, subject: ScheduleSubject): ScheduleRule[] {
  return profile.schedule.filter((rule) => matches(rule.when, subject));
}

/**
 * The schedule of a watched child (a rural single-parent child neither left-behind nor in difficulty,
 * DOMAIN.md §1): the green schedule — the profile's rules for every child and by level, at green. Rules
 * about circumstances (a condition, a parent's status…) are for target children.
 */
export function watchSchedule(profile: PolicyProfile, facts: ChildFacts): Schedule {
  const subject: ScheduleSubject = { facts, level: 'green', difficultyTypes: [], factors: [] };
  return combineRules(
    applicableRules(profile, subject).filter((r) => r.when.kind === 'all' || r.when.kind === 'levelAtLeast'),
  );
}

export function combineRules(rules: readonly ScheduleRule[]): Schedule {
  let schedule: Schedule = { immediate: false, visitEvery: null, contactEvery: null };
  for (const rule of rules) {
    schedule = {
      immediate: schedule.immediate || rule.immediate === true,
      visitEvery: shorterDuration(schedule.visitEvery, rule.visitEvery ?? null),
      contactEvery: shorterDuration(schedule.contactEvery, rule.contactEvery ?? null),
    };
  }
  return schedule;
}
