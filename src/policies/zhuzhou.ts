// 湖南省株洲市 (seed 004, nine counties): contact monthly, visit quarterly, more often for rural single-parent
// families, disabled parents or children and psychological or behavioural abnormality; archive spot
// checks at least half-yearly.
import type { PolicyProfile } from '../domain/policy.ts';
import {
  FOUR_COLOUR,
  IN_DIFFICULTY,
  MANDATORY_REPORT,
  NATIONAL_LEFT_BEHIND,
  SINGLE_PARENT_RURAL,
  WORKFORCE,
} from './common.ts';

const zhuzhou: PolicyProfile = {
  id: 'zhuzhou',
  name: '湖南省株洲市',
  seed: '004',
  regions: ['4302'],
  leftBehind: {
    ...NATIONAL_LEFT_BEHIND,
    text: `严格按照国家相关文件中关于农村留守儿童的定义：${NATIONAL_LEFT_BEHIND.text}`,
    source: '004 §二.8',
  },
  inDifficulty: IN_DIFFICULTY,
  singleParentRural: SINGLE_PARENT_RURAL,
  grading: FOUR_COLOUR,
  mandatoryReport: { ...MANDATORY_REPORT, source: '004 §二.7' },
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
              'mental.abnormal_behaviour',
              'mental.serious_illness',
            ],
          },
          { kind: 'parentStatus', any: ['severe_disability'] },
        ],
      },
      visitEvery: 'P1M',
      text: '农村单亲家庭、父母双方或一方存在严重身体或智力残疾、儿童自身存在身体或智力残疾、有心理或行为异常的，加大走访频次（每月入户走访）',
      source: '004 §二.9',
    },
  ],
  spotCheck: { every: 'P6M', text: '县级民政部门每半年至少开展一次档案抽查工作', source: '004 §二.8' },
  inspection: { every: 'P6M', text: '各县市区民政局每半年至少开展一次检查', source: '004 §四(二)' },
  workforce: {
    ...WORKFORCE,
    text: '每个村（社区）至少一名儿童主任；建立儿童主任信息台账和覆盖全员的培训档案，每年培训全覆盖',
    source: '004 §二.18',
  },
};

export default zhuzhou;
