// 南京市江宁区 (seed 000): 一年两排、一月一访, four-colour management per DB32/T 4361-2022.
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

const jiangning: PolicyProfile = {
  id: 'jiangning',
  name: '南京市江宁区',
  seed: '000',
  regions: ['320115'],
  leftBehind: NATIONAL_LEFT_BEHIND,
  inDifficulty: IN_DIFFICULTY,
  singleParentRural: SINGLE_PARENT_RURAL,
  grading: {
    ...FOUR_COLOUR,
    text: '按照《困境儿童风险评估规范（DB32T4361-2022）》实行“四色管理”全覆盖，并根据风险等级变动及时调整走访频次',
    source: '000 (一)1',
  },
  mandatoryReport: MANDATORY_REPORT,
  schedule: [
    RED_IMMEDIATE,
    {
      id: 'monthly_visit',
      when: { kind: 'all' },
      visitEvery: 'P1M',
      text: '“一月一访”：一月至少1次入户巡访关爱',
      source: '000 (一)1',
    },
  ],
  screening: { every: 'P6M', text: '“一年两排”：一年至少2次全面摸底排查', source: '000 (一)1' },
  spotCheck: {
    every: 'P1Y',
    text: '加强对儿童档案管理的监督检查，每年至少开展1次抽查工作',
    source: '000 (一)1',
  },
  dataComparison: {
    every: 'P3M',
    text: '定期推送农村留守儿童、困境儿童名册，与教育部门学籍库开展信息比对',
    source: '000 (一)3',
  },
  workforce: { ...WORKFORCE, source: '000 (五)15' },
};

export default jiangning;
