// 南京市江宁区 (seed 000): 一年两排、一月一访, four-colour management per DB32/T 4361-2022.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR_ADOPTED,
  MANDATORY_REPORT_ADOPTED,
  NATIONAL_LEFT_BEHIND,
  RED_IMMEDIATE,
  SINGLE_PARENT_RURAL_ADOPTED,
  WORKFORCE,
  RED_FOLLOW_UP_ADOPTED,
} from './common.ts';
import { puningTypes } from './difficulty.ts';

const jiangning: PolicyProfile = {
  id: 'jiangning',
  name: '南京市江宁区',
  seed: '000',
  regions: ['320115'],
  leftBehind: NATIONAL_LEFT_BEHIND,
  inDifficulty: puningTypes(true),
  singleParentRural: SINGLE_PARENT_RURAL_ADOPTED,
  // 000 (一)1 applies DB32/T 4361-2022, whose text is not available: 普宁's factor table is adopted.
  grading: {
    ...FOUR_COLOUR_ADOPTED,
    text: '按照《困境儿童风险评估规范（DB32T4361-2022）》实行“四色管理”全覆盖（规范文本未取得，风险因素采用普宁市方案）',
    source: '000 (一)1',
    adopted: false,
  },
  mandatoryReport: MANDATORY_REPORT_ADOPTED,
  redFollowUp: RED_FOLLOW_UP_ADOPTED,
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
  careActivities: [
    {
      id: 'safety_village',
      kind: 'safety',
      reach: 'village',
      every: 'P1Y',
      text: '教育、公安、民政、团委、妇联等部门每年至少开展一次安全知识进村（社区）活动',
      source: '000 (三)9',
    },
    {
      id: 'family_education',
      kind: 'family_education',
      reach: 'target_family',
      every: null,
      text: '要加强对农村留守儿童和困境儿童父母或其他监护人的家庭教育指导服务，引导其关注儿童身心健康',
      source: '000 (二)5',
    },
    {
      id: 'psychological',
      kind: 'psychological',
      reach: 'target_child',
      every: null,
      text: '对农村留守儿童和困境儿童开展心理健康监测',
      source: '000 (四)13',
    },
    {
      id: 'legal',
      kind: 'legal',
      reach: 'target_child',
      every: null,
      text: '将农村留守儿童和困境儿童列入普法重点群体',
      source: '000 (四)12',
    },
    {
      id: 'holiday',
      kind: 'holiday',
      reach: 'target_child',
      every: null,
      text: '在重要节假日等时间节点，慰问服务对象',
      source: '000 (一)4',
    },
  ],
};

export default jiangning;
