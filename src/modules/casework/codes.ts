// The codes of casework records: how a worker reached the child, and the seven areas a visit looks at
// with a three-step status, so that a phone form is seven rows of three buttons (正常/关注/问题).

export const CONTACT_KINDS = ['visit', 'phone', 'video'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_NAMES: Record<ContactKind, string> = {
  visit: '入户走访',
  phone: '电话联系',
  video: '视频联系',
};

/**
 * What a visit records (001 §四.8 "准确记录儿童生活保障、家庭监护、就医就学、关爱活动等情况"; 003 §五.8 and
 * 004 §三.8 "发现问题和解决方案"), in the order a form shows them.
 */
export const FINDING_AREAS = [
  'livingConditions',
  'guardianship',
  'schooling',
  'health',
  'safety',
  'needs',
  'care',
] as const;
export type FindingArea = (typeof FINDING_AREAS)[number];
export const FINDING_AREA_NAMES: Record<FindingArea, string> = {
  livingConditions: '生活状况',
  guardianship: '监护情况',
  schooling: '就学情况',
  health: '健康状况',
  safety: '安全状况',
  needs: '需求',
  care: '关爱服务',
};

export const FINDING_STATUSES = ['normal', 'attention', 'problem'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_STATUS_NAMES: Record<FindingStatus, string> = {
  normal: '正常',
  attention: '需关注',
  problem: '存在问题',
};
