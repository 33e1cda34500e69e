// Each plan's phases (阶段安排) with their dates, as its seed sets them. A "late June" (6月下旬) or "end of
// the month" end is read as the month's last day. Where a seed sets no phases (江宁's task list, 松江, the
// national baseline) a plan gets the dates the three dated seeds share: key advancement to the end of 2025
// and consolidation from January to October 2026.
import type { PhaseTemplate } from './template.ts';

const CONSOLIDATION_TEXT = '认真总结工作成效和经验，巩固阶段性工作成果，对存在的困难问题提出改进措施';

export const PHASES: Record<string, PhaseTemplate[]> = {
  puning: [
    {
      key: 'deployment',
      name: '部署启动',
      startsOn: '2024-04-01',
      endsOn: '2024-06-30',
      text: '制定具体实施方案，细化工作任务、阶段性目标、方法步骤、保障措施等，建立部门间协作机制',
      source: '003 §六(一)',
    },
    {
      key: 'screening',
      name: '摸排标识',
      startsOn: '2024-04-01',
      endsOn: '2024-07-31',
      text: '开展农村留守儿童和困境儿童摸排和风险等级分级分色标识工作，并全部建立档案',
      source: '003 §六(二)',
    },
    {
      key: 'advancement',
      name: '重点推进',
      startsOn: '2024-06-01',
      endsOn: '2025-12-31',
      text: '开展儿童工作队伍赋能培训，重点实施固本强基行动及监护提质行动；2025年底前基本实现预期目标',
      source: '003 §六(三)',
    },
    {
      key: 'consolidation',
      name: '巩固提升',
      startsOn: '2026-01-01',
      endsOn: '2026-10-31',
      text: CONSOLIDATION_TEXT,
      source: '003 §六(四)',
    },
  ],
  tiedong: [
    {
      key: 'deployment',
      name: '部署启动',
      startsOn: '2024-01-01',
      endsOn: '2024-02-29',
      text: '各项工作任务明确部门责任、实施主体、完成时限',
      source: '001 §五(一)',
    },
    {
      key: 'screening',
      name: '摸底排查',
      startsOn: '2024-03-01',
      endsOn: '2024-06-30',
      text: '2024年6月底前完成辖区内留守儿童和困境儿童摸底排查、档案建立和数据录入',
      source: '001 §五(二)',
    },
    {
      key: 'advancement',
      name: '推进实施',
      startsOn: '2024-03-01',
      endsOn: '2025-12-31',
      text: '扎实推进完成各项工作任务；2025年底前基本实现预期目标',
      source: '001 §五(二)',
    },
    {
      key: 'consolidation',
      name: '巩固提升',
      startsOn: '2026-01-01',
      endsOn: '2026-10-31',
      text: CONSOLIDATION_TEXT,
      source: '001 §五(三)',
    },
  ],
  zhuzhou: [
    {
      key: 'deployment',
      name: '部署启动',
      startsOn: '2023-12-01',
      endsOn: '2024-01-31',
      text: '各县市区民政局制定具体实施方案，于2024年1月底前报市民政局',
      source: '004 §三(一)',
    },
    {
      key: 'screening',
      name: '全面摸底排查',
      startsOn: '2024-02-01',
      endsOn: '2024-06-30',
      text: '2024年6月底前完成全面摸底排查，完成信息系统更新，全部建立档案',
      source: '004 §三(二)',
    },
    {
      key: 'advancement',
      name: '重点推进',
      startsOn: '2024-02-01',
      endsOn: '2025-12-31',
      text: '扎实推进各项重点工作任务，着力补短板强弱项；2025年底前基本实现预期目标',
      source: '004 §三(二)',
    },
    {
      key: 'consolidation',
      name: '巩固提升',
      startsOn: '2026-01-01',
      endsOn: '2026-10-31',
      text: CONSOLIDATION_TEXT,
      source: '004 §三(三)',
    },
  ],
};

/** The dates 001 §五, 003 §六 and 004 §三 agree on, for plans whose seed sets none. */
export const COMMON_PHASES: PhaseTemplate[] = [
  {
    key: 'advancement',
    name: '重点推进',
    startsOn: null,
    endsOn: '2025-12-31',
    text: '2025年底前基本实现预期目标（各地方案共同的时间节点）',
    source: '001 §五(二); 003 §六(三); 004 §三(二)',
  },
  {
    key: 'consolidation',
    name: '巩固提升',
    startsOn: '2026-01-01',
    endsOn: '2026-10-31',
    text: CONSOLIDATION_TEXT,
    source: '001 §五(三); 003 §六(四); 004 §三(三)',
  },
];

export function phasesFor(profileId: string): PhaseTemplate[] {
  return PHASES[profileId] ?? COMMON_PHASES;
}
