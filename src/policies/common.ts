// Rules that several plans share. A profile cites its own seed; where its seed says nothing of a rule, it
// takes another seed's words and marks them `adopted` (DOMAIN.md §3), and the assessment says so.
import type { PolicyProfile } from '../domain/policy.ts';
import { FOUR_COLOUR_FACTORS } from './four-colour.ts';

/**
 * The national definition of a left-behind child as the local plans restate it: 农村户籍, under 16 (003
 * §二(一), the one seed that spells the rural condition out), parents away six continuous months (001 §二(一);
 * 普宁 reads three). Adopted by the profiles whose seeds give no definition of their own.
 */
export const NATIONAL_LEFT_BEHIND: PolicyProfile['leftBehind'] = {
  underAge: 16,
  requireRuralHukou: true,
  migrantMonthsMin: 6,
  text: '父母双方外出务工或一方外出务工另一方无监护能力、不满16周岁的农村户籍未成年人；外出务工连续6个月以上、跨县域，务工地和户籍地均在核心城区的不计',
  source: '003 §二(一)',
  adopted: true,
  months: { text: '外出务工时限一般指连续6个月以上', source: '001 §二(一)', adopted: true },
};

export const SINGLE_PARENT_RURAL_ADOPTED: PolicyProfile['singleParentRural'] = {
  text: '将农村单亲家庭儿童纳入儿童主任日常工作职责，同步开展走访摸排，建立工作台账，依法落实强制报告制度；其中属于农村留守儿童和困境儿童的，及时更新录入',
  source: '003 §五 末段',
  adopted: true,
};

/** 普宁's four-colour table (003 §三), its own. */
export const FOUR_COLOUR: PolicyProfile['grading'] = {
  factors: [...FOUR_COLOUR_FACTORS],
  text: '高风险（红色）、中高风险（黄色）、中低风险（蓝色）、低风险（绿色）四级分级分色',
  source: '003 §三',
};

/** The same table taken over by a profile whose seed sets no factors of its own. */
export const FOUR_COLOUR_ADOPTED: PolicyProfile['grading'] = {
  ...FOUR_COLOUR,
  text: '采用普宁市方案的四级分级分色（本地方案未列风险因素）',
  adopted: true,
  factors: FOUR_COLOUR_FACTORS.map((f) => ({ ...f, adopted: true })),
};

/** 普宁 003 §五.6, its own. */
export const MANDATORY_REPORT: PolicyProfile['mandatoryReport'] = {
  level: 'red',
  text: '发现儿童身心健康受到侵害、疑似受到侵害或面临其他危险情形的，应当立即向公安、民政、教育等有关部门报告',
  source: '003 §五.6',
};

export const MANDATORY_REPORT_ADOPTED: PolicyProfile['mandatoryReport'] = {
  ...MANDATORY_REPORT,
  adopted: true,
};

export const RED_IMMEDIATE = {
  id: 'red.immediate',
  when: { kind: 'levelAtLeast', level: 'red' },
  immediate: true,
  text: '高风险（红色）：发现或接报后即时介入处置',
  source: '003 §三.1',
  adopted: true,
} as const satisfies PolicyProfile['schedule'][number];

/**
 * 立即 read by Tonghu (issue 17.3): the seed (003 §三.1) says 即时介入处置 with no interval. A red case stays at the
 * top of the worklist as 立即处置 until the mandatory report is recorded as made to the police and an intervention
 * is on file; then it is visited at least every 7 days until its level drops.
 */
export const RED_FOLLOW_UP: PolicyProfile['redFollowUp'] = {
  every: 'P7D',
  text: '红色个案即时介入处置：强制报告记录为已向公安机关报告且已有帮扶干预记录前，始终列为“立即处置”；此后至少每7天跟进走访一次，直至等级下降',
  source: '003 §三.1',
  reading: '童护对“立即”的理解：种子文件只规定即时介入处置，未规定处置完成的标准和跟进间隔',
};

export const RED_FOLLOW_UP_ADOPTED: PolicyProfile['redFollowUp'] = { ...RED_FOLLOW_UP, adopted: true };

/** 普宁 003 §五.16: at least one director a village, more where target children exceed 30 (Tonghu: two). */
export const WORKFORCE: PolicyProfile['workforce'] = {
  directorsPerVillage: 1,
  moreDirectorsAbove: 30,
  directorsAbove: 2,
  text: '每个村（社区）至少一名儿童主任；农村留守儿童和困境儿童总人数超过30人的村（社区）增配儿童主任（童护按至少两名理解）',
  source: '003 §五.16',
};

/** A seed that says only 适当增配: one director a village, no threshold. */
export function workforceWithoutThreshold(text: string, source: string): PolicyProfile['workforce'] {
  return { directorsPerVillage: 1, moreDirectorsAbove: null, directorsAbove: 1, text, source };
}

export const YEARLY_SPOT_CHECK: PolicyProfile['spotCheck'] = {
  every: 'P1Y',
  text: '每年开展一次档案抽查',
  source: '003 §五.8',
  adopted: true,
};
