// What a director writes down: the seven areas of a visit or contact (生活状况、监护情况、就学情况、健康状况、
// 安全状况、需求、关爱服务), work-log entries and interventions, worded after the child's situation.
import type { Condition } from '../../domain/codes.ts';
import { FINDING_AREAS, type FindingArea, type FindingStatus } from '../casework/index.ts';
import type { InterventionKind } from '../children/index.ts';
import type { PlannedChild } from './population.ts';
import type { Random } from './random.ts';
import type { Risk } from './risk.ts';

/** As casework stores a finding: the status, and the note or null (casework/contacts.ts). */
export interface Finding {
  status: FindingStatus;
  note: string | null;
}
export type Findings = Record<FindingArea, Finding>;

const RED_NOTES: Partial<Record<Condition, string>> = {
  'harm.suspected': '发现儿童身上有多处伤痕，疑似遭受家庭暴力，已立即报告派出所和镇督导员',
  'unsupervised.living_alone': '儿童独自居住，无人照料饮食起居，已联系镇督导员和亲属临时照料',
  'unsupervised.wandering_or_missing': '儿童多日未归，疑似在外流浪，已报告派出所协查',
  'guardianship.absent': '照料人突发重病住院，儿童无人监护，已报告镇督导员安排临时照料',
  self_harm: '发现儿童手臂有自伤痕迹，情绪低落，已联系学校心理老师并报告督导员',
};

const OTHER_NOTES: Partial<Record<Condition, [keyof Findings, FindingStatus, string]>> = {
  'guardianship.severely_insufficient': [
    'guardianship',
    'problem',
    '照料人年迈多病，无力照料，需落实监护责任',
  ],
  'school.dropout_suspected': ['schooling', 'problem', '已连续多日未到校，疑似辍学，已告知学校和镇教育部门'],
  'mental.serious_illness': ['health', 'problem', '疑似抑郁，情绪长期低落，建议到医院就诊'],
  'guardianship.insufficient': ['guardianship', 'attention', '祖辈照料，精力有限，作业辅导不足'],
  'mental.abnormal_behaviour': ['health', 'attention', '性格内向，不愿与人交流，需关注心理状况'],
  'disability.severe': ['health', 'attention', '定期进行康复训练，康复效果一般'],
  'illness.severe': ['health', 'attention', '病情稳定，定期复诊，医疗费用负担较重'],
  orphan: ['care', 'attention', '已落实孤儿基本生活保障金，亲属照料'],
  de_facto_unsupported: ['care', 'attention', '已纳入事实无人抚养儿童保障，亲属代为照料'],
  'assist.dibao': ['livingConditions', 'attention', '家庭经济困难，已享受低保'],
  'assist.tekun': ['livingConditions', 'attention', '已纳入特困供养'],
  'assist.dibao_marginal': ['livingConditions', 'attention', '低保边缘家庭，收入不稳定'],
  'assist.expenditure_hardship': ['livingConditions', 'attention', '因病支出较大，家庭负担重'],
  single_parent_rural: ['care', 'attention', '单亲家庭，家长需兼顾生计和照料'],
};

const ROUTINE: Partial<Record<keyof Findings, string[]>> = {
  livingConditions: ['居住环境整洁，饮食正常', '房屋安全，生活用品齐全'],
  schooling: ['按时上学，成绩中等', '学习态度认真，老师反映良好', '暑假在家，作息规律'],
  health: ['身体健康', '近期无疾病'],
  safety: ['已开展防溺水安全教育', '家中用电用火安全'],
  care: ['父母每周视频通话', '父母春节返乡', '与父母联系较少，已提醒家长多联系'],
};

/** The seven areas for one visit or contact. `discovery` marks the visit that found a red case. */
export function findingsFor(
  rng: Random,
  child: PlannedChild,
  risk: Risk | null,
  options: { visit: boolean; discovery: boolean },
): Findings {
  const findings = Object.fromEntries(
    FINDING_AREAS.map((a) => [a, { status: 'normal', note: null } as Finding]),
  ) as Findings;
  const leftBehind = child.parents.filter((p) => p.statuses.includes('migrant')).length > 0;
  for (const area of FINDING_AREAS) {
    const notes = ROUTINE[area];
    if (notes && rng.chance(options.visit ? 0.5 : 0.2)) findings[area].note = rng.pick(notes);
  }
  if (!leftBehind && findings.care.note?.includes('父母')) findings.care.note = null;
  for (const code of child.row.conditions) {
    const template = OTHER_NOTES[code];
    if (template && !(risk?.code === code && risk.level === 'red')) {
      const [area, status, note] = template;
      if (findings[area].status !== 'problem') findings[area] = { status, note };
    }
  }
  if (risk?.level === 'red' && options.discovery)
    findings.safety = { status: 'problem', note: RED_NOTES[risk.code] ?? '发现紧急情况，已即时处置' };
  else if (risk?.level === 'red')
    findings.safety = { status: 'attention', note: '跟踪回访，儿童目前安全，持续关注' };
  if (child.caregiver && !child.caregiver.agreement_signed_on && leftBehind)
    findings.guardianship = { status: 'attention', note: '尚未签订委托监护责任确认书，需督促家长签订' };
  return findings;
}

const LOG_ENTRIES = [
  '电话联系监护人，了解儿童近期学习和生活情况',
  '到学校了解儿童在校表现，与班主任沟通',
  '协助家庭申请临时救助',
  '组织开展暑期防溺水安全教育，儿童参加',
  '督促外出务工父母定期与孩子视频联系',
  '为儿童送去学习用品',
  '指导照料人做好儿童饮食和作息安排',
  '核实儿童家庭情况变化，更新档案信息',
];

const RED_LOG_ENTRIES = [
  '会同镇督导员、派出所民警入户核实情况',
  '向县民政局报告个案进展',
  '联系亲属落实临时照料',
  '陪同儿童到医院检查',
];

export function workLogEntry(rng: Random, risk: Risk | null): string {
  return risk?.level === 'red' && rng.chance(0.6) ? rng.pick(RED_LOG_ENTRIES) : rng.pick(LOG_ENTRIES);
}

/** The help a child's situation calls for, as 帮扶干预 records. */
export function interventionsFor(child: PlannedChild, risk: Risk | null): [InterventionKind, string][] {
  const has = (c: Condition) => child.row.conditions.includes(c);
  const out: [InterventionKind, string][] = [];
  if (risk?.level === 'red') {
    out.push(['referral', '报告公安机关并转介镇综治中心，启动强制报告']);
    out.push(
      risk.code === 'self_harm' || risk.code === 'harm.suspected'
        ? ['counselling', '联系心理咨询师开展心理疏导']
        : ['placement', '委托亲属临时照料'],
    );
  }
  if (has('school.dropout_suspected')) out.push(['referral', '转介学校和镇教办开展劝返复学']);
  if (has('mental.serious_illness')) out.push(['medical', '协助到县人民医院心理科就诊']);
  if (has('mental.abnormal_behaviour')) out.push(['counselling', '联系学校心理老师开展心理辅导']);
  if (has('guardianship.severely_insufficient') || has('guardianship.insufficient'))
    out.push(['guardianship_support', '对照料人开展监护指导，督促父母履行监护责任']);
  if (has('disability.severe')) out.push(['rehabilitation', '协助申请残疾儿童康复救助']);
  if (has('illness.severe')) out.push(['medical', '协助申请医疗救助和大病保险报销']);
  if (has('assist.dibao') || has('assist.tekun')) out.push(['assistance', '落实低保、特困等基本生活保障']);
  if (has('assist.dibao_marginal') || has('assist.expenditure_hardship'))
    out.push(['assistance', '协助申请临时救助']);
  if (has('orphan') || has('de_facto_unsupported')) out.push(['assistance', '按月发放基本生活保障金']);
  if (has('single_parent_rural')) out.push(['education', '协助申请助学金']);
  return out;
}
