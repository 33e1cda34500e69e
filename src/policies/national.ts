// The national baseline (民发〔2023〕62号) for any region without a profile of its own. Its wording is
// restated by the local plans, which is where the citations point.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR_ADOPTED,
  MANDATORY_REPORT_ADOPTED,
  NATIONAL_LEFT_BEHIND,
  RED_IMMEDIATE,
  SINGLE_PARENT_RURAL_ADOPTED,
  WORKFORCE,
  YEARLY_SPOT_CHECK,
  RED_FOLLOW_UP_ADOPTED,
} from './common.ts';
import { puningTypes } from './difficulty.ts';

const national: PolicyProfile = {
  id: 'national',
  name: '全国基线',
  seed: null,
  regions: [],
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
      visitEvery: 'P3M',
      text: '至少每个月联系一次，每三个月入户走访一次',
      source: '004 §二.9',
      adopted: true,
    },
  ],
  spotCheck: YEARLY_SPOT_CHECK,
  dataComparison: {
    every: 'P3M',
    text: '相关部门定期交换数据，民政部门至少每季度比对一次',
    source: '001 §四.18',
    adopted: true,
  },
  workforce: { ...WORKFORCE, adopted: true },
  // The national baseline restates the local plans; its duties are 普宁's words (003), marked adopted.
  careActivities: [
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: 'P1Y',
      text: '为农村留守儿童和困境儿童父母或其他监护人、被委托人每年提供不少于一次公益性家庭教育服务指导',
      source: '003 §五.4',
      adopted: true,
    },
    {
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: 'P1Y',
      text: '教育、公安、民政、团委、妇联等相关部门以及各村（居）民委员会每年至少开展一次安全知识进村（社区）活动',
      source: '003 §五.13',
      adopted: true,
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '对于在学校就读的儿童，要及时对接教育部门按规定开展心理测评和心理辅导',
      source: '003 §五.2',
      adopted: true,
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '将农村留守儿童和困境儿童列入普法重点群体，加强法治教育',
      source: '003 §五.1',
      adopted: true,
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '要结合重要节假日和寒暑假等时间节点，组织儿童关爱服务活动',
      source: '003 §五.11',
      adopted: true,
    },
  ],
};

export default national;
