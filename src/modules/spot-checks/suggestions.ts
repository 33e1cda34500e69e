// What a checker is likely to find missing in a file (一人一档, DOMAIN.md §4), computed from the file
// itself: a suggestion the checker accepts or ignores, never a finding by itself.
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import { LEVEL_SHORT_NAMES, type Level } from '../../domain/codes.ts';
import { evaluateChild, type CaregiverRow, type ChildRow, type ParentRow } from '../children/index.ts';

export const SUGGESTION_CODES = [
  'caregiver.missing',
  'caregiver.no_agreement',
  'level.outdated',
  'visit.overdue',
  'contact.overdue',
  'visit.none',
  'basic.id_number',
  'basic.parents',
  'basic.school',
  'mandatory_report.open',
] as const;
export type SuggestionCode = (typeof SUGGESTION_CODES)[number];

/** Free notes of the checker go under this code. */
export const MANUAL_CODE = 'other';

export const FINDING_NAMES: Record<SuggestionCode | typeof MANUAL_CODE, string> = {
  'caregiver.missing': '留守儿童未明确委托照护人',
  'caregiver.no_agreement': '未签订《农村留守儿童委托监护责任确认书》',
  'level.outdated': '风险等级未随档案事实更新',
  'visit.overdue': '入户走访逾期',
  'contact.overdue': '联系逾期',
  'visit.none': '档案中没有入户走访记录',
  'basic.id_number': '缺少身份证号码',
  'basic.parents': '缺少父母情况',
  'basic.school': '缺少就学情况',
  'mandatory_report.open': '强制报告尚未处理',
  other: '其他问题',
};

export interface Suggestion {
  code: SuggestionCode;
  text: string;
}

export interface FileFacts {
  child: ChildRow;
  parents: ParentRow[];
  caregiver: CaregiverRow | null;
  visits: number;
  openMandatoryReports: number;
}

function levelName(level: Level | null): string {
  return level ? LEVEL_SHORT_NAMES[level] : '非服务对象';
}

export function suggestFindings(file: FileFacts, asOf: IsoDate): Suggestion[] {
  const { child, parents, caregiver } = file;
  const out: Suggestion[] = [];
  const add = (code: SuggestionCode, detail?: string) =>
    out.push({ code, text: detail ? `${FINDING_NAMES[code]}（${detail}）` : FINDING_NAMES[code] });
  const leftBehind = child.left_behind_until !== null && asOf < child.left_behind_until;

  if (leftBehind && !caregiver) add('caregiver.missing');
  if (leftBehind && caregiver && !caregiver.agreement_signed_on) add('caregiver.no_agreement');

  const fresh = evaluateChild(child, parents, asOf).columns.level;
  if (fresh !== child.level)
    add('level.outdated', `档案为${levelName(child.level)}，按现有事实应为${levelName(fresh)}`);

  if (child.next_visit_due && child.next_visit_due < asOf)
    add('visit.overdue', `应于 ${child.next_visit_due} 前走访`);
  if (child.next_contact_due && child.next_contact_due < asOf)
    add('contact.overdue', `应于 ${child.next_contact_due} 前联系`);
  if (file.visits === 0) add('visit.none');

  if (!child.id_number) add('basic.id_number');
  if (!parents.length) add('basic.parents');
  const age = ageOn(child.birth_date, asOf);
  if (age >= 6 && age < 16 && !child.school_stage) add('basic.school');
  if (file.openMandatoryReports > 0) add('mandatory_report.open');
  return out;
}
