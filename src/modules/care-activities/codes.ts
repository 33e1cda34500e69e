// The kinds of care activity (关爱活动, DOMAIN.md §7), what a duty reaches, and the names people read.
import type { CareActivityKind, CareReach } from '../../domain/policy.ts';

export const CARE_ACTIVITY_KINDS = [
  'family_education',
  'psychological',
  'safety',
  'legal',
  'holiday',
  'other',
] as const satisfies readonly CareActivityKind[];

export const CARE_ACTIVITY_KIND_NAMES: Record<CareActivityKind, string> = {
  family_education: '家庭教育指导',
  psychological: '心理健康筛查与跟踪',
  safety: '安全知识宣传',
  legal: '普法教育',
  holiday: '假期关爱',
  other: '其他关爱活动',
};

export const CARE_REACH_NAMES: Record<CareReach, string> = {
  target_family: '每名服务对象的家庭',
  target_child: '每名服务对象',
  village: '每个村（社区）',
  township: '每个乡镇（街道）',
};

/** Whom an activity reached among the children picked: the child itself, or its family (parents, guardians, caregiver). */
export type ReachedAs = 'child' | 'family';

export const REACHED_AS_NAMES: Record<ReachedAs, string> = { child: '儿童本人', family: '家庭（监护人）' };

export const ORGANISER_KINDS = ['department', 'county', 'township', 'village'] as const;
export type OrganiserKind = (typeof ORGANISER_KINDS)[number];

/**
 * Words an activity's name must not carry: names and banners reach the public, and 普宁 003 §七(四) says they
 * must avoid 农村留守儿童、困境儿童 “以免造成家长顾忌和儿童标签化” (DOMAIN.md §9 makes it every county's rule).
 */
export const STIGMATISING_WORDS = ['留守', '困境'] as const;

export function stigmatisingWordsIn(text: string): string[] {
  return STIGMATISING_WORDS.filter((w) => text.includes(w));
}
