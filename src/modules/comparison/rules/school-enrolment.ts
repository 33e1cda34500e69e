// 学籍名册: the children enrolled in school for the roster's region. A registered target child of
// compulsory-school age who is on no row is a suspected dropout (江宁 (一)3: 与教育部门学籍库开展信息比对，
// 对学籍库无记录的儿童跟进走访、排查核实). School age is 6 to 15 inclusive on the as-of date, the nine years
// of compulsory education (义务教育法: 满六周岁入学, nine years): 6 ≤ age ≤ 15.
import { sql } from 'kysely';
import { latestBirthForAge } from '../ages.ts';
import { addConditions } from '../child-actions.ts';
import { field, textValue } from '../fields.ts';
import { referConfirmedDropout } from '../referral-hook.ts';
import type { RosterRule } from '../rule.ts';

export const SCHOOL_AGE = { min: 6, max: 15 } as const;

export const schoolEnrolment: RosterRule = {
  kind: 'school_enrolment',
  title: '学籍名册',
  fields: [
    field({
      field: 'school',
      label: '学校',
      aliases: ['学校', '学校名称', '就读学校', '在读学校'],
      required: false,
      parse: textValue(100),
    }),
    field({
      field: 'grade',
      sqlName: 'school_grade',
      label: '年级',
      aliases: ['年级', '班级', '年级班级'],
      required: false,
      parse: textValue(50),
    }),
  ],
  clauses: [
    {
      finding: 'suspected_dropout',
      from: 'absent',
      when: ({ asOf }) =>
        sql<boolean>`c.target_until > ${asOf}::date
          and c.birth_date <= ${latestBirthForAge(asOf, SCHOOL_AGE.min)}::date
          and c.birth_date > ${latestBirthForAge(asOf, SCHOOL_AGE.max + 1)}::date`,
    },
  ],
  findingNames: { suspected_dropout: '疑似辍学（学籍库无记录）' },
  onConfirm: {
    async suspected_dropout(ctx, finding) {
      const childId = finding.childId!;
      const change = await addConditions(ctx, childId, ['school.dropout_suspected']);
      const referral = await referConfirmedDropout(ctx, childId, finding.id);
      return { action: 'condition_added', condition: 'school.dropout_suspected', ...change, referral };
    },
  },
};
