// 四平市铁东区 (seed 001): left-behind children in town and country alike; visits by the quality of
// guardianship; high-risk groups more often than monthly; quarterly data updates and comparison.
import type { PolicyProfile } from '../domain/policy.ts';
import { FOUR_COLOUR, MANDATORY_REPORT, NATIONAL_LEFT_BEHIND, WORKFORCE } from './common.ts';

const tiedong: PolicyProfile = {
  id: 'tiedong',
  name: '四平市铁东区',
  seed: '001',
  regions: ['220303'],
  leftBehind: {
    ...NATIONAL_LEFT_BEHIND,
    requireRuralHukou: false,
    text: '父母双方外出务工或一方外出务工另一方无监护能力、不满16周岁的未成年人（不限农村户籍）；外出务工连续6个月以上、跨县域，务工地和户籍地均在核心城区的不计',
    source: '001 §二(一)',
  },
  inDifficulty: {
    underAge: 18,
    text: '家庭困境儿童、自身困境儿童和监护困境儿童',
    source: '001 §二(二)',
  },
  singleParentRural: { text: '重点关注农村单亲家庭儿童，将其纳入关爱服务范围', source: '001 §二(二)' },
  grading: FOUR_COLOUR,
  mandatoryReport: {
    ...MANDATORY_REPORT,
    text: '发现脱离监护单独居住生活或失踪、疑似遭受家庭暴力、意外伤害或不法侵害等情况的，第一时间向公安机关报告',
    source: '001 §四.8',
  },
  schedule: [
    {
      id: 'red.immediate',
      when: { kind: 'levelAtLeast', level: 'red' },
      immediate: true,
      text: '第一时间向公安机关报告并立即采取相应措施',
      source: '001 §四.8',
    },
    {
      id: 'guardianship.good',
      when: { kind: 'guardianship', values: ['good'] },
      visitEvery: 'P3M',
      text: '监护状况较好的，每三个月入户走访一次',
      source: '001 §四.8',
    },
    {
      // Guardianship not yet assessed is treated as 一般 until it is: the safer of the two rates.
      id: 'guardianship.fair',
      when: { kind: 'guardianship', values: ['fair', 'unknown'] },
      visitEvery: 'P1M',
      text: '监护状况一般的（或尚未评估的），每个月入户走访一次',
      source: '001 §四.8',
    },
    {
      id: 'high_risk',
      when: {
        kind: 'anyOf',
        of: [
          { kind: 'guardianship', values: ['poor'] },
          { kind: 'difficultyType', any: ['poor_family'] },
          {
            kind: 'condition',
            any: [
              'orphan',
              'de_facto_unsupported',
              'hiv',
              'single_parent_rural',
              'no_hukou',
              'school.dropout_suspected',
              'illness.severe',
              'disability.severe',
              'unsupervised.wandering_or_missing',
            ],
          },
          { kind: 'parentStatus', any: ['imprisoned', 'drug_rehab'] },
        ],
      },
      visitEvery: 'P14D',
      text: '家庭贫困、散居孤儿、事实无人抚养、艾滋病病毒感染、服刑和戒毒人员子女、农村单亲、无户籍、失辍学、重病、残疾、有流浪经历等监护风险较大的，加大走访频次（每月多于一次）',
      source: '001 §四.8',
    },
  ],
  spotCheck: {
    every: 'P1Y',
    text: '每季度更新全国儿童福利信息系统数据，每年开展一次档案抽查工作',
    source: '001 §四.8',
  },
  dataComparison: {
    every: 'P3M',
    text: '相关部门定期将有关数据交换给民政部门开展数据比对，县民政部门至少每季度比对一次',
    source: '001 §四.18',
  },
  progressReport: {
    due: '12-01',
    text: '各单位于每年12月1日前将本单位工作进展情况报民政局',
    source: '001 §六(二)',
  },
  workforce: { ...WORKFORCE, source: '001 §四.16' },
};

export default tiedong;
