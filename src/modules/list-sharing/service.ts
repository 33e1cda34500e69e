// Sharing the red/yellow/blue lists with 团委、妇联、残联 (普宁 §四(三), profile.listSharing): a share is a
// recorded act (who, when, to whom, which fields) holding the list as it stood, with only the fields a
// recipient needs and never an ID number. A recipient sees the newest share sent to it, read-only, until
// the profile's period runs out; the bureau is reminded when the next share is due.
import { restrictedSql } from '../access/index.ts';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import { DEPARTMENT_KIND_NAMES, kindByName, type DepartmentKind } from '../../domain/department-kinds.ts';
import type { Level } from '../../domain/codes.ts';
import { addDuration } from '../../domain/duration.ts';
import { fullCode, isRegionCode, regionLevel, shortCode } from '../../domain/region-code.ts';
import { profileForRegion } from '../../policies/index.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { actorCovers, regionPrefix, type Actor, isUuid, requirePermission } from '../access/index.ts';
import { recordAudit, auditContextColumns } from '../audit/index.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import type { TimedContext } from '../../shared/service-context.ts';
import { recipientDue } from './due.ts';
import { helpNeeded } from './help-needed.ts';

/** The fields a shared list carries (recorded on every share). */
export const SHARED_FIELDS = ['name', 'gender', 'age', 'village', 'level', 'helpNeeded'] as const;

const DEFAULT_LEVELS: Level[] = ['red', 'yellow', 'blue'];
const DEFAULT_EVERY = 'P6M';

/** What a county's profile says about sharing, with the baseline where it says nothing. */
export function sharingRule(countyCode: string) {
  const profile = profileForRegion(countyCode);
  const rule = profile.listSharing;
  return {
    policy: profile.id,
    required: rule !== undefined,
    every: rule?.every ?? DEFAULT_EVERY,
    levels: (rule?.levels ?? DEFAULT_LEVELS) as Level[],
    recipientKinds: (rule?.recipients ?? []).map(kindByName).filter((k): k is DepartmentKind => k !== null),
    text: rule?.text ?? null,
    source: rule?.source ?? null,
  };
}

function countyOf(actor: Actor, code: string): string {
  if (!isRegionCode(code) || regionLevel(code) !== 'county')
    throw new InputError(`应为县级（6位）区划代码，实际 "${code}"`, { field: 'countyCode' });
  const county = shortCode(code);
  if (!actorCovers(actor, county))
    throw new InputError(`区划 ${county} 不在您的管理范围内`, { field: 'countyCode' });
  return county;
}

async function recipientsFor(
  db: Kysely<DB>,
  county: string,
  ids: string[] | null | undefined,
  kinds: DepartmentKind[],
) {
  if (ids?.length) {
    const unique = [...new Set(ids)];
    const rows = await db.selectFrom('department').selectAll().where('id', 'in', unique).execute();
    return {
      departments: unique.map((id, i) => {
        const row = rows.find((r) => r.id === id);
        if (!row || row.county_code !== county)
          throw new InputError('接收部门不存在或不属于该县', { field: `recipientIds.${i}` });
        if (row.disabled) throw new InputError(`部门“${row.name}”已停用`, { field: `recipientIds.${i}` });
        return row;
      }),
      missingKinds: [] as DepartmentKind[],
    };
  }
  const rows = kinds.length
    ? await db
        .selectFrom('department')
        .selectAll()
        .where('county_code', '=', county)
        .where('kind', 'in', kinds)
        .where('disabled', '=', false)
        .orderBy('kind')
        .orderBy('name')
        .execute()
    : [];
  const missingKinds = kinds.filter((k) => !rows.some((r) => r.kind === k));
  if (!rows.length)
    throw new InputError(
      kinds.length
        ? `本县尚未登记${kinds.map((k) => DEPARTMENT_KIND_NAMES[k]).join('、')}部门，请先登记部门或指定接收部门`
        : '请指定接收部门',
      { field: 'recipientIds' },
    );
  return { departments: rows, missingKinds };
}

/** Shares the county's current lists with the recipients (the profile's by default). */
export async function createShare(
  ctx: TimedContext,
  input: { countyCode: string; recipientIds?: string[] | null; note?: string | null },
) {
  requirePermission(ctx.actor, 'list_share.manage');
  const county = countyOf(ctx.actor, input.countyCode);
  const rule = sharingRule(county);
  const { departments, missingKinds } = await recipientsFor(
    ctx.db,
    county,
    input.recipientIds,
    rule.recipientKinds,
  );
  const children = await ctx.db
    .selectFrom('child')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .select([
      'child.id',
      'child.name',
      'child.gender',
      'child.birth_date',
      'child.village_code',
      'child.level',
      'child.factors',
      'v.name as village_name',
    ])
    .where('child.county_code', '=', county)
    .where('child.status', '=', 'active')
    .where('child.level', 'in', rule.levels)
    // A restricted file (敏感个案) never goes on a list that travels to 团委、妇联、残联 (docs/privacy.md §6).
    .where(sql<boolean>`not ${restrictedSql}`)
    .orderBy(sql`array_position(array['red','yellow','blue','green']::text[], child.level)`)
    .orderBy('child.village_code')
    .orderBy('child.name')
    .execute();
  const shareId = await ctx.db.transaction().execute(async (trx) => {
    const share = await trx
      .insertInto('list_share')
      .values({
        county_code: county,
        policy: rule.policy,
        shared_on: ctx.today,
        shared_at: ctx.now,
        shared_by: ctx.actor.id,
        shared_by_name: ctx.actor.name,
        levels: rule.levels,
        fields: [...SHARED_FIELDS],
        valid_until: addDuration(ctx.today, rule.every),
        child_count: children.length,
        note: input.note?.trim() || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('list_share_recipient')
      .values(departments.map((d) => ({ share_id: share.id, department_id: d.id })))
      .execute();
    for (let i = 0; i < children.length; i += 500) {
      const batch = children.slice(i, i + 500);
      await trx
        .insertInto('list_share_item')
        .values(
          batch.map((c) => ({
            share_id: share.id,
            child_id: c.id,
            county_code: county,
            name: c.name,
            gender: c.gender,
            age: ageOn(c.birth_date, ctx.today),
            village_code: c.village_code,
            village_name: c.village_name,
            level: c.level!,
            help_needed: helpNeeded(c.factors),
          })),
        )
        .execute();
      // Each child's file shows that its name went to these departments.
      await trx
        .insertInto('audit_event')
        .values(
          batch.map((c) => ({
            actor_id: ctx.actor.id,
            actor_name: ctx.actor.name,
            action: 'list_share.included',
            entity: 'list_share',
            entity_id: share.id,
            child_id: c.id,
            region_code: c.village_code,
            changes: null,
            detail: JSON.stringify({ recipients: departments.map((d) => d.name), fields: SHARED_FIELDS }),
            ...auditContextColumns(),
          })),
        )
        .execute();
    }
    await recordAudit(trx, ctx.actor, {
      action: 'list_share.shared',
      entity: 'list_share',
      entityId: share.id,
      regionCode: fullCode(county),
      detail: {
        recipients: departments.map((d) => ({ id: d.id, name: d.name })),
        levels: rule.levels,
        fields: SHARED_FIELDS,
        children: children.length,
      },
    });
    return share.id;
  });
  return { ...(await shareSummaries(ctx.db, [shareId], ctx.today))[0]!, missingRecipientKinds: missingKinds };
}

async function shareSummaries(db: Kysely<DB>, ids: string[], today: IsoDate) {
  if (!ids.length) return [];
  const [shares, recipients] = await Promise.all([
    db.selectFrom('list_share').selectAll().where('id', 'in', ids).orderBy('shared_at', 'desc').execute(),
    db
      .selectFrom('list_share_recipient')
      .innerJoin('department', 'department.id', 'list_share_recipient.department_id')
      .select(['list_share_recipient.share_id', 'department.id', 'department.name', 'department.kind'])
      .where('share_id', 'in', ids)
      .execute(),
  ]);
  return shares.map((s) => ({
    id: s.id,
    countyCode: s.county_code,
    policy: s.policy,
    sharedOn: s.shared_on,
    sharedAt: new Date(s.shared_at).toISOString(),
    sharedByName: s.shared_by_name,
    levels: s.levels,
    fields: s.fields,
    validUntil: s.valid_until,
    childCount: s.child_count,
    note: s.note,
    revoked: s.revoked_at !== null,
    revokeReason: s.revoke_reason,
    expired: s.valid_until <= today,
    recipients: recipients
      .filter((r) => r.share_id === s.id)
      .map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        kindName: DEPARTMENT_KIND_NAMES[r.kind],
      })),
  }));
}
export type ShareSummary = Awaited<ReturnType<typeof shareSummaries>>[number];

/** The bureau's record of shares in its region, newest first. */
export async function listShares(ctx: TimedContext, f: { county?: string } = {}) {
  requirePermission(ctx.actor, 'list_share.manage');
  let q = ctx.db
    .selectFrom('list_share')
    .select('id')
    .where('county_code', 'like', `${regionPrefix(ctx.actor).slice(0, 6)}%`);
  if (f.county) q = q.where('county_code', '=', f.county);
  const ids = (await q.orderBy('shared_at', 'desc').limit(200).execute()).map((r) => r.id);
  return { items: await shareSummaries(ctx.db, ids, ctx.today) };
}

/**
 * The shares current for these departments: for each, the newest share sent to it that is not revoked,
 * while its period lasts.
 */
export async function currentShareIds(db: Kysely<DB>, departmentIds: string[], today: IsoDate) {
  if (!departmentIds.length) return [];
  const rows = await db
    .selectFrom('list_share_recipient as r')
    .innerJoin('list_share as s', 's.id', 'r.share_id')
    .select(['r.department_id', 's.id', 's.shared_at', 's.valid_until'])
    .where('r.department_id', 'in', departmentIds)
    .where('s.revoked_at', 'is', null)
    .orderBy('s.shared_at', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
  const ids = new Set<string>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.department_id)) continue;
    seen.add(row.department_id);
    if (row.valid_until > today) ids.add(row.id);
  }
  return [...ids];
}

export async function currentShares(ctx: TimedContext) {
  requirePermission(ctx.actor, 'list_share.read');
  const departments = await responderOrNone(ctx);
  return {
    items: await shareSummaries(ctx.db, await currentShareIds(ctx.db, departments, ctx.today), ctx.today),
  };
}

async function responderOrNone(ctx: TimedContext): Promise<string[]> {
  return ctx.actor.role === 'department' ? responderDepartmentIds(ctx.db, ctx.actor) : [];
}

/** One shared list with its children: the bureau any of its region's; a department only its current one. */
export async function getShare(ctx: TimedContext, id: string, page = { page: 1, pageSize: 200 }) {
  requirePermission(ctx.actor, 'list_share.read');
  if (!isUuid(id)) throw notFound('名单通报');
  const share = await ctx.db.selectFrom('list_share').selectAll().where('id', '=', id).executeTakeFirst();
  if (!share) throw notFound('名单通报');
  if (ctx.actor.role === 'department') {
    const current = await currentShareIds(ctx.db, await responderOrNone(ctx), ctx.today);
    if (!current.includes(id)) throw notFound('名单通报');
  } else if (!actorCovers(ctx.actor, share.county_code)) throw notFound('名单通报');
  const size = Math.min(1000, Math.max(1, page.pageSize));
  const items = await ctx.db
    .selectFrom('list_share_item')
    .selectAll()
    .where('share_id', '=', id)
    .orderBy(sql`array_position(array['red','yellow','blue','green']::text[], level)`)
    .orderBy('village_code')
    .orderBy('name')
    .orderBy('child_id')
    .limit(size)
    .offset((Math.max(1, page.page) - 1) * size)
    .execute();
  await recordAudit(ctx.db, ctx.actor, {
    action: 'list_share.viewed',
    entity: 'list_share',
    entityId: id,
    regionCode: fullCode(share.county_code),
  });
  const [summary] = await shareSummaries(ctx.db, [id], ctx.today);
  return {
    ...summary!,
    page: Math.max(1, page.page),
    pageSize: size,
    items: items.map((i) => ({
      name: i.name,
      gender: i.gender,
      age: i.age,
      villageCode: i.village_code,
      villageName: i.village_name,
      level: i.level,
      helpNeeded: i.help_needed,
    })),
  };
}

export async function revokeShare(ctx: TimedContext, id: string, input: { reason: string }) {
  requirePermission(ctx.actor, 'list_share.manage');
  if (!isUuid(id)) throw notFound('名单通报');
  const share = await ctx.db.selectFrom('list_share').selectAll().where('id', '=', id).executeTakeFirst();
  if (!share || !actorCovers(ctx.actor, share.county_code)) throw notFound('名单通报');
  if (share.revoked_at) throw new AppError('conflict', '该名单通报已撤回');
  const reason = input.reason.trim();
  if (!reason) throw new InputError('请写明撤回理由', { field: 'reason' });
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('list_share')
      .set({ revoked_at: ctx.now, revoked_by: ctx.actor.id, revoke_reason: reason })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'list_share.revoked',
      entity: 'list_share',
      entityId: id,
      regionCode: fullCode(share.county_code),
      changes: [{ field: 'revoked', old: false, new: true }],
      detail: { reason },
    });
  });
  return (await shareSummaries(ctx.db, [id], ctx.today))[0]!;
}

type DueEntry = ReturnType<typeof recipientDue> & {
  kind: DepartmentKind;
  kindName: string;
  departmentId: string | null;
  departmentName: string | null;
  missing: boolean;
};

/** The counties under a region that hold active children or departments. */
async function countiesUnder(db: Kysely<DB>, prefix: string): Promise<string[]> {
  const rows = await sql<{ county_code: string }>`
    select distinct county_code from (
      select county_code from child where status = 'active' and village_code like ${`${prefix}%`}
      union all
      select county_code from department where county_code like ${`${prefix.slice(0, 6)}%`}
    ) c
    where county_code like ${`${prefix.slice(0, 6)}%`}
    order by county_code`.execute(db);
  return rows.rows.map((r) => r.county_code);
}

/** When each county's next share is due, per recipient the profile names (GET /list-shares/due). */
export async function dueShares(
  ctx: TimedContext,
  f: { asOf?: IsoDate; region?: string; withinDays?: number } = {},
) {
  requirePermission(ctx.actor, 'list_share.manage');
  const asOf = f.asOf ?? ctx.today;
  const withinDays = f.withinDays ?? 30;
  const own = regionPrefix(ctx.actor);
  const wanted = f.region ? shortCode(f.region) : own;
  if (!wanted.startsWith(own) && !own.startsWith(wanted)) return { asOf, withinDays, counties: [] };
  const prefix = wanted.length >= own.length ? wanted : own;
  const counties = await countiesUnder(ctx.db, prefix);
  const out = [];
  for (const county of counties) {
    const rule = sharingRule(county);
    const [departments, last, names] = await Promise.all([
      ctx.db
        .selectFrom('department')
        .selectAll()
        .where('county_code', '=', county)
        .where('disabled', '=', false)
        .execute(),
      ctx.db
        .selectFrom('list_share_recipient as r')
        .innerJoin('list_share as s', 's.id', 'r.share_id')
        .select(['r.department_id', (eb) => eb.fn.max('s.shared_on').as('last')])
        .where('s.county_code', '=', county)
        .where('s.revoked_at', 'is', null)
        .where('s.shared_on', '<=', asOf)
        .groupBy('r.department_id')
        .execute(),
      ctx.db.selectFrom('region').select('name').where('code', '=', fullCode(county)).executeTakeFirst(),
    ]);
    const recipients = rule.recipientKinds.flatMap((kind): DueEntry[] => {
      const ofKind = departments.filter((d) => d.kind === kind);
      if (!ofKind.length)
        return [
          {
            kind,
            kindName: DEPARTMENT_KIND_NAMES[kind],
            departmentId: null,
            departmentName: null,
            missing: true,
            ...recipientDue(null, rule.every, asOf, withinDays),
          },
        ];
      return ofKind.map((d) => ({
        kind,
        kindName: DEPARTMENT_KIND_NAMES[kind],
        departmentId: d.id,
        departmentName: d.name,
        missing: false,
        ...recipientDue(
          (last.find((l) => l.department_id === d.id)?.last as IsoDate | undefined) ?? null,
          rule.every,
          asOf,
          withinDays,
        ),
      }));
    });
    const dates = recipients.map((r) => r.nextDueOn);
    const nextDueOn = dates.includes(null) ? null : ((dates as string[]).sort()[0] ?? null);
    out.push({
      countyCode: county,
      countyName: names?.name ?? null,
      policy: rule.policy,
      required: rule.required,
      every: rule.every,
      levels: rule.levels,
      text: rule.text,
      source: rule.source,
      nextDueOn,
      due: rule.required && recipients.some((r) => r.due),
      dueSoon: rule.required && !recipients.some((r) => r.due) && recipients.some((r) => r.dueSoon),
      recipients,
    });
  }
  return { asOf, withinDays, counties: out };
}
