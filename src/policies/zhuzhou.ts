// 湖南省株洲市 (seed 004, nine counties): contact monthly, visit quarterly, more often for rural single-parent
// families, disabled parents or children and psychological or behavioural abnormality; archive spot
// checks at least half-yearly.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR_ADOPTED,
  MANDATORY_REPORT,
  NATIONAL_LEFT_BEHIND,
  workforceWithoutThreshold,
  RED_FOLLOW_UP_ADOPTED,
} from './common.ts';
import { puningTypes } from './difficulty.ts';

const zhuzhou: PolicyProfile = {
  id: 'zhuzhou',
  name: '湖南省株洲市',
  seed: '004',
  regions: ['4302'],
  leftBehind: {
    ...NATIONAL_LEFT_BEHIND,
    text: `严格按照国家相关文件中关于农村留守儿童的定义：${NATIONAL_LEFT_BEHIND.text}`,
    source: '004 §二.8',
    adopted: false,
  },
  inDifficulty: puningTypes(true),
  singleParentRural: {
    text: '对农村单亲家庭儿童，儿童主任要加大走访频次',
    source: '004 §二.9',
  },
  grading: FOUR_COLOUR_ADOPTED,
  mandatoryReport: {
    ...MANDATORY_REPORT,
    text: '发现儿童身心健康受到侵害、疑似受到侵害或面临其他危险情形的，应当立即向公安、教育、民政等有关部门报告',
    source: '004 §二.7',
  },
  redFollowUp: RED_FOLLOW_UP_ADOPTED,
  schedule: [
    {
      id: 'red.immediate',
      when: { kind: 'levelAtLeast', level: 'red' },
      immediate: true,
      text: '发现儿童身心健康受到侵害、疑似受到侵害或面临其他危险情形的，立即报告并处置',
      source: '004 §二.7',
    },
    {
      id: 'baseline',
      when: { kind: 'all' },
      contactEvery: 'P1M',
      visitEvery: 'P3M',
      text: '至少每个月联系一次，每三个月入户走访一次',
      source: '004 §二.9',
    },
    {
      id: 'more_often',
      when: {
        kind: 'anyOf',
        of: [
          {
            kind: 'condition',
            any: [
              'single_parent_rural',
              'disability.severe',
              'disability.certified',
              'mental.abnormal_behaviour',
              'mental.serious_illness',
            ],
          },
          { kind: 'parentStatus', any: ['severe_disability'] },
        ],
      },
      visitEvery: 'P1M',
      text: '农村单亲家庭、父母双方或一方存在严重身体或智力残疾、儿童自身存在身体或智力残疾、有心理或行为异常的，加大走访频次（原文未定次数，童护按每月入户走访一次理解，可按部署调整）',
      source: '004 §二.9',
    },
  ],
  spotCheck: { every: 'P6M', text: '县级民政部门每半年至少开展一次档案抽查工作', source: '004 §二.8' },
  inspection: { every: 'P6M', text: '各县市区民政局每半年至少开展一次检查', source: '004 §四(二)' },
  workforce: workforceWithoutThreshold(
    '每个村（社区）至少一名儿童主任；建立儿童主任信息台账和覆盖全员的培训档案，每年培训全覆盖（未设增配人数标准）',
    '004 §二.18',
  ),
  careActivities: [
    {
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: 'P1Y',
      text: '县级教育、公安、民政等部门及团委、妇联等组织每年至少开展一次安全知识进村（社区）活动',
      source: '004 §二.14',
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '引导有需要的农村留守儿童和困境儿童主动接受心理健康测评',
      source: '004 §二.3',
    },
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: null,
      text: '广泛开展对农村留守儿童父母或其他监护人的家庭教育指导',
      source: '004 §二.5',
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '将农村留守儿童和困境儿童列入普法重点群体',
      source: '004 §二.2',
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '各地要结合重要节假日和寒暑假等时间节点，聚合社会爱心资源，组织多种形式的儿童关爱服务活动',
      source: '004 §二.13',
    },
  ],
};

export default zhuzhou;
