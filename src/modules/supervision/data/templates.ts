// The task lists a plan can start from: every seed's own, keyed by the profile it belongs to. A county whose
// seed lists tasks adds its file here.
import { JIANGNING_TASKS } from './jiangning.ts';
import { PUNING_TASKS } from './puning.ts';
import { SONGJIANG_TASKS } from './songjiang.ts';
import type { PlanTemplate } from './template.ts';
import { TIEDONG_TASKS } from './tiedong.ts';
import { ZHUZHOU_TASKS } from './zhuzhou.ts';

export const PLAN_TEMPLATES: Record<string, PlanTemplate> = {
  jiangning: JIANGNING_TASKS,
  tiedong: TIEDONG_TASKS,
  songjiang: SONGJIANG_TASKS,
  puning: PUNING_TASKS,
  zhuzhou: ZHUZHOU_TASKS,
};

/** The task list of a profile's own seed, if it has one (the national baseline has none). */
export function templateForProfile(profileId: string): PlanTemplate | undefined {
  return PLAN_TEMPLATES[profileId];
}
