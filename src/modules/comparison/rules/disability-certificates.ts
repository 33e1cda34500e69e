// 残疾人证 holders from the disabled persons' federation. Severe disability is grade 1–2, or grade 3–4 of
// an intellectual or mental disability (DOMAIN.md §1 重残儿童: 一、二级残疾；三、四级精神、智力残疾).
// A child with a severe certificate who is not on the register is a suspected target child not yet covered;
// a registered child whose disability.severe disagrees with the certificate has a changed grade. Multiple
// disability (多重残疾) of grade 3–4 is not counted severe: the certificate does not say whether it is
// intellectual or mental, so the township checks it by hand if it matters.
import { sql } from 'kysely';
import { cellText } from '../../../shared/tabular/cells.ts';
import { latestBirthForAge } from '../ages.ts';
import { setSevereDisability } from '../child-actions.ts';
import { codeValue, field } from '../fields.ts';
import type { Parsed, RosterRule } from '../rule.ts';

export const DISABILITY_CATEGORIES = {
  intellectual: ['智力', '智力残疾'],
  mental: ['精神', '精神残疾'],
  visual: ['视力', '视力残疾'],
  hearing: ['听力', '听力残疾'],
  speech: ['言语', '言语残疾', '语言', '语言残疾'],
  physical: ['肢体', '肢体残疾'],
  multiple: ['多重', '多重残疾'],
} as const;
export type DisabilityCategory = keyof typeof DISABILITY_CATEGORIES;

const CHINESE_GRADES: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** 1–4 as a number, 2, "二级", "2级", "二" → 2. */
export function gradeValue(value: unknown): Parsed<number> {
  const text = cellText(value);
  if (text === null) return { ok: true, value: null };
  const m = /^([1-4一二三四])级?$/.exec(text.replace(/\s+/g, ''));
  if (!m) return { ok: false, message: `残疾等级应为 1–4（或一级至四级），实际 "${text}"` };
  const grade = CHINESE_GRADES[m[1]!] ?? Number(m[1]);
  return { ok: true, value: grade };
}

/** The certificate makes a severe disability (SQL over the staged row r). */
const SEVERE = sql<boolean>`(r.grade in (1, 2) or (r.grade in (3, 4) and r.category in ('intellectual', 'mental')))`;

export const disabilityCertificates: RosterRule = {
  kind: 'disability_certificates',
  title: '残疾人证持证人员名单',
  fields: [
    field({
      field: 'grade',
      label: '残疾等级',
      aliases: ['残疾等级', '等级', '残疾级别', '级别'],
      required: true,
      type: 'integer',
      parse: gradeValue,
    }),
    field({
      field: 'category',
      label: '残疾类别',
      aliases: ['残疾类别', '类别', '残疾类型'],
      required: false,
      parse: codeValue(DISABILITY_CATEGORIES, '残疾类别'),
    }),
  ],
  checkRow(row) {
    if ((row.grade === 3 || row.grade === 4) && !row.category)
      return { field: 'category', message: '三、四级残疾须写明残疾类别（智力、精神、肢体等）' };
    return null;
  },
  clauses: [
    {
      finding: 'not_registered',
      from: 'unmatched',
      when: ({ asOf }) => sql<boolean>`${SEVERE} and r.birth_date > ${latestBirthForAge(asOf, 18)}::date`,
    },
    {
      finding: 'grade_changed',
      from: 'matched',
      when: () => sql<boolean>`${SEVERE} <> ('disability.severe' = any (c.conditions))`,
    },
  ],
  findingNames: { not_registered: '重度残疾儿童未登记', grade_changed: '残疾等级与档案不符' },
  onConfirm: {
    async grade_changed(ctx, finding) {
      const grade = Number(finding.rosterRow.grade);
      const category = (finding.rosterRow.category ?? null) as DisabilityCategory | null;
      const severe = grade <= 2 || category === 'intellectual' || category === 'mental';
      const change = await setSevereDisability(ctx, finding.childId!, {
        severe,
        grade,
        category: category ? DISABILITY_CATEGORIES[category][1] : null,
      });
      return {
        action: severe ? 'condition_added' : 'condition_removed',
        condition: 'disability.severe',
        ...change,
      };
    },
    async not_registered() {
      return { action: 'registration_due' };
    },
  },
};
