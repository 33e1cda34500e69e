// Rules that several plans state in the same words (they all restate 民发〔2023〕62号). A profile
// spreads these and overrides what its own seed says differently.
import type { PolicyProfile } from '../domain/policy.ts';
import { FOUR_COLOUR_FACTORS } from './four-colour.ts';

export const NATIONAL_LEFT_BEHIND: PolicyProfile['leftBehind'] = {
  underAge: 16,
  requireRuralHukou: true,
  migrantMonthsMin: 6,
  text: '父母双方外出务工或一方外出务工另一方无监护能力、不满16周岁的农村户籍未成年人；外出务工连续6个月以上、跨县域，务工地和户籍地均在核心城区的不计',
  source: '001 §二(一)',
};

export const IN_DIFFICULTY: PolicyProfile['inDifficulty'] = {
  underAge: 18,
  text: '孤儿（含艾滋病病毒感染儿童）、事实无人抚养儿童、困难家庭儿童、重残儿童、兜底监护儿童及其他类型',
  source: '003 §二(二)',
};

export const SINGLE_PARENT_RURAL: PolicyProfile['singleParentRural'] = {
  text: '农村单亲家庭儿童纳入儿童主任日常工作职责，同步开展走访摸排',
  source: '003 §五 末段',
};

export const FOUR_COLOUR: PolicyProfile['grading'] = {
  factors: [...FOUR_COLOUR_FACTORS],
  text: '高风险（红色）、中高风险（黄色）、中低风险（蓝色）、低风险（绿色）四级分级分色',
  source: '003 §三',
};

export const MANDATORY_REPORT: PolicyProfile['mandatoryReport'] = {
  level: 'red',
  text: '发现儿童身心健康受到侵害、疑似受到侵害或面临其他危险情形的，应当立即向公安、民政、教育等有关部门报告',
  source: '003 §五.6',
};

export const RED_IMMEDIATE = {
  id: 'red.immediate',
  when: { kind: 'levelAtLeast', level: 'red' },
  immediate: true,
  text: '高风险（红色）：发现或接报后即时介入处置',
  source: '003 §三.1',
} as const satisfies PolicyProfile['schedule'][number];

export const WORKFORCE: PolicyProfile['workforce'] = {
  directorsPerVillage: 1,
  moreDirectorsAbove: 30,
  directorsAbove: 2,
  text: '每个村（社区）至少一名儿童主任；农村留守儿童和困境儿童总人数超过30人的村（社区）增配儿童主任',
  source: '003 §五.16',
};

export const YEARLY_SPOT_CHECK: PolicyProfile['spotCheck'] = {
  every: 'P1Y',
  text: '每年开展一次档案抽查',
  source: '003 §五.8',
};
