// What help a child on a shared list needs, said as kinds of help rather than as the child's factors:
// 团委、妇联、残联 need to know how to help (003 §四(三) 协同开展关爱帮扶), not why a child is at risk, and
// the factors name harms (性侵害、吸毒 …) that must not travel further than needed (DOMAIN.md §9).
import type { FactorCode } from '../../domain/codes.ts';

/** In the order they are listed. */
export const HELP_KINDS = [
  '安全保护',
  '监护落实',
  '生活照料',
  '监护指导',
  '生活帮扶',
  '就学帮扶',
  '心理关爱',
  '康复救助',
  '医疗关爱',
  '家庭教育指导',
  '精神陪伴',
] as const;
export type HelpKind = (typeof HELP_KINDS)[number];

export const HELP_BY_FACTOR: Partial<Record<FactorCode, HelpKind[]>> = {
  'harm.suspected': ['安全保护', '心理关爱'],
  'unsupervised.living_alone': ['监护落实', '生活照料'],
  'unsupervised.wandering_or_missing': ['安全保护', '监护落实'],
  'guardianship.absent': ['监护落实', '生活照料'],
  self_harm: ['安全保护', '心理关爱'],
  'guardianship.severely_insufficient': ['监护指导', '生活照料'],
  'school.dropout_suspected': ['就学帮扶'],
  'mental.serious_illness': ['心理关爱'],
  'parents.both_severely_disabled': ['生活帮扶', '精神陪伴'],
  'parents.both_imprisoned': ['生活帮扶', '精神陪伴'],
  'parents.both_substance_abuse': ['安全保护', '家庭教育指导'],
  orphan: ['生活帮扶', '精神陪伴'],
  hiv: ['医疗关爱', '精神陪伴'],
  de_facto_unsupported: ['生活帮扶', '精神陪伴'],
  'guardianship.insufficient': ['监护指导'],
  'disability.severe': ['康复救助'],
  'mental.abnormal_behaviour': ['心理关爱'],
  'parents.one_substance_abuse': ['家庭教育指导'],
};

/** A child raised by hand with no graded factor still needs someone to look in. */
const DEFAULT_HELP: HelpKind[] = ['精神陪伴'];

export function helpNeeded(factors: readonly string[]): HelpKind[] {
  const wanted = new Set<HelpKind>();
  for (const f of factors) for (const h of HELP_BY_FACTOR[f as FactorCode] ?? []) wanted.add(h);
  return wanted.size ? HELP_KINDS.filter((h) => wanted.has(h)) : [...DEFAULT_HELP];
}
