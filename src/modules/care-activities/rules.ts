// A care duty's period (pure): the calendar period of its rate that holds the report date — a year for
// "每年至少一次" (003 §五.4, §五.13), a quarter for 松江's "每季度至少一次" (002 §二.5) — or, for a duty the seed
// names without a rate, the report date's year, over which the report shows who was reached and never says
// "overdue". The period runs to the report date at the latest: nothing after it counts.
import type { IsoDate } from '../../domain/dates.ts';
import type { CareActivityRule } from '../../domain/policy.ts';
import { periodOf } from '../spot-checks/index.ts';
import { CARE_ACTIVITY_KIND_NAMES, CARE_REACH_NAMES } from './codes.ts';

export interface RulePeriod {
  label: string;
  start: IsoDate;
  /** The period's last day. */
  end: IsoDate;
  /** The last day counted: the period's end or the report date, whichever is earlier. */
  until: IsoDate;
}

export function rulePeriod(rule: Pick<CareActivityRule, 'every'>, asOf: IsoDate): RulePeriod {
  const period = periodOf(rule.every ?? 'P1Y', asOf) ?? periodOf('P1Y', asOf)!;
  return { ...period, until: period.end < asOf ? period.end : asOf };
}

/** "每年", "每季度", … for people; null for a duty without a rate. */
export function rateName(every: string | null): string | null {
  switch (every) {
    case null:
      return null;
    case 'P1Y':
      return '每年至少一次';
    case 'P6M':
      return '每半年至少一次';
    case 'P3M':
      return '每季度至少一次';
    case 'P1M':
      return '每月至少一次';
    default:
      return every;
  }
}

export function ruleView(rule: CareActivityRule, asOf: IsoDate) {
  return {
    id: rule.id,
    kind: rule.kind,
    kindName: CARE_ACTIVITY_KIND_NAMES[rule.kind],
    reach: rule.reach,
    reachName: CARE_REACH_NAMES[rule.reach],
    every: rule.every,
    rateName: rateName(rule.every),
    text: rule.text,
    source: rule.source,
    adopted: rule.adopted ?? false,
    period: rulePeriod(rule, asOf),
  };
}
export type RuleView = ReturnType<typeof ruleView>;
