// 强制报告: the situations in which whoever works closely with children must report to the police at once
// (最高人民检察院等九部门《关于建立侵害未成年人案件强制报告制度的意见（试行）》, 2020, 第四条, nine items),
// which 普宁 §五.6 and 铁东 §四.6 put into practice. 'red_factor' is the task a red four-colour factor opens by
// itself (children/reassess.ts); the nine are opened by hand.

export const MANDATORY_REPORT_SITUATIONS = [
  'private_parts_injury',
  'sexual_harm_girl_under14_or_pregnancy',
  'sexual_harm_pregnancy_girl_14_plus',
  'multiple_injuries_malnutrition_unconscious',
  'self_harm_or_abnormal_death',
  'abandoned_or_unattended',
  'missing_or_trafficked',
  'organised_begging',
  'other_serious_harm',
] as const;
export type MandatoryReportSituation = (typeof MANDATORY_REPORT_SITUATIONS)[number];

/** The auto-opened task's situation (source 'auto'). */
export const RED_FACTOR_SITUATION = 'red_factor';

export const SITUATION_NAMES: Record<MandatoryReportSituation | typeof RED_FACTOR_SITUATION, string> = {
  private_parts_injury: '未成年人的生殖器官或隐私部位遭受或疑似遭受非正常损伤',
  sexual_harm_girl_under14_or_pregnancy: '不满十四周岁的女性未成年人遭受或疑似遭受性侵害、怀孕、流产',
  sexual_harm_pregnancy_girl_14_plus: '十四周岁以上女性未成年人遭受或疑似遭受性侵害所致怀孕、流产',
  multiple_injuries_malnutrition_unconscious:
    '未成年人身体存在多处损伤、严重营养不良、意识不清，存在或疑似存在受到家庭暴力、欺凌、虐待、殴打或者被人麻醉等情形',
  self_harm_or_abnormal_death: '未成年人因自杀、自残、工伤、中毒、被人麻醉、殴打等非正常原因导致伤残、死亡',
  abandoned_or_unattended: '未成年人被遗弃或长期处于无人照料状态',
  missing_or_trafficked: '发现未成年人来源不明、失踪或者被拐卖、收买',
  organised_begging: '发现未成年人被组织乞讨',
  other_serious_harm: '其他严重侵害未成年人身心健康的情形或未成年人正在面临不法侵害危险',
  red_factor: '高风险（红色）因素：发现儿童身心健康受到侵害、疑似受到侵害或面临其他危险情形',
};

export const SITUATION_SOURCE = '《关于建立侵害未成年人案件强制报告制度的意见（试行）》第四条；003 §五.6';

export function isMandatoryReportSituation(value: unknown): value is MandatoryReportSituation {
  return typeof value === 'string' && (MANDATORY_REPORT_SITUATIONS as readonly string[]).includes(value);
}

/** How the police were told (立即向公安机关报案或举报). */
export const REPORT_METHODS = ['phone_110', 'in_person', 'written'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];
export const REPORT_METHOD_NAMES: Record<ReportMethod, string> = {
  phone_110: '拨打110电话',
  in_person: '到公安机关当面报案',
  written: '书面报告',
};

/** How a report ends. 'recorded_in_error' is the only way to close one never reported to the police. */
export const REPORT_OUTCOMES = [
  'case_filed',
  'police_handled',
  'child_placed',
  'not_substantiated',
  'other',
  'recorded_in_error',
] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export const REPORT_OUTCOME_NAMES: Record<ReportOutcome, string> = {
  case_filed: '公安机关已立案',
  police_handled: '公安机关已处置（训诫、调解、责令接受家庭教育指导等）',
  child_placed: '已落实临时监护或安置',
  not_substantiated: '经核查未发现侵害',
  other: '其他',
  recorded_in_error: '录入错误，无需报告',
};

/** Hours from discovery after which an unreported case is raised to the county ("立即" leaves no day to spare). */
export const DEFAULT_ALERT_HOURS = 24;

/** Whole hours and tenths between two instants. */
export function hoursBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 360_000) / 10;
}
