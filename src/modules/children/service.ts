// The child's file (一人一档): register, edit, grade by hand, confirm, take off the register, read. Every
// change runs in one transaction with its audit record and the re-assessment it causes.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addMonths, type IsoDate } from '../../domain/dates.ts';
import {
  LEVEL_SHORT_NAMES,
  levelRank,
  type Condition,
  type Level,
  type ParentStatus,
} from '../../domain/codes.ts';
import { maskDisabilityCertificate, maskIdNumber, maskIdNumbersDeep } from '../../domain/id-number.ts';
import { shortCode } from '../../domain/region-code.ts';
import { AppError, InputError, notFound } from '../../shared/errors.ts';
import { childInScope, requireChild, requirePermission } from '../access/index.ts';
import { diff, recordAudit, type FieldChange } from '../audit/index.ts';
import type { Assessment } from '../../domain/assess.ts';
import type { ExitReason, ReassessTrigger, SupportKind } from './codes.ts';
import { EXIT_REASON_NAMES } from './codes.ts';
import { notify } from '../notices/index.ts';
import { reassessChild } from './reassess.ts';
import { handleAtOnceFirstSql } from './red-handling.ts';
import {
  UNASSESSED,
  caregiverColumns,
  childCounty,
  childFactColumns,
  loadChild,
  parentColumns,
  replaceCaregiver,
  replaceParents,
  type CaregiverRow,
  type ChildRow,
  type ParentRow,
} from './repository.ts';
import type { ChildInput, ChildPatch } from './schemas.ts';
import { auditedIdSearch, looksLikeIdNumber } from './id-search.ts';
import { checkChild, VillageDirectory, type FieldProblem } from './validate.ts';
import { caregiverView, childDetail, listItem, parentView } from './views.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { detailsHiddenSql, restrictedSql } from '../access/index.ts';

export class ChildProblems extends InputError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('；'), { field: problems[0]?.field });
  }
}

/** The record as a form would show it, from the stored rows. */
export function inputOf(child: ChildRow, parents: ParentRow[], caregiver: CaregiverRow | null): ChildInput {
  return {
    externalId: child.external_id,
    name: child.name,
    gender: child.gender,
    idNumber: child.id_number,
    birthDate: child.birth_date,
    ethnicity: child.ethnicity,
    hukouType: child.hukou_type,
    hukouRegionCode: child.hukou_region_code,
    villageCode: child.village_code,
    responsibleSide: child.responsible_side,
    address: child.address,
    phone: child.phone,
    schoolName: child.school_name,
    schoolStage: child.school_stage as ChildInput['schoolStage'],
    schoolGrade: child.school_grade,
    healthStatus: child.health_status,
    disabilityCategory: child.disability_category,
    disabilityGrade: child.disability_grade,
    disabilityCertificate: child.disability_certificate,
    guardianship: child.guardianship,
    conditions: child.conditions as Condition[],
    parents: parents.map((p) => ({ ...parentView(p, true), statuses: p.statuses as ParentStatus[] })),
    caregiver: caregiver ? caregiverView(caregiver, true) : null,
    note: child.note,
    registeredOn: child.registered_on,
  };
}

async function check(ctx: ServiceContext, input: ChildInput, db: Kysely<DB> = ctx.db) {
  const result = await checkChild(input, {
    actor: ctx.actor,
    deploymentRegion: ctx.deploymentRegion,
    today: ctx.today,
    villages: new VillageDirectory(db, input.villageCode.slice(0, 9)),
  });
  if ('problems' in result) throw new ChildProblems(result.problems);
  return result.value;
}

async function duplicateId(
  db: Kysely<DB>,
  idNumber: string | null | undefined,
  exceptId?: string,
): Promise<void> {
  if (!idNumber) return;
  let q = db.selectFrom('child').select('id').where('id_number', '=', idNumber);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst())
    throw new AppError('conflict', '该身份证号码已在系统中登记，请勿重复登记', { field: 'idNumber' });
}

/** Registers a child, assesses it, and records both; returns the new id. */
export async function createChild(
  ctx: ServiceContext,
  input: ChildInput,
  trigger: ReassessTrigger = 'create',
): Promise<{ id: string; version: number; level: Level | null }> {
  requirePermission(ctx.actor, 'child.write');
  const checked = await check(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    await duplicateId(trx, checked.idNumber);
    const facts = childFactColumns(checked);
    const { id } = await trx
      .insertInto('child')
      .values({ ...facts, ...UNASSESSED, assessed_on: ctx.today })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceParents(trx, id, checked.parents);
    await replaceCaregiver(trx, id, checked.caregiver);
    await recordAudit(trx, ctx.actor, {
      action: 'child.created',
      entity: 'child',
      entityId: id,
      childId: id,
      regionCode: checked.villageCode,
      changes: diff(null, { ...facts, parents: checked.parents, caregiver: checked.caregiver ?? null }),
      detail: { trigger },
    });
    const result = await reassessChild(trx, id, { actor: ctx.actor, asOf: ctx.today, trigger });
    return { id, version: 1, level: result.level };
  });
}

/** Takes the row lock and moves the version on; refuses an edit based on an older version. */
async function bumpVersion(trx: Kysely<DB>, childId: string, expected: number): Promise<number> {
  const updated = await trx
    .updateTable('child')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', childId)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  if (updated) return updated.version;
  const current = await trx
    .selectFrom('child')
    .select('version')
    .where('id', '=', childId)
    .executeTakeFirst();
  if (!current) throw notFound('儿童档案');
  throw new AppError(
    'conflict',
    `档案已被他人修改（当前版本 ${current.version}，您编辑的是版本 ${expected}），请刷新后重试`,
    {
      field: 'version',
    },
  );
}

/** bumpVersion, then the whole row as it stands under the lock: what an action on the file checks first. */
async function bumpAndRead(trx: Kysely<DB>, childId: string, expected: number) {
  const version = await bumpVersion(trx, childId, expected);
  const child = await trx.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirstOrThrow();
  return { version, child };
}

export async function updateChild(
  ctx: ServiceContext,
  childId: string,
  patch: ChildPatch,
  trigger: ReassessTrigger = 'edit',
): Promise<{ version: number; level: Level | null }> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const version = await bumpVersion(trx, childId, patch.version);
    const { version: _v, ...fields } = patch;
    return applyEdit(ctx, trx, childId, fields, { version, trigger });
  });
}

/**
 * Applies an edit to a file whose row the transaction has already locked and whose version it has moved on:
 * checks the merged record, writes it, records the changes and re-assesses. Shared by the form's edit (PATCH,
 * version checked first) and the merge of an edit made offline (merge.ts, field by field).
 */
export async function applyEdit(
  ctx: ServiceContext,
  trx: Kysely<DB>,
  childId: string,
  fields: Partial<ChildInput>,
  at: { version: number; trigger: ReassessTrigger; detail?: Record<string, unknown> },
): Promise<{ version: number; level: Level | null }> {
  const { version, trigger } = at;
  const loaded = await loadChild(trx, childId);
  if (!loaded) throw notFound('儿童档案');
  if (loaded.child.status === 'exited') throw new AppError('conflict', '该儿童已退出登记，档案不可修改');
  const before = inputOf(loaded.child, loaded.parents, loaded.caregiver);
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<ChildInput>;
  // A changed ID number re-derives the birth date and gender unless the edit gives them too.
  if (defined.idNumber !== undefined && defined.idNumber !== before.idNumber) {
    if (defined.birthDate === undefined) defined.birthDate = null;
    if (defined.gender === undefined) defined.gender = null;
  }
  keepMaskedIdNumbers(defined, before);
  const merged: ChildInput = { ...before, ...defined };
  const checked = await check(ctx, merged, trx);
  await duplicateId(trx, checked.idNumber, childId);
  const oldFacts = childFactColumns({
    ...before,
    birthDate: loaded.child.birth_date,
    registeredOn: loaded.child.registered_on,
  });
  const newFacts = childFactColumns(checked);
  const changes = [
    ...diff(oldFacts, newFacts),
    ...diff(
      { parents: before.parents.map((p) => parentColumns(childId, p)) },
      { parents: checked.parents.map((p) => parentColumns(childId, p)) },
    ),
    ...diff(
      { caregiver: before.caregiver ? caregiverColumns(childId, before.caregiver) : null },
      { caregiver: checked.caregiver ? caregiverColumns(childId, checked.caregiver) : null },
    ),
  ];
  await trx.updateTable('child').set(newFacts).where('id', '=', childId).execute();
  if (defined.parents !== undefined) await replaceParents(trx, childId, checked.parents);
  if (defined.caregiver !== undefined) await replaceCaregiver(trx, childId, checked.caregiver);
  await recordAudit(trx, ctx.actor, {
    action: 'child.updated',
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: checked.villageCode,
    changes,
    detail: { trigger, version, ...at.detail },
  });
  const result = await reassessChild(trx, childId, { actor: ctx.actor, asOf: ctx.today, trigger });
  const from = loaded.child.village_code;
  if (from !== checked.villageCode) {
    // Both villages hear of it: the old one's director loses the file, the new one's gains it.
    const moved = { childId, entity: 'child', entityId: childId, actorId: ctx.actor.id };
    await notify(trx, {
      ...moved,
      kind: 'child_moved_out',
      villageCode: from,
      message: '一名儿童已迁出本村',
    });
    await notify(trx, {
      ...moved,
      kind: 'child_moved_in',
      villageCode: checked.villageCode,
      message: '一名儿童已迁入本村',
    });
  }
  return { version, level: result.level };
}

/**
 * A form built on the file holds the masked numbers (lists and files never carry full ones): a masked number
 * sent back unchanged means "keep the stored one", so editing a parent never needs the full number revealed.
 */
function keepMaskedIdNumbers(patch: Partial<ChildInput>, before: ChildInput): void {
  const kept = (sent: string | null | undefined, stored: string | null | undefined) =>
    sent && stored && sent === maskIdNumber(stored) ? stored : sent;
  if (patch.idNumber !== undefined) patch.idNumber = kept(patch.idNumber, before.idNumber) ?? null;
  if (
    patch.disabilityCertificate &&
    before.disabilityCertificate &&
    patch.disabilityCertificate === maskDisabilityCertificate(before.disabilityCertificate)
  )
    patch.disabilityCertificate = before.disabilityCertificate;
  if (patch.parents)
    patch.parents = patch.parents.map((p) => ({
      ...p,
      idNumber: kept(p.idNumber, before.parents.find((b) => b.relation === p.relation)?.idNumber) ?? null,
    }));
  if (patch.caregiver)
    patch.caregiver = {
      ...patch.caregiver,
      idNumber: kept(patch.caregiver.idNumber, before.caregiver?.idNumber) ?? null,
    };
}

/** Raises the level by hand (never below the derived one), or clears a manual level with null. */
export async function setManualLevel(
  ctx: ServiceContext,
  childId: string,
  input: { level: Level | null; reason?: string | null; version: number },
): Promise<{ version: number; level: Level | null }> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.level.raise');
  return ctx.db.transaction().execute(async (trx) => {
    const { version, child } = await bumpAndRead(trx, childId, input.version);
    if (child.status !== 'active') throw new AppError('conflict', '该儿童已退出登记');
    if (!child.target) throw new InputError('该儿童不是关爱服务对象，无风险等级可调整', { field: 'level' });
    if (input.level !== null) {
      if (!input.reason?.trim()) throw new InputError('人工调高等级须写明理由', { field: 'reason' });
      const derived = child.derived_level ?? 'green';
      if (levelRank(input.level) < levelRank(derived))
        throw new InputError(
          `不能把等级调低到${LEVEL_SHORT_NAMES[input.level]}：根据档案事实评定为${LEVEL_SHORT_NAMES[derived]}，如事实有变请先修改档案`,
          { field: 'level' },
        );
    }
    await trx
      .updateTable('child')
      .set({ manual_level: input.level, manual_reason: input.level ? input.reason!.trim() : null })
      .where('id', '=', childId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: input.level ? 'child.level_raised' : 'child.level_manual_cleared',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: diff(
        { manual_level: child.manual_level, manual_reason: child.manual_reason },
        { manual_level: input.level, manual_reason: input.level ? input.reason!.trim() : null },
      ),
    });
    const result = await reassessChild(trx, childId, {
      actor: ctx.actor,
      asOf: ctx.today,
      trigger: 'manual',
    });
    return { version, level: result.level };
  });
}

/** The township confirms a complex assessment (情形复杂难判断的，由乡镇评估确认). */
export async function confirmAssessment(
  ctx: ServiceContext,
  childId: string,
  input: { version: number; note?: string | null },
): Promise<{ version: number }> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.level.confirm');
  return ctx.db.transaction().execute(async (trx) => {
    const { version, child } = await bumpAndRead(trx, childId, input.version);
    if (!child.level) throw new InputError('该儿童没有风险等级可确认', { field: 'level' });
    const now = new Date();
    await trx
      .updateTable('child')
      .set({ confirmed_by: ctx.actor.id, confirmed_at: now })
      .where('id', '=', childId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.assessment_confirmed',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: [{ field: 'confirmed_by', old: child.confirmed_by, new: ctx.actor.id }],
      detail: { level: child.level, note: input.note ?? null },
    });
    await notify(trx, {
      kind: 'assessment_confirmed',
      childId,
      villageCode: child.village_code,
      entity: 'child',
      entityId: childId,
      message: '乡镇（街道）已确认评估结果',
      actorId: ctx.actor.id,
    });
    return { version };
  });
}

/** Takes a child off the register with a reason and date; the file stays. */
export async function exitChild(
  ctx: ServiceContext,
  childId: string,
  input: { reason: ExitReason; exitedOn: IsoDate; note?: string | null; version: number },
): Promise<{ version: number }> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.exit');
  if (input.exitedOn > ctx.today) throw new InputError('退出日期不能晚于今天', { field: 'exitedOn' });
  return ctx.db.transaction().execute(async (trx) => {
    const { version, child } = await bumpAndRead(trx, childId, input.version);
    if (child.status === 'exited') throw new AppError('conflict', '该儿童已退出登记');
    if (input.exitedOn < child.registered_on)
      throw new InputError('退出日期早于登记日期', { field: 'exitedOn' });
    await trx
      .updateTable('child')
      .set({
        status: 'exited',
        exit_reason: input.reason,
        exited_on: input.exitedOn,
        exit_note: input.note ?? null,
      })
      .where('id', '=', childId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'child.exited',
      entity: 'child',
      entityId: childId,
      childId,
      regionCode: child.village_code,
      changes: [
        { field: 'status', old: 'active', new: 'exited' },
        { field: 'exit_reason', old: null, new: input.reason },
        { field: 'exited_on', old: null, new: input.exitedOn },
      ],
      detail: { reasonName: EXIT_REASON_NAMES[input.reason], note: input.note ?? null },
    });
    await reassessChild(trx, childId, { actor: ctx.actor, asOf: ctx.today, trigger: 'exit' });
    return { version };
  });
}

/** 孤儿、事实无人抚养儿童退出基本生活保障后的 6 个月过渡期 (003 §五.9). */
export async function addSupportTransition(
  ctx: ServiceContext,
  childId: string,
  input: { supportKind: SupportKind; exitedOn: IsoDate; note?: string | null },
) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    const endsOn = addMonths(input.exitedOn, 6);
    const row = await trx
      .insertInto('support_transition')
      .values({
        child_id: childId,
        county_code: childCounty(trx, childId),
        support_kind: input.supportKind,
        exited_on: input.exitedOn,
        ends_on: endsOn,
        note: input.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const child = await trx
      .selectFrom('child')
      .select('village_code')
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'child.support_transition_added',
      entity: 'support_transition',
      entityId: row.id,
      childId,
      regionCode: child.village_code,
      changes: [
        {
          field: 'support_transition',
          old: null,
          new: { supportKind: input.supportKind, exitedOn: input.exitedOn, endsOn },
        },
      ],
    });
    return transitionView(row, ctx.today);
  });
}

function transitionView(
  row: { id: string; support_kind: SupportKind; exited_on: string; ends_on: string; note: string | null },
  today: IsoDate,
) {
  return {
    id: row.id,
    supportKind: row.support_kind,
    exitedOn: row.exited_on,
    endsOn: row.ends_on,
    inTransition: row.exited_on <= today && today < row.ends_on,
    note: row.note,
  };
}

/** The whole file for one child, with its read recorded in the audit trail. */
export async function getChildFile(
  ctx: ServiceContext,
  childId: string,
  options: { revealIdNumber?: boolean } = {},
) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.read');
  // A full number is revealed one field at a time with a reason (POST …/reveal), never with the whole file.
  if (options.revealIdNumber)
    throw new InputError('查看完整身份证号码请使用“查看”并写明理由', { field: 'reveal' });
  const full = false;
  const loaded = await loadChild(ctx.db, childId);
  if (!loaded) throw notFound('儿童档案');
  const { child, parents, caregiver } = loaded;
  const restricted = await ctx.db
    .selectFrom('child_restriction')
    .select('child_id')
    .where('child_id', '=', childId)
    .executeTakeFirst();
  const [names, assessment, transitions, reports] = await Promise.all([
    ctx.db
      .selectFrom('region as v')
      .leftJoin('region as t', 't.code', 'v.parent_code')
      .select(['v.name as village_name', 't.name as township_name'])
      .where('v.code', '=', child.village_code)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('assessment')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('assessed_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('support_transition')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('exited_on')
      .execute(),
    ctx.db
      .selectFrom('mandatory_report')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('opened_at', 'desc')
      .execute(),
  ]);
  await recordAudit(ctx.db, ctx.actor, {
    action: full ? 'child.viewed_with_id_number' : 'child.viewed',
    entity: 'child',
    entityId: childId,
    childId,
    regionCode: child.village_code,
  });
  return {
    ...childDetail({ ...child, ...names, restricted: !!restricted }, { fullIdNumber: full, asOf: ctx.today }),
    parents: parents.map((p) => parentView(p, full)),
    caregiver: caregiverView(caregiver, full),
    assessment: assessment
      ? {
          asOf: assessment.as_of,
          assessedAt: new Date(assessment.assessed_at).toISOString(),
          policy: assessment.policy,
          level: assessment.level,
          derivedLevel: assessment.derived_level,
          ...storedFindings(assessment),
        }
      : null,
    supportTransitions: transitions.map((t) => transitionView(t, ctx.today)),
    mandatoryReports: reports.map((r) => ({
      id: r.id,
      source: r.source,
      situation: r.situation,
      factors: r.factors,
      status: r.status,
      discoveredOn: r.discovered_on,
      openedAt: new Date(r.opened_at).toISOString(),
    })),
  };
}

export interface ChildFilters {
  region?: string;
  level?: Level[];
  population?: 'left_behind' | 'in_difficulty' | 'single_parent_rural';
  difficultyType?: string;
  overdue?: boolean;
  /** Red cases still to handle at once (立即处置), the dashboard's figure. */
  awaitingHandling?: boolean;
  ageMin?: number;
  ageMax?: number;
  q?: string;
  status?: 'active' | 'exited' | 'all';
  target?: boolean;
  /** On the worklist: target children and the watched ones (rural single-parent, DOMAIN.md §1). */
  worklist?: boolean;
  sort?: 'due' | 'name' | 'level' | 'updated';
  page?: number;
  pageSize?: number;
  fullIdNumber?: boolean;
}

/** One page of the children the actor may see, filtered and sorted on the server. */
export async function listChildren(ctx: ServiceContext, f: ChildFilters) {
  requirePermission(ctx.actor, 'child.read');
  // Lists never carry full ID numbers (issue 16.1, docs/privacy.md); the file reveals one with a reason.
  if (f.fullIdNumber) throw new AppError('forbidden', '列表不显示完整身份证号码，请在儿童档案中逐一查看');
  const full = false;
  const page = Math.max(1, f.page ?? 1);
  const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 20));
  let q = ctx.db.selectFrom('child').where(childInScope(ctx.actor));
  if (f.region) q = q.where('child.village_code', 'like', `${shortCode(f.region)}%`);
  const status = f.status ?? 'active';
  if (status !== 'all') q = q.where('child.status', '=', status);
  if (f.target !== undefined) q = q.where('child.target', '=', f.target);
  if (f.worklist !== undefined)
    q = q.where(
      f.worklist
        ? sql<boolean>`(child.target or child.watch)`
        : sql<boolean>`not (child.target or child.watch)`,
    );
  if (f.level?.length) q = q.where('child.level', 'in', f.level);
  if (f.population === 'left_behind') q = q.where('child.left_behind', '=', true);
  if (f.population === 'in_difficulty') q = q.where(sql<boolean>`cardinality(child.difficulty_types) > 0`);
  if (f.population === 'single_parent_rural')
    q = q.where(sql<boolean>`'single_parent_rural' = any(child.conditions)`);
  if (f.difficultyType) q = q.where(sql<boolean>`${f.difficultyType} = any(child.difficulty_types)`);
  if (f.overdue !== undefined)
    q = f.overdue
      ? q.where('child.next_due', '<', ctx.today)
      : q.where((eb) => eb.or([eb('child.next_due', '>=', ctx.today), eb('child.next_due', 'is', null)]));
  if (f.awaitingHandling !== undefined) q = q.where(handleAtOnceFirstSql, '=', f.awaitingHandling ? 0 : 1);
  if (f.ageMin !== undefined) q = q.where('child.birth_date', '<=', addMonths(ctx.today, -12 * f.ageMin));
  if (f.ageMax !== undefined)
    q = q.where('child.birth_date', '>', addMonths(ctx.today, -12 * (f.ageMax + 1)));
  const term = f.q?.trim();
  if (term) {
    if (looksLikeIdNumber(term))
      q = q.where('child.id_number', '=', await auditedIdSearch(ctx.db, ctx.actor, term));
    else
      q = q
        .where('child.name', 'like', `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)
        // A restricted file's name is not searchable by those who may not see it.
        .where(sql<boolean>`not ${detailsHiddenSql(ctx.actor)}`);
  }
  const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const order = listOrder(f.sort ?? 'due');
  // The page is chosen on the narrow rows first (ids in order), then only its rows are read in full with their
  // villages and restriction markers: sorting a county's every row in full and joining each to its village
  // cost ~175 ms for a 50,000-child county on PGlite (bench/province.bench.ts).
  let pageIds = q.select('child.id');
  for (const o of order) pageIds = pageIds.orderBy(o);
  let rows = ctx.db
    .selectFrom('child')
    .where('child.id', 'in', pageIds.limit(pageSize).offset((page - 1) * pageSize))
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .leftJoin('region as t', 't.code', 'v.parent_code')
    .selectAll('child')
    .select(['v.name as village_name', 't.name as township_name'])
    .select([restrictedSql.as('restricted'), detailsHiddenSql(ctx.actor).as('details_hidden')]);
  for (const o of order) rows = rows.orderBy(o);
  const items = await rows.execute();
  return {
    items: items.map((r) => listItem(r, { fullIdNumber: full, asOf: ctx.today })),
    total: Number(total),
    page,
    pageSize,
  };
}

/** The order of the children list, most significant first; each ends in the id, so that pages do not overlap. */
function listOrder(sort: NonNullable<ChildFilters['sort']>) {
  switch (sort) {
    case 'name':
      return [sql`child.name`, sql`child.id`];
    case 'level':
      return [
        sql`array_position(array['red','yellow','blue','green']::text[], child.level) asc nulls last`,
        sql`child.next_due asc nulls last`,
        sql`child.id`,
      ];
    case 'updated':
      return [sql`child.updated_at desc`, sql`child.id`];
    default:
      // A red case to handle at once leads (issue 17.3), however overdue the others.
      return [handleAtOnceFirstSql, sql`child.next_due asc nulls last`, sql`child.name`, sql`child.id`];
  }
}

/** The JSON columns of a saved assessment, as reassess.ts writes them (from the domain's Assessment). */
type StoredAssessment = Pick<Assessment, 'reasons' | 'schedule' | 'explanation'>;

/** What a saved assessment found, as the file and the assessment history show it. */
function storedFindings(a: {
  reasons: unknown;
  schedule: unknown;
  explanation: unknown;
  mandatory_report: boolean;
}) {
  return {
    reasons: a.reasons as StoredAssessment['reasons'],
    schedule: a.schedule as StoredAssessment['schedule'],
    explanation: a.explanation as StoredAssessment['explanation'],
    mandatoryReport: a.mandatory_report,
  };
}

export async function listAssessments(ctx: ServiceContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'child.read');
  const rows = await ctx.db
    .selectFrom('assessment')
    .leftJoin('app_user', 'app_user.id', 'assessment.actor_id')
    .selectAll('assessment')
    .select('app_user.display_name as actor_name')
    .where('child_id', '=', childId)
    .orderBy('assessed_at', 'desc')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    assessedAt: new Date(a.assessed_at).toISOString(),
    asOf: a.as_of,
    policy: a.policy,
    trigger: a.trigger,
    actorName: a.actor_name,
    target: a.target,
    leftBehind: a.left_behind,
    difficultyTypes: a.difficulty_types,
    derivedLevel: a.derived_level,
    manualLevel: a.manual_level,
    manualReason: a.manual_reason,
    level: a.level,
    ...storedFindings(a),
  }));
}

export async function listAudit(ctx: ServiceContext, childId: string) {
  await requireChild(ctx.db, ctx.actor, childId, 'audit.read');
  const rows = await ctx.db
    .selectFrom('audit_event')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
  return rows.map((e) => ({
    id: Number(e.id),
    occurredAt: new Date(e.occurred_at).toISOString(),
    actorName: e.actor_name,
    action: e.action,
    entity: e.entity,
    entityId: e.entity_id,
    // The trail shows that an ID number changed, not the number: that is read on the file, on request.
    changes: maskIdNumbersDeep(e.changes) as FieldChange[] | null,
    detail: maskIdNumbersDeep(e.detail) as Record<string, unknown> | null,
  }));
}
