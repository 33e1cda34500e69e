// 低保、特困 rolls from civil affairs' assistance system. A child on the roll but not on the register is a
// suspected target child not yet covered (a poor-family child in difficulty); a registered child recorded
// as 低保/特困 who is on no row of the roll should leave that support and has not (应退未退, 铁东 §四.18).
// A child counts as on the roll whatever the row's kind: the roll decides support, the kind only its name.
import { sql } from 'kysely';
import { latestBirthForAge } from '../ages.ts';
import { removeConditions } from '../child-actions.ts';
import { codeValue, field } from '../fields.ts';
import type { RosterRule } from '../rule.ts';

export const ASSIST_CONDITIONS = ['assist.dibao', 'assist.tekun'] as const;

export const dibaoRoll: RosterRule = {
  kind: 'dibao_roll',
  title: '低保、特困人员名册',
  fields: [
    field({
      field: 'kind',
      sqlName: 'assist_kind',
      label: '类别',
      aliases: ['类别', '救助类别', '保障类别', '类型', '人员类别'],
      required: true,
      parse: codeValue(
        {
          dibao: ['低保', '城市低保', '农村低保', '城乡低保', '低保对象', '最低生活保障', '最低生活保障对象'],
          tekun: ['特困', '特困供养', '特困人员', '特困供养人员', '特困救助供养'],
        },
        '类别',
      ),
    }),
  ],
  clauses: [
    {
      finding: 'not_registered',
      from: 'unmatched',
      when: ({ asOf }) => sql<boolean>`r.birth_date > ${latestBirthForAge(asOf, 18)}::date`,
    },
    {
      finding: 'should_exit',
      from: 'absent',
      when: () => sql<boolean>`c.conditions && ${sql.lit(`{${ASSIST_CONDITIONS.join(',')}}`)}::text[]`,
    },
  ],
  findingNames: { not_registered: '在低保特困名册但未登记', should_exit: '应退未退（不在低保特困名册）' },
  onConfirm: {
    async should_exit(ctx, finding) {
      const change = await removeConditions(ctx, finding.childId!, [...ASSIST_CONDITIONS]);
      return { action: 'conditions_removed', conditions: [...ASSIST_CONDITIONS], ...change };
    },
    async not_registered() {
      return { action: 'registration_due' };
    },
  },
};
