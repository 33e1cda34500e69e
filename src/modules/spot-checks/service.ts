// Archive spot checks (档案抽查): the county draws a reproducible sample of the target children's files under
// a region, the checker records what each file lacks (accepting computed suggestions, adding notes), and
// the village fixes it. A check is seen by those whose region it covers, each seeing the files of its own.
import { sql } from 'kysely';
import type { IsoDate } from '../../domain/dates.ts';
import { ancestorCodes, fullCode, shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, childInScope, requireChild, requirePermission } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { childCounty } from '../children/index.ts';
import { regionVisible } from '../workforce/index.ts';
import { defaultSampleSize, drawSample, newSeed, populationDigest } from './sample.ts';
import { fileFacts, populationOn } from './files.ts';
import { periodOf } from './schedule.ts';
import { MANUAL_CODE, suggestFindings, type FileFacts, type Suggestion } from './suggestions.ts';

async function requireCheck(ctx: ServiceContext, checkId: string) {
  const check = await ctx.db
    .selectFrom('spot_check')
    .selectAll()
    .where('id', '=', checkId)
    .executeTakeFirst();
  if (!check || !regionVisible(ctx.actor, check.region_code)) throw notFound('抽查');
  return check;
}

export interface DrawInput {
  regionCode: string;
  size?: number | null;
  percent?: number | null;
  seed?: string | null;
  note?: string | null;
}

export async function drawSpotCheck(ctx: ServiceContext, input: DrawInput) {
  requirePermission(ctx.actor, 'spotcheck.manage');
  const regionCode = fullCode(input.regionCode);
  const region = await ctx.db
    .selectFrom('region')
    .select('level')
    .where('code', '=', regionCode)
    .executeTakeFirst();
  if (!region || region.level === 'village')
    throw new InputError(`区划 ${input.regionCode} 不存在或不是乡镇以上区划`, { field: 'regionCode' });
  if (!actorCovers(ctx.actor, regionCode)) throw notFound('区划');
  const profile = profileForRegion(regionCode);
  const population = await populationOn(ctx.db, regionCode, ctx.today);
  const size = Math.min(
    population.length,
    input.size ?? defaultSampleSize(population.length, input.percent ?? undefined),
  );
  const seed = input.seed?.trim() || newSeed();
  const sample = drawSample(population, seed, size);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('spot_check')
      .values({
        region_code: regionCode,
        drawn_on: ctx.today,
        period: periodOf(profile.spotCheck.every, ctx.today)?.label ?? ctx.today,
        policy: profile.id,
        seed,
        population: population.length,
        population_digest: populationDigest(population),
        sample_size: sample.length,
        drawn_by: ctx.actor.id,
        drawn_by_name: ctx.actor.name,
        note: input.note ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const files = await fileFacts(trx, sample);
    if (sample.length)
      await trx
        .insertInto('spot_check_item')
        .values(
          sample.map((childId, i) => ({
            spot_check_id: id,
            child_id: childId,
            county_code: childCounty(trx, childId),
            position: i + 1,
            suggestions: JSON.stringify(suggestFindings(files.get(childId) as FileFacts, ctx.today)),
          })),
        )
        .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'spot_check.drawn',
      entity: 'spot_check',
      entityId: id,
      regionCode,
      detail: { seed, population: population.length, sample: sample.length },
    });
    return { id, seed, population: population.length, sampleSize: sample.length, childIds: sample };
  });
}

export function checkSummary(c: {
  id: string;
  region_code: string;
  drawn_on: IsoDate;
  period: string;
  policy: string;
  seed: string;
  population: number;
  population_digest: string;
  sample_size: number;
  drawn_by_name: string;
  note: string | null;
}) {
  return {
    id: c.id,
    regionCode: c.region_code,
    drawnOn: c.drawn_on,
    period: c.period,
    policy: c.policy,
    seed: c.seed,
    population: c.population,
    populationDigest: c.population_digest,
    sampleSize: c.sample_size,
    drawnBy: c.drawn_by_name,
    note: c.note,
  };
}

/** Checks under (or above) the actor's region, newest first, with how far each has got. */
export async function listSpotChecks(ctx: ServiceContext, filters: { region?: string; year?: number }) {
  requirePermission(ctx.actor, 'spotcheck.read');
  if (filters.region && !regionVisible(ctx.actor, filters.region)) throw notFound('区划');
  const own = regionPrefix(ctx.actor);
  const asked = filters.region ? shortCode(filters.region) : own;
  const above = (code: string) => (code ? ancestorCodes(code).map(fullCode) : []);
  let q = ctx.db
    .selectFrom('spot_check')
    .selectAll('spot_check')
    .select([
      sql<number>`(select count(*) from spot_check_item i where i.spot_check_id = spot_check.id and i.checked_on is not null)`.as(
        'checked',
      ),
      sql<number>`(select count(*) from spot_check_finding f join spot_check_item i on i.id = f.item_id where i.spot_check_id = spot_check.id)`.as(
        'findings',
      ),
      sql<number>`(select count(*) from spot_check_finding f join spot_check_item i on i.id = f.item_id where i.spot_check_id = spot_check.id and f.fixed_on is not null)`.as(
        'fixed',
      ),
    ])
    // Checks of the asked region and below that the actor may see, and those of the regions above it.
    .where((eb) =>
      eb.or([
        eb.and([
          eb('spot_check.region_code', 'like', `${asked}%`),
          eb.or([
            eb('spot_check.region_code', 'like', `${own}%`),
            eb('spot_check.region_code', 'in', [...above(own), '']),
          ]),
        ]),
        eb('spot_check.region_code', 'in', [...above(asked), '']),
      ]),
    );
  if (filters.year)
    q = q.where('drawn_on', '>=', `${filters.year}-01-01`).where('drawn_on', '<=', `${filters.year}-12-31`);
  const rows = await q.orderBy('drawn_on', 'desc').orderBy('created_at', 'desc').execute();
  return {
    items: rows.map((r) => ({
      ...checkSummary(r),
      checked: Number(r.checked),
      findings: Number(r.findings),
      fixed: Number(r.fixed),
    })),
  };
}

/** A check with its files (those within the actor's region), their suggestions and findings. */
export async function getSpotCheck(ctx: ServiceContext, checkId: string) {
  requirePermission(ctx.actor, 'spotcheck.read');
  const check = await requireCheck(ctx, checkId);
  const items = await ctx.db
    .selectFrom('spot_check_item as item')
    .innerJoin('child', 'child.id', 'item.child_id')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .select([
      'item.id',
      'item.position',
      'item.child_id',
      'item.suggestions',
      'item.checked_on',
      'item.checker_name',
      'item.note',
      'child.name',
      'child.village_code',
      'child.level',
      'v.name as village_name',
    ])
    .where('item.spot_check_id', '=', checkId)
    .where(childInScope(ctx.actor))
    .orderBy('item.position')
    .execute();
  const findings = items.length
    ? await ctx.db
        .selectFrom('spot_check_finding')
        .selectAll()
        .where(
          'item_id',
          'in',
          items.map((i) => i.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
  // Files not yet checked show what they lack today; checked ones what the checker saw.
  const live = await fileFacts(
    ctx.db,
    items.filter((i) => !i.checked_on).map((i) => i.child_id),
  );
  return {
    ...checkSummary(check),
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      childId: i.child_id,
      childName: i.name,
      villageCode: i.village_code,
      villageName: i.village_name,
      level: i.level,
      suggestions: i.checked_on
        ? (i.suggestions as Suggestion[])
        : suggestFindings(live.get(i.child_id) as FileFacts, ctx.today),
      checkedOn: i.checked_on,
      checkerName: i.checker_name,
      note: i.note,
      findings: findings
        .filter((f) => f.item_id === i.id)
        .map((f) => ({
          id: f.id,
          code: f.code,
          text: f.text,
          source: f.source,
          foundOn: f.found_on,
          fixedOn: f.fixed_on,
          fixedBy: f.fixed_by_name,
          fixNote: f.fix_note,
        })),
    })),
  };
}

export interface ReviewInput {
  checkedOn?: IsoDate | null;
  /** Codes of the suggestions the checker accepts as findings. */
  accept: string[];
  /** Further problems in the checker's words. */
  notes: string[];
  note?: string | null;
}

/** Records the checker's findings on one file; a second review replaces the first. */
export async function reviewItem(ctx: ServiceContext, checkId: string, itemId: string, input: ReviewInput) {
  requirePermission(ctx.actor, 'spotcheck.manage');
  const check = await requireCheck(ctx, checkId);
  const item = await ctx.db
    .selectFrom('spot_check_item')
    .selectAll()
    .where('id', '=', itemId)
    .where('spot_check_id', '=', check.id)
    .executeTakeFirst();
  if (!item) throw notFound('抽查档案');
  await requireChild(ctx.db, ctx.actor, item.child_id, 'spotcheck.manage');
  const checkedOn = input.checkedOn ?? ctx.today;
  if (checkedOn > ctx.today) throw new InputError('检查日期不能晚于今天', { field: 'checkedOn' });
  if (checkedOn < check.drawn_on) throw new InputError('检查日期早于抽取日期', { field: 'checkedOn' });
  const facts = (await fileFacts(ctx.db, [item.child_id])).get(item.child_id) as FileFacts;
  const suggestions = suggestFindings(facts, checkedOn);
  input.accept.forEach((code, i) => {
    if (!suggestions.some((s) => s.code === code))
      throw new InputError(`"${code}" 不是该档案的建议问题`, { field: `accept.${i}` });
  });
  return ctx.db.transaction().execute(async (trx) => {
    const fixed = await trx
      .selectFrom('spot_check_finding')
      .select('id')
      .where('item_id', '=', itemId)
      .where('fixed_on', 'is not', null)
      .executeTakeFirst();
    if (fixed) throw new AppError('conflict', '已有问题整改完毕，不能重新检查此档案');
    await trx.deleteFrom('spot_check_finding').where('item_id', '=', itemId).execute();
    const rows = [
      ...suggestions
        .filter((s) => input.accept.includes(s.code))
        .map((s) => ({ code: s.code as string, text: s.text, source: 'suggested' as const })),
      ...input.notes
        .map((n) => n.trim())
        .filter(Boolean)
        .map((text) => ({ code: MANUAL_CODE, text, source: 'manual' as const })),
    ];
    if (rows.length)
      await trx
        .insertInto('spot_check_finding')
        .values(
          rows.map((r) => ({
            ...r,
            item_id: itemId,
            county_code: trx.selectFrom('spot_check_item').select('county_code').where('id', '=', itemId),
            found_on: checkedOn,
          })),
        )
        .execute();
    await trx
      .updateTable('spot_check_item')
      .set({
        checked_on: checkedOn,
        checked_by: ctx.actor.id,
        checker_name: ctx.actor.name,
        note: input.note ?? null,
        suggestions: JSON.stringify(suggestions),
      })
      .where('id', '=', itemId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.spot_checked',
      entity: 'spot_check_item',
      entityId: itemId,
      childId: item.child_id,
      regionCode: check.region_code,
      detail: { spotCheckId: check.id, findings: rows.map((r) => r.text) },
    });
    return { findings: rows.length };
  });
}

/** The village (or anyone above it) records that a finding was put right. */
export async function fixFinding(
  ctx: ServiceContext,
  findingId: string,
  input: { fixedOn?: IsoDate | null; note?: string | null },
) {
  const finding = await ctx.db
    .selectFrom('spot_check_finding as f')
    .innerJoin('spot_check_item as i', 'i.id', 'f.item_id')
    .select(['f.id', 'f.found_on', 'f.fixed_on', 'f.text', 'i.child_id'])
    .where('f.id', '=', findingId)
    .executeTakeFirst();
  if (!finding) throw notFound('问题');
  await requireChild(ctx.db, ctx.actor, finding.child_id, 'spotcheck.fix');
  const fixedOn = input.fixedOn ?? ctx.today;
  if (fixedOn > ctx.today) throw new InputError('整改日期不能晚于今天', { field: 'fixedOn' });
  if (fixedOn < finding.found_on) throw new InputError('整改日期早于发现问题的日期', { field: 'fixedOn' });
  if (finding.fixed_on) throw new AppError('conflict', `该问题已于 ${finding.fixed_on} 整改`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('spot_check_finding')
      .set({
        fixed_on: fixedOn,
        fixed_by: ctx.actor.id,
        fixed_by_name: ctx.actor.name,
        fix_note: input.note ?? null,
      })
      .where('id', '=', findingId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.spot_check_fixed',
      entity: 'spot_check_finding',
      entityId: findingId,
      childId: finding.child_id,
      changes: [{ field: 'fixed_on', old: null, new: fixedOn }],
      detail: { finding: finding.text, note: input.note ?? null },
    });
  });
}
