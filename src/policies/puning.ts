// 揭阳市普宁市 (seed 003): the explicit four-colour scheme with a visit rate per level, parents away three
// months or more, red/yellow/blue lists shared half-yearly. The level rules are minimums that hold for
// that level and every higher one: a yellow child is never visited less often than a blue one.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR,
  IN_DIFFICULTY,
  MANDATORY_REPORT,
  NATIONAL_LEFT_BEHIND,
  SINGLE_PARENT_RURAL,
  WORKFORCE,
} from './common.ts';

const puning: PolicyProfile = {
  id: 'puning',
  name: '揭阳市普宁市',
  seed: '003',
  regions: ['445281'],
  leftBehind: {
    ...NATIONAL_LEFT_BEHIND,
    migrantMonthsMin: 3,
    text: '父母双方外出务工或一方外出务工另一方无监护能力、未满十六周岁的农村户籍未成年人；外出务工按连续3个月以上、跨县域把握，务工地和户籍地均在核心城区的不在统计范围',
    source: '003 §二(一)',
  },
  inDifficulty: IN_DIFFICULTY,
  singleParentRural: SINGLE_PARENT_RURAL,
  grading: FOUR_COLOUR,
  mandatoryReport: MANDATORY_REPORT,
  schedule: [
    {
      id: 'red',
      when: { kind: 'levelAtLeast', level: 'red' },
      immediate: true,
      text: '高风险（红色）：需紧急干预，发现或接报个案情况后即时介入处置',
      source: '003 §三.1',
    },
    {
      id: 'yellow',
      when: { kind: 'levelAtLeast', level: 'yellow' },
      visitEvery: 'P1M',
      text: '中高风险（黄色）：需重点跟踪，至少每月入户走访一次',
      source: '003 §三.2',
    },
    {
      id: 'blue',
      when: { kind: 'levelAtLeast', level: 'blue' },
      visitEvery: 'P2M',
      text: '中低风险（蓝色）：需定期介入，至少每两个月入户走访一次',
      source: '003 §三.3',
    },
    {
      id: 'green',
      when: { kind: 'levelAtLeast', level: 'green' },
      contactEvery: 'P1M',
      visitEvery: 'P3M',
      text: '常态化关爱服务：至少每个月联系一次，每三个月入户走访一次',
      source: '003 §三.4',
    },
  ],
  spotCheck: { every: 'P1Y', text: '每年开展一次档案抽查工作，保存抽查记录', source: '003 §五.8' },
  dataComparison: {
    every: 'P3M',
    text: '加强各部门数据比对，重点比对是否按规定纳入或退出基本生活保障、控辍保学、教育资助、医疗保险、康复救助等情况',
    source: '003 §四(一)',
  },
  listSharing: {
    every: 'P6M',
    recipients: ['团委', '妇联', '残联'],
    levels: ['red', 'yellow', 'blue'],
    text: '红色、黄色、蓝色儿童名单至少每半年通报团委、妇联、残联',
    source: '003 §四(三)',
  },
  progressReport: { due: '11-03', text: '每年11月3日前将工作进展情况报揭阳市民政局', source: '003 §七(三)' },
  inspection: { every: 'P1Y', text: '每年至少开展一次检查', source: '003 §七(三)' },
  workforce: WORKFORCE,
};

export default puning;
