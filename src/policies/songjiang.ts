// 上海市松江区 (seed 002): contact monthly, visit every two months; where a parent has a severe physical
// or intellectual disability, the child is disabled or shows psychological or behavioural abnormality,
// contact every two weeks and visit monthly.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR,
  IN_DIFFICULTY,
  MANDATORY_REPORT,
  NATIONAL_LEFT_BEHIND,
  RED_IMMEDIATE,
  SINGLE_PARENT_RURAL,
  WORKFORCE,
} from './common.ts';

const songjiang: PolicyProfile = {
  id: 'songjiang',
  name: '上海市松江区',
  seed: '002',
  regions: ['310117'],
  leftBehind: NATIONAL_LEFT_BEHIND,
  inDifficulty: IN_DIFFICULTY,
  singleParentRural: SINGLE_PARENT_RURAL,
  grading: FOUR_COLOUR,
  mandatoryReport: MANDATORY_REPORT,
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
            any: ['disability.severe', 'mental.abnormal_behaviour', 'mental.serious_illness'],
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
  workforce: {
    ...WORKFORCE,
    text: '建立儿童主任信息台账和培训档案，落实从业限制和入职查询制度，每年组织开展儿童主任全员培训',
    source: '002 §二.6',
  },
};

export default songjiang;
