// A confirmed suspected dropout is referred to 教育 (普宁 §四(二): 疑似辍学……报送县级教育部门), through the
// referrals module like any other referral. When the county has no education department on record, or a
// referral is already open, nothing is sent and the outcome says why, so the page can offer it by hand.
import type { ServiceContext } from '../../shared/service-context.ts';
import { referFindingInTransaction } from '../referrals/index.ts';

export interface ReferralHookResult {
  department: 'education';
  referralId: string | null;
  pending: boolean;
  skipped: string[];
}

export async function referConfirmedDropout(
  ctx: ServiceContext,
  childId: string,
  findingId: string,
): Promise<ReferralHookResult> {
  const { sent, skipped } = await ctx.db.transaction().execute((trx) =>
    referFindingInTransaction(trx, ctx.actor, {
      childId,
      finding: 'suspected_dropout',
      detail: `数据比对：学籍库中无该儿童在读记录，乡镇核实后确认疑似辍学（比对结果 ${findingId}）`,
      source: 'comparison',
      today: ctx.today,
      now: new Date(),
    }),
  );
  return { department: 'education', referralId: sent[0] ?? null, pending: sent.length === 0, skipped };
}
