// 四平市铁东区 (seed 001): left-behind children in town and country alike; visits by the quality of
// guardianship; high-risk groups more often than monthly; quarterly data updates and comparison.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR_ADOPTED,
  MANDATORY_REPORT_ADOPTED,
  NATIONAL_LEFT_BEHIND,
  workforceWithoutThreshold,
  RED_FOLLOW_UP_ADOPTED,
} from './common.ts';
import { TIEDONG_TYPES } from './difficulty.ts';

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
    adopted: false,
    months: { text: '外出务工时限一般指连续6个月以上', source: '001 §二(一)' },
  },
  inDifficulty: TIEDONG_TYPES,
  singleParentRural: {
    text: '要重点关注留守儿童和困境儿童中的农村单亲家庭儿童，将其纳入关爱服务范围',
    source: '001 §二 末段',
  },
  grading: FOUR_COLOUR_ADOPTED,
  // Red factors open a report under 普宁's paragraph (adopted); 001 §四.8 names its own triggers, to the police.
  mandatoryReport: {
    ...MANDATORY_REPORT_ADOPTED,
    triggers: [
      {
        codes: [
          'unsupervised.living_alone',
          'unsupervised.wandering_or_missing',
          'guardianship.absent',
          'guardianship.severely_insufficient',
          'harm.suspected',
          'injury.accidental_suspected',
        ],
        text: '发现有脱离监护单独居住生活或失踪、监护人丧失监护能力或不履行监护责任、疑似遭受家庭暴力、疑似遭受意外伤害或不法侵害等情况的，要第一时间向公安机关报告并立即采取相应措施',
        source: '001 §四.8',
      },
    ],
  },
  redFollowUp: RED_FOLLOW_UP_ADOPTED,
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
          {
            kind: 'condition',
            any: [
              'assist.dibao',
              'assist.dibao_marginal',
              'assist.expenditure_hardship',
              'assist.tekun',
              'state_guardianship',
              'disability.certified',
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
      text: '家庭贫困、散居孤儿（含参照孤儿保障的对象）、事实无人抚养、艾滋病病毒感染、服刑和戒毒人员子女、农村单亲、无户籍、失辍学、重病、残疾、有流浪经历等监护风险较大的，加大走访频次（原文未定次数，童护按每两周一次理解，可按部署调整）',
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
  workforce: workforceWithoutThreshold(
    '配齐配强儿童督导员、儿童主任，对于服务对象人数较多的地区，要适当增配工作人员（未设人数标准）',
    '001 §四.16',
  ),
  careActivities: [
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: null,
      text: '妇联要会同教育部门通过好家风故事宣讲、家庭教育讲座等形式，提高留守儿童和困境儿童父母及其监护人的家庭教育能力',
      source: '001 §四.4',
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '综合运用心理健康教育、心理健康监测、及早有效关爱、畅通转介诊疗、强化跟进服务等多方面举措',
      source: '001 §四.2',
    },
    {
      // 001 names no yearly safety visit to every village (as 000, 003, 004 do): the duty has no rate here.
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: null,
      text: '让留守儿童和困境儿童及其监护人了解安全常识和常见意外伤害的防范方法',
      source: '001 §四.13',
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '法院、检察院、司法部门要将留守儿童和困境儿童列入普法重点群体',
      source: '001 §四.1',
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '民政部门要组织协调相关部门党员干部在重要节假日等时间节点，走访儿童福利领域服务机构和基层儿童活动场所，慰问服务对象',
      source: '001 §四.11',
    },
  ],
};

export default tiedong;
