// 死亡人员名单 from public security or health: a registered child on it is still on the register although
// dead (铁东 §四.18: 死亡……等数据信息共享). Confirming takes the child off the register as deceased.
import { sql } from 'kysely';
import { exitDeceased } from '../child-actions.ts';
import { dateValue, field } from '../fields.ts';
import type { RosterRule } from '../rule.ts';

export const deaths: RosterRule = {
  kind: 'deaths',
  title: '死亡人员名单',
  fields: [
    field({
      field: 'date',
      sqlName: 'death_date',
      label: '死亡日期',
      aliases: ['死亡日期', '死亡时间', '注销日期', '日期'],
      required: true,
      type: 'date',
      parse: dateValue,
    }),
  ],
  clauses: [{ finding: 'deceased_still_registered', from: 'matched', when: () => sql<boolean>`true` }],
  findingNames: { deceased_still_registered: '已死亡仍在册' },
  onConfirm: {
    async deceased_still_registered(ctx, finding, note) {
      const date = typeof finding.rosterRow.date === 'string' ? finding.rosterRow.date : null;
      const exit = await exitDeceased(
        ctx,
        finding.childId!,
        date,
        note ?? `数据比对核实：${finding.fileName}`,
      );
      return { action: 'child_exited', reason: 'deceased', ...exit };
    },
  },
};
