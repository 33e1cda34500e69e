// The task lists a plan can start from. A county whose seed lists tasks adds its file here.
import { JIANGNING_TASKS } from './jiangning.ts';
import type { PlanTemplate } from './template.ts';

export const PLAN_TEMPLATES: Record<string, PlanTemplate> = { jiangning: JIANGNING_TASKS };
