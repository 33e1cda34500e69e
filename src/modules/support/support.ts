// Support on a child's file (issue 19 pt 2): assistance in place with its dates (已落实保障) and returns to
// school (已复学复读), which Annex 1's "其中…" lines count. Every record and every read is audited.
import { z } from 'zod';
import { isoDate } from '../../shared/zod-fields.ts';
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { auditedChildList, childForRecord, checkDateFor } from '../casework/index.ts';
import { InputError, notFound } from '../../shared/errors.ts';

export const ASSISTANCE_KINDS = [
  'dibao',
  'dibao_marginal',
  'tekun',
  'basic_living',
  'temporary',
  'medical_insurance',
  'medical_assistance',
  'rehabilitation',
  'education_aid',
  'other',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];
export const ASSISTANCE_KIND_NAMES: Record<AssistanceKind, string> = {
  dibao: '最低生活保障',
  dibao_marginal: '低保边缘家庭救助',
  tekun: '特困人员救助供养',
  basic_living: '孤儿、事实无人抚养儿童基本生活保障',
  temporary: '临时救助',
  medical_insurance: '基本医疗保险参保',
  medical_assistance: '医疗救助',
  rehabilitation: '残疾儿童康复救助',
  education_aid: '教育资助',
  other: '其他保障',
};

export const SCHOOL_RETURN_KINDS = ['resumed', 'repeated'] as const;
export const SCHOOL_RETURN_KIND_NAMES = { resumed: '复学', repeated: '复读' } as const;

const note = z.string().trim().max(2000).nullish();

export const assistanceInput = z.object({
  kind: z.enum(ASSISTANCE_KINDS, { error: `保障类型应为：${ASSISTANCE_KINDS.join('、')}` }),
  startsOn: isoDate,
  endsOn: isoDate.nullish(),
  note,
});
export type AssistanceInput = z.infer<typeof assistanceInput>;

export const assistanceEnd = z.object({ endsOn: isoDate, note });

export const schoolReturnInput = z.object({
  kind: z.enum(SCHOOL_RETURN_KINDS, { error: 'kind 应为 resumed（复学）或 repeated（复读）' }),
  returnedOn: isoDate,
  schoolName: z.string().trim().max(100).nullish(),
  note,
});
export type SchoolReturnInput = z.infer<typeof schoolReturnInput>;

export const assistanceSchema = z.object({
  id: z.string(),
  kind: z.enum(ASSISTANCE_KINDS),
  kindName: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
export const schoolReturnSchema = z.object({
  id: z.string(),
  kind: z.enum(SCHOOL_RETURN_KINDS),
  kindName: z.string(),
  returnedOn: z.string(),
  schoolName: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});

type AssistanceRow = {
  id: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  note: string | null;
  recorded_by_name: string;
};
function assistanceView(r: AssistanceRow): z.infer<typeof assistanceSchema> {
  return {
    id: r.id,
    kind: r.kind as AssistanceKind,
    kindName: ASSISTANCE_KIND_NAMES[r.kind as AssistanceKind] ?? r.kind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    note: r.note,
    recordedBy: r.recorded_by_name,
  };
}

export async function addAssistance(ctx: ServiceContext, childId: string, input: AssistanceInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  if (input.endsOn && input.endsOn < input.startsOn)
    throw new InputError(`endsOn: 结束日期 ${input.endsOn} 早于开始日期 ${input.startsOn}`, {
      field: 'endsOn',
    });
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: false });
    checkDateFor(child, input.startsOn, ctx.today, 'startsOn', '保障开始日期');
    const row = await trx
      .insertInto('child_assistance')
      .values({
        child_id: childId,
        county_code: child.county_code,
        kind: input.kind,
        starts_on: input.startsOn,
        ends_on: input.endsOn ?? null,
        note: input.note?.trim() || null,
        recorded_by: ctx.actor.id,
        recorded_by_name: ctx.actor.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'assistance.recorded',
      entity: 'child_assistance',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [
        {
          field: 'assistance',
          old: null,
          new: { kind: row.kind, startsOn: row.starts_on, endsOn: row.ends_on },
        },
      ],
    });
    return assistanceView(row);
  });
}

export async function endAssistance(
  ctx: ServiceContext,
  childId: string,
  assistanceId: string,
  input: z.infer<typeof assistanceEnd>,
) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: false });
    const before = await trx
      .selectFrom('child_assistance')
      .selectAll()
      .where('id', '=', assistanceId)
      .where('child_id', '=', childId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('保障记录');
    if (input.endsOn < before.starts_on)
      throw new InputError(`endsOn: 结束日期 ${input.endsOn} 早于开始日期 ${before.starts_on}`, {
        field: 'endsOn',
      });
    const row = await trx
      .updateTable('child_assistance')
      .set({ ends_on: input.endsOn, note: input.note?.trim() || before.note })
      .where('id', '=', assistanceId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'assistance.ended',
      entity: 'child_assistance',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'endsOn', old: before.ends_on, new: row.ends_on }],
    });
    return assistanceView(row);
  });
}

export async function listAssistance(ctx: ServiceContext, childId: string) {
  const rows = await auditedChildList(ctx, childId, 'assistance.listed', () =>
    ctx.db
      .selectFrom('child_assistance')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('starts_on', 'desc')
      .orderBy('id')
      .execute(),
  );
  return rows.map(assistanceView);
}

type SchoolReturnRow = {
  id: string;
  kind: 'resumed' | 'repeated';
  returned_on: string;
  school_name: string | null;
  note: string | null;
  recorded_by_name: string;
};
function schoolReturnView(r: SchoolReturnRow): z.infer<typeof schoolReturnSchema> {
  return {
    id: r.id,
    kind: r.kind,
    kindName: SCHOOL_RETURN_KIND_NAMES[r.kind],
    returnedOn: r.returned_on,
    schoolName: r.school_name,
    note: r.note,
    recordedBy: r.recorded_by_name,
  };
}

export async function addSchoolReturn(ctx: ServiceContext, childId: string, input: SchoolReturnInput) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const child = await childForRecord(trx, childId, { lock: false });
    checkDateFor(child, input.returnedOn, ctx.today, 'returnedOn', '复学复读日期');
    const row = await trx
      .insertInto('school_return')
      .values({
        child_id: childId,
        county_code: child.county_code,
        kind: input.kind,
        returned_on: input.returnedOn,
        school_name: input.schoolName?.trim() || null,
        note: input.note?.trim() || null,
        recorded_by: ctx.actor.id,
        recorded_by_name: ctx.actor.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'school_return.recorded',
      entity: 'school_return',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'school_return', old: null, new: { kind: row.kind, returnedOn: row.returned_on } }],
    });
    return schoolReturnView(row);
  });
}

export async function listSchoolReturns(ctx: ServiceContext, childId: string) {
  const rows = await auditedChildList(ctx, childId, 'school_return.listed', () =>
    ctx.db
      .selectFrom('school_return')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('returned_on', 'desc')
      .orderBy('id')
      .execute(),
  );
  return rows.map(schoolReturnView);
}
