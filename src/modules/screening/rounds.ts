// Screening rounds (排查轮次, DOMAIN.md §3; issue 19.5) where the profile sets full screenings — 江宁's “一年两排”
// (000 (一)1: 一年至少2次全面摸底排查). The county opens a round with its dates; a child is seen in the round by
// a home visit within the dates or by a screening record; each village is tracked until every child is seen.
// A round is overdue when its end has passed with children unseen; a round is due when the current period
// of the profile's rate (a half-year for 江宁) has none yet — read as calendar periods, as spot checks are.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { fullCode, isRegionCode, regionLevel, shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { findRegion } from '../../regions/repository.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, type Actor, requireChild, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { childForRecord } from '../casework/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

export interface RoundInput {
  /** The county (6 or 12 digits). */
  regionCode: string;
  name?: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate;
  note?: string | null;
}

/** A round is the county's: seen by those in the county, kept by the bureau of the county (or above). */
export function roundVisible(actor: Actor, regionCode: string): boolean {
  return (
    actorCovers(actor, regionCode) ||
    (actor.regionCode !== '' && actor.regionCode.startsWith(shortCode(regionCode)))
  );
}

export async function requireRound(db: Kysely<DB>, actor: Actor, id: string) {
  const round = await db.selectFrom('screening_round').selectAll().where('id', '=', id).executeTakeFirst();
  if (!round || !roundVisible(actor, round.region_code)) throw notFound('排查轮次');
  return round;
}

export async function openRound(
  ctx: ServiceContext,
  input: RoundInput,
): Promise<{ id: string; name: string }> {
  requirePermission(ctx.actor, 'screening.manage');
  if (!isRegionCode(input.regionCode) || regionLevel(input.regionCode) !== 'county')
    throw new InputError('排查轮次按县（区）开展，请填写县级区划代码', { field: 'regionCode' });
  const code = fullCode(input.regionCode);
  const region = await findRegion(ctx.db, code);
  if (!region || !actorCovers(ctx.actor, code))
    throw new AppError('not_found', `区划 ${shortCode(code)} 不存在或不在您的辖区内`, {
      field: 'regionCode',
    });
  const profile = profileForRegion(code);
  if (!profile.screening)
    throw new InputError(
      `${profile.name}的政策文件未规定全面排查的轮次（如江宁区“一年两排”），不开展排查轮次`,
      { field: 'regionCode' },
    );
  if (input.endsOn < input.startsOn) throw new InputError('结束日期不能早于开始日期', { field: 'endsOn' });
  const overlap = await ctx.db
    .selectFrom('screening_round')
    .select(['name', 'starts_on', 'ends_on'])
    .where('region_code', '=', code)
    .where('starts_on', '<=', input.endsOn)
    .where('ends_on', '>=', input.startsOn)
    .executeTakeFirst();
  if (overlap)
    throw new AppError(
      'conflict',
      `与已有的“${overlap.name}”（${overlap.starts_on} 至 ${overlap.ends_on}）时间重叠`,
      { field: 'startsOn' },
    );
  const year = input.startsOn.slice(0, 4);
  const { n } = await ctx.db
    .selectFrom('screening_round')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('region_code', '=', code)
    .where('starts_on', '>=', `${year}-01-01`)
    .where('starts_on', '<', input.startsOn)
    .executeTakeFirstOrThrow();
  const name = input.name?.trim() || `${year}年第${Number(n) + 1}轮全面排查`;
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('screening_round')
      .values({
        region_code: code,
        policy: profile.id,
        name,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        note: input.note?.trim() || null,
        created_by: ctx.actor.id,
        created_by_name: ctx.actor.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'screening.round_opened',
      entity: 'screening_round',
      entityId: id,
      regionCode: code,
      detail: { name, startsOn: input.startsOn, endsOn: input.endsOn, source: profile.screening!.source },
    });
    return { id, name };
  });
}

/** Records that a child was seen in a round (a screening record; a home visit in the dates counts by itself). */
export async function recordSeen(
  ctx: ServiceContext,
  roundId: string,
  input: { childId: string; seenOn: IsoDate; note?: string | null },
): Promise<{ id: string }> {
  requirePermission(ctx.actor, 'screening.record');
  const round = await requireRound(ctx.db, ctx.actor, roundId);
  await requireChild(ctx.db, ctx.actor, input.childId, 'screening.record');
  const child = await childForRecord(ctx.db, input.childId, { lock: false });
  if (!child.village_code.startsWith(shortCode(round.region_code))) throw notFound('儿童档案');
  if (input.seenOn < round.starts_on || input.seenOn > round.ends_on)
    throw new InputError(`排查日期应在本轮 ${round.starts_on} 至 ${round.ends_on} 之间`, { field: 'seenOn' });
  if (input.seenOn > ctx.today) throw new InputError('排查日期不能晚于今天', { field: 'seenOn' });
  if (input.seenOn < child.birth_date)
    throw new InputError('排查日期不能早于儿童出生日期', { field: 'seenOn' });
  if (child.status === 'exited' && child.exited_on !== null && input.seenOn > child.exited_on)
    throw new InputError(`该儿童已于 ${child.exited_on} 退出登记`, { field: 'seenOn' });
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('screening_record')
      .values({
        round_id: roundId,
        child_id: input.childId,
        county_code: child.county_code,
        seen_on: input.seenOn,
        recorded_by: ctx.actor.id,
        worker_name: ctx.actor.name,
        note: input.note?.trim() || null,
      })
      .onConflict((oc) => oc.columns(['round_id', 'child_id', 'county_code']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('conflict', '该儿童本轮已记录排查', { field: 'childId' });
    await recordAudit(trx, ctx.actor, {
      action: 'screening.seen',
      entity: 'screening_record',
      entityId: row.id,
      childId: input.childId,
      regionCode: child.village_code,
      changes: [
        {
          field: 'screening',
          old: null,
          new: { round: round.name, seenOn: input.seenOn, note: input.note ?? null },
        },
      ],
    });
    return { id: row.id };
  });
}
