// 上海市松江区 (seed 002): contact monthly, visit every two months; where a parent has a severe physical
// or intellectual disability, the child is disabled or shows psychological or behavioural abnormality,
// contact every two weeks and visit monthly.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR_ADOPTED,
  MANDATORY_REPORT_ADOPTED,
  NATIONAL_LEFT_BEHIND,
  RED_IMMEDIATE,
  SINGLE_PARENT_RURAL_ADOPTED,
  workforceWithoutThreshold,
  RED_FOLLOW_UP_ADOPTED,
} from './common.ts';
import { puningTypes } from './difficulty.ts';

const songjiang: PolicyProfile = {
  id: 'songjiang',
  name: '上海市松江区',
  seed: '002',
  regions: ['310117'],
  leftBehind: NATIONAL_LEFT_BEHIND,
  inDifficulty: puningTypes(true),
  singleParentRural: SINGLE_PARENT_RURAL_ADOPTED,
  grading: FOUR_COLOUR_ADOPTED,
  mandatoryReport: MANDATORY_REPORT_ADOPTED,
  redFollowUp: RED_FOLLOW_UP_ADOPTED,
  schedule: [
    RED_IMMEDIATE,
    {
      id: 'baseline',
      when: { kind: 'all' },
      contactEvery: 'P1M',
      visitEvery: 'P2M',
      text: '儿童主任至少每个月联系一次，每两个月入户走访一次',
      source: '002 §二.3',
    },
    {
      id: 'disability_or_abnormality',
      when: {
        kind: 'anyOf',
        of: [
          { kind: 'parentStatus', any: ['severe_disability'] },
          {
            kind: 'condition',
            // 002 §二.3: 儿童自身存在身体或智力残疾 — any disability of the child, not only a severe one.
            any: [
              'disability.severe',
              'disability.certified',
              'mental.abnormal_behaviour',
              'mental.serious_illness',
            ],
          },
        ],
      },
      contactEvery: 'P14D',
      visitEvery: 'P1M',
      text: '父母双方或一方存在严重身体或智力残疾、儿童自身存在身体或智力残疾、有心理或行为异常的，至少每两周联系一次，每月入户走访一次',
      source: '002 §二.3',
    },
  ],
  spotCheck: { every: 'P1Y', text: '区民政部门每年至少开展一次全面检查', source: '002 §三.2' },
  inspection: {
    every: 'P1Y',
    text: '建立常态化的督促检查机制，每年至少开展一次全面检查',
    source: '002 §三.2',
  },
  workforce: workforceWithoutThreshold(
    '建立儿童主任信息台账和培训档案，落实从业限制和入职查询制度，每年组织开展儿童主任全员培训（未设增配人数标准）',
    '002 §二.6',
  ),
  careActivities: [
    {
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: 'P1Y',
      text: '相关部门每年至少开展一次防溺水、防欺凌等安全知识进居村活动',
      source: '002 §二.5',
    },
    {
      id: 'safety_township',
      kind: 'safety',
      reach: 'township',
      every: 'P3M',
      text: '各街镇每季度至少组织一次专题讲座或主题活动',
      source: '002 §二.5',
    },
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: null,
      text: '加强对农村留守儿童和困境儿童父母或其他监护人的家庭教育指导服务',
      source: '002 §二.2',
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '学校老师、儿童督导员、儿童主任应加强对存在心理、行为异常的农村留守儿童和困境儿童父母或其他监护人的指导、干预',
      source: '002 §二.1',
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '打造符合农村留守儿童和困境儿童特点的普法教育特色项目',
      source: '002 §二.1',
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '“爱心暑托班”、社区托育“宝宝屋”、托育机构托位等应优先满足农村留守儿童和困境儿童需求',
      source: '002 §二.4',
    },
  ],
};

export default songjiang;
