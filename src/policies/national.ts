// The national baseline (民发〔2023〕62号) for any region without a profile of its own. Its wording is
// restated by the local plans, which is where the citations point.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR,
  IN_DIFFICULTY,
  MANDATORY_REPORT,
  NATIONAL_LEFT_BEHIND,
  RED_IMMEDIATE,
  SINGLE_PARENT_RURAL,
  WORKFORCE,
  YEARLY_SPOT_CHECK,
} from './common.ts';

const national: PolicyProfile = {
  id: 'national',
  name: '全国基线',
  seed: null,
  regions: [],
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
      visitEvery: 'P3M',
      text: '至少每个月联系一次，每三个月入户走访一次',
      source: '004 §二.9',
    },
  ],
  spotCheck: YEARLY_SPOT_CHECK,
  dataComparison: {
    every: 'P3M',
    text: '相关部门定期交换数据，民政部门至少每季度比对一次',
    source: '001 §四.18',
  },
  workforce: WORKFORCE,
};

export default national;
