// 揭阳市普宁市 (seed 003): the explicit four-colour scheme with a visit rate per level, parents away three
// months or more, red/yellow/blue lists shared half-yearly. The level rules are minimums that hold for
// that level and every higher one: a yellow child is never visited less often than a blue one.
import type { PolicyProfile } from '../domain/policy.ts';
import { FOUR_COLOUR, MANDATORY_REPORT, WORKFORCE, RED_FOLLOW_UP } from './common.ts';
import { puningTypes } from './difficulty.ts';

const puning: PolicyProfile = {
  id: 'puning',
  name: '揭阳市普宁市',
  seed: '003',
  regions: ['445281'],
  leftBehind: {
    underAge: 16,
    requireRuralHukou: true,
    migrantMonthsMin: 3,
    text: '父母双方外出务工或一方外出务工另一方无监护能力、未满十六周岁的农村户籍未成年人；外出务工按连续3个月以上、跨县域把握，务工地和户籍地均在核心城区的不在统计范围',
    source: '003 §二(一)',
  },
  inDifficulty: puningTypes(false),
  singleParentRural: {
    text: '将农村单亲家庭儿童纳入儿童主任日常工作职责，同步开展走访摸排；建立工作台账，依法落实强制报告制度；其中属于农村留守儿童和困境儿童的，及时更新录入儿童信息',
    source: '003 §五 末段',
  },
  grading: FOUR_COLOUR,
  mandatoryReport: MANDATORY_REPORT,
  redFollowUp: RED_FOLLOW_UP,
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
  careActivities: [
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: 'P1Y',
      text: '妇联要加强社区家长学校、家庭教育指导服务站点建设，为农村留守儿童和困境儿童父母或其他监护人、被委托人每年提供不少于一次公益性家庭教育服务指导',
      source: '003 §五.4',
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '对于在学校就读的儿童，要及时对接教育部门按规定开展心理测评和心理辅导',
      source: '003 §五.2',
    },
    {
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: 'P1Y',
      text: '教育、公安、民政、团委、妇联等相关部门以及各村（居）民委员会每年至少开展一次安全知识进村（社区）活动',
      source: '003 §五.13',
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '市人民法院、人民检察院、司法行政等部门要将农村留守儿童和困境儿童列入普法重点群体，加强法治教育',
      source: '003 §五.1',
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '要结合重要节假日和寒暑假等时间节点，组织儿童关爱服务活动',
      source: '003 §五.11',
    },
  ],
};

export default puning;
