// An edit of a child's file made without signal (issue 17.2), merged field by field when the phone syncs.
// The phone sends the version its copy had, the fields the director changed with their new values, and the
// value of each of those fields as her copy showed it. For each field the server compares the file's current
// value with that base value:
//   - the same: nobody else changed it, her value is applied;
//   - already equal to her value: nothing to do;
//   - different from both: someone else changed it meanwhile — a conflict, nothing written for that field.
// Fields without conflict are applied even when others conflict (the issue: "fields nobody else changed are
// applied"); the conflicts come back as 409 with both values, for her to choose, and a choice is sent again
// with the chosen value and the current value as its base. Nothing is lost silently: every merge is audited,
// with what was applied and which fields conflicted. No history table is needed: the base values travel with
// the edit.
import { sql } from 'kysely';
import { z } from 'zod';
import { maskDisabilityCertificate, maskIdNumber } from '../../domain/id-number.ts';
import type { Level } from '../../domain/codes.ts';
import { notFound } from '../../shared/errors.ts';
import { requireChild } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { loadChild } from './repository.ts';
import { childFields, type ChildInput } from './schemas.ts';
import { applyEdit, inputOf } from './service.ts';
import type { ServiceContext } from '../../shared/service-context.ts';

/** The fields an edit made offline may carry, with their Chinese names for the conflict shown to her. */
export const MERGE_LABELS = {
  name: '姓名',
  ethnicity: '民族',
  hukouType: '户籍类型',
  hukouRegionCode: '户籍地',
  responsibleSide: '责任方',
  address: '住址',
  phone: '联系电话',
  schoolName: '学校',
  schoolStage: '学段',
  schoolGrade: '年级',
  healthStatus: '健康状况',
  disabilityCategory: '残疾类别',
  disabilityGrade: '残疾等级',
  disabilityCertificate: '残疾证号',
  guardianship: '监护状况',
  conditions: '困境情形',
  parents: '父母情况',
  caregiver: '委托照护人',
  note: '备注',
} as const;
export type MergeField = keyof typeof MERGE_LABELS;
const MERGE_FIELDS = Object.keys(MERGE_LABELS) as [MergeField, ...MergeField[]];

const changeShape = Object.fromEntries(
  MERGE_FIELDS.map((f) => [f, (childFields[f] as z.ZodType).optional()]),
) as unknown as Record<MergeField, z.ZodType>;

export const mergeInput = z
  .object({
    baseVersion: z.number().int().min(1, { error: '请提供修改所依据的档案版本 baseVersion' }),
    changes: z.strictObject(changeShape, {
      error: (i) =>
        i.code === 'unrecognized_keys' ? `不能离线修改的字段：${i.keys.join('、')}` : 'changes 应为对象',
    }),
    /** Each changed field's value as the phone's copy showed it (the file's own shape, ID numbers masked). */
    base: z.partialRecord(z.enum(MERGE_FIELDS), z.unknown()),
    /** The director's choice on a conflict she was shown, kept in the audit trail. */
    resolved: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['mine', 'theirs'])).optional(),
  })
  .refine((v) => Object.keys(v.changes).length > 0, { error: '没有要修改的字段', path: ['changes'] })
  .refine((v) => Object.keys(v.changes).every((f) => f in v.base), {
    error: '每个修改的字段都须带上修改前的值（base）',
    path: ['base'],
  });
export type MergeInput = {
  baseVersion: number;
  changes: Partial<Pick<ChildInput, MergeField>>;
  base: Partial<Record<MergeField, unknown>>;
  resolved?: Partial<Record<MergeField, 'mine' | 'theirs'>>;
};

export interface MergeConflict {
  field: MergeField;
  label: string;
  /** Her value, and the file's value now; ID numbers masked, as the file shows them. */
  mine: unknown;
  theirs: unknown;
}
export interface MergeResult {
  version: number;
  level: Level | null;
  applied: MergeField[];
  conflicts: MergeConflict[];
}

const masked = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && !v.includes('*') ? maskIdNumber(v) : (v ?? null);

function text(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? null;
  const t = v.trim();
  return t === '' ? null : t;
}

const PARENT_KEYS = [
  'name',
  'phone',
  'migrantMonths',
  'crossCounty',
  'coreUrbanBoth',
  'workPlace',
  'note',
] as const;
const CAREGIVER_KEYS = [
  'name',
  'relation',
  'phone',
  'agreementSignedOn',
  'assessment',
  'assessmentNote',
  'assessedOn',
] as const;

/**
 * A value in one comparable form, whoever wrote it: the file's view, the phone's form or the stored record.
 * Blank text is no text, lists are sets, ID numbers are compared masked (the phone never holds a full one).
 */
export function comparable(field: MergeField, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (field === 'disabilityCertificate') {
    // Compared masked, as the file shows it: it begins with the child's ID number.
    const t = text(value);
    return typeof t === 'string' && !t.includes('*') ? maskDisabilityCertificate(t) : t;
  }
  if (field === 'conditions') return Array.isArray(value) ? [...(value as string[])].sort() : value;
  if (field === 'parents') {
    if (!Array.isArray(value)) return value;
    return (value as Record<string, unknown>[])
      .map((p) => ({
        relation: p.relation,
        idNumber: masked(text(p.idNumber)),
        statuses: Array.isArray(p.statuses) ? [...(p.statuses as string[])].sort() : [],
        ...Object.fromEntries(PARENT_KEYS.map((k) => [k, text(p[k])])),
      }))
      .sort((a, b) => String(a.relation).localeCompare(String(b.relation)));
  }
  if (field === 'caregiver') {
    const c = value as Record<string, unknown>;
    return {
      idNumber: masked(text(c.idNumber)),
      ...Object.fromEntries(CAREGIVER_KEYS.map((k) => [k, text(c[k])])),
    };
  }
  return text(value);
}

/** Stable JSON: the same value gives the same text whatever order its keys were written in. */
function key(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(key).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${key((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

const same = (field: MergeField, a: unknown, b: unknown) =>
  key(comparable(field, a)) === key(comparable(field, b));

// Parents and the caregiver are merged part by part (issue 17.2): her change of the father's phone and the
// county's change of the mother's work place are both kept; only the same part changed on both sides to
// different values is a conflict, named by its part.
type Entry = Record<string, unknown>;
const PART_LABELS: Record<string, string> = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '联系电话',
  statuses: '状况',
  migrantMonths: '外出月数',
  crossCounty: '是否跨县',
  coreUrbanBoth: '是否均在中心城区',
  workPlace: '务工地点',
  note: '备注',
  relation: '关系',
  agreementSignedOn: '委托协议签订日期',
  assessment: '照护能力评估',
  assessmentNote: '评估说明',
  assessedOn: '评估日期',
};
const PARENT_PARTS = ['idNumber', 'statuses', ...PARENT_KEYS] as const;
const CAREGIVER_PARTS = ['idNumber', ...CAREGIVER_KEYS] as const;
const RELATION_LABELS: Record<string, string> = { father: '父亲', mother: '母亲' };

function partValue(part: string, value: unknown): string {
  if (part === 'idNumber') return key(masked(text(value)));
  if (part === 'statuses') return key(Array.isArray(value) ? [...(value as string[])].sort() : []);
  return key(text(value));
}

function entryValue(parts: readonly string[], entry: Entry | null): string {
  return entry ? key(parts.map((p) => partValue(p, entry[p]))) : 'null';
}

/** One parent or the caregiver, three ways: what her copy showed, what the file holds now, what she wants. */
function mergeEntry(
  parts: readonly string[],
  label: string,
  base: Entry | null,
  now: Entry | null,
  mine: Entry | null,
): { value: Entry | null; conflicts: string[] } {
  const [b, n, m] = [base, now, mine].map((e) => entryValue(parts, e));
  if (m === b || n === m) return { value: now, conflicts: [] };
  if (n === b) return { value: mine, conflicts: [] };
  if (!mine || !now)
    return { value: mine, conflicts: [mine ? `${label}（已被他人删除）` : `${label}（删除）`] };
  const value: Entry = { ...now };
  const conflicts: string[] = [];
  for (const part of parts) {
    const [pb, pn, pm] = [base?.[part], now[part], mine[part]].map((v) => partValue(part, v));
    if (pm === pb || pn === pm) continue;
    value[part] = mine[part];
    if (pn !== pb) conflicts.push(`${label}的${PART_LABELS[part] ?? part}`);
  }
  return { value, conflicts };
}

const asEntry = (v: unknown): Entry | null => (v && typeof v === 'object' ? (v as Entry) : null);

function mergeParts(
  field: 'parents' | 'caregiver',
  base: unknown,
  now: unknown,
  mine: unknown,
): { value: unknown; conflicts: string[] } {
  if (field === 'caregiver')
    return mergeEntry(CAREGIVER_PARTS, MERGE_LABELS.caregiver, asEntry(base), asEntry(now), asEntry(mine));
  const list = (v: unknown) => (Array.isArray(v) ? (v as Entry[]) : []);
  const byRelation = (v: unknown) => new Map(list(v).map((e) => [String(e.relation), e]));
  const [b, n, m] = [byRelation(base), byRelation(now), byRelation(mine)];
  const relations = [...new Set([...n.keys(), ...m.keys(), ...b.keys()])];
  const value: Entry[] = [];
  const conflicts: string[] = [];
  for (const relation of relations) {
    const merged = mergeEntry(
      PARENT_PARTS,
      RELATION_LABELS[relation] ?? relation,
      b.get(relation) ?? null,
      n.get(relation) ?? null,
      m.get(relation) ?? null,
    );
    if (merged.value) value.push({ ...merged.value, relation });
    conflicts.push(...merged.conflicts);
  }
  return { value, conflicts };
}

export async function mergeChildEdit(
  ctx: ServiceContext,
  childId: string,
  input: MergeInput,
): Promise<MergeResult> {
  await requireChild(ctx.db, ctx.actor, childId, 'child.write');
  return ctx.db.transaction().execute(async (trx) => {
    // The row lock first: two merges of the same file are decided one after the other.
    const row = await trx
      .selectFrom('child')
      .select(['version', 'village_code'])
      .where('id', '=', childId)
      .forNoKeyUpdate() // not FOR UPDATE: audit rows naming the child must not wait (casework/child-row.ts)
      .executeTakeFirst();
    if (!row) throw notFound('儿童档案');
    const loaded = await loadChild(trx, childId);
    if (!loaded) throw notFound('儿童档案');
    const current = inputOf(loaded.child, loaded.parents, loaded.caregiver);

    const apply: Partial<ChildInput> = {};
    const applied: MergeField[] = [];
    const unchanged: MergeField[] = [];
    const conflicts: MergeConflict[] = [];
    for (const field of Object.keys(input.changes) as MergeField[]) {
      const mine = input.changes[field];
      const now = current[field];
      if (same(field, now, mine)) unchanged.push(field);
      else if (same(field, now, input.base[field])) {
        (apply as Record<string, unknown>)[field] = mine;
        applied.push(field);
      } else if (field === 'parents' || field === 'caregiver') {
        const merged = mergeParts(field, input.base[field], now, mine);
        if (merged.conflicts.length === 0) {
          (apply as Record<string, unknown>)[field] = merged.value;
          applied.push(field);
        } else
          // Her side of the choice keeps the parts merged without conflict, so 用我的 loses nobody's change.
          conflicts.push({
            field,
            label: `${MERGE_LABELS[field]}：${merged.conflicts.join('、')}`,
            mine: comparable(field, merged.value),
            theirs: comparable(field, now),
          });
      } else
        conflicts.push({
          field,
          label: MERGE_LABELS[field],
          mine: comparable(field, mine),
          theirs: comparable(field, now),
        });
    }

    const detail = {
      merge: true,
      baseVersion: input.baseVersion,
      applied,
      unchanged,
      conflicts: conflicts.map((c) => c.field),
      ...(input.resolved ? { resolved: input.resolved } : {}),
    };
    let outcome: { version: number; level: Level | null } = {
      version: row.version,
      level: loaded.child.level as Level | null,
    };
    if (applied.length) {
      const moved = await trx
        .updateTable('child')
        .set({ version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', childId)
        .returning('version')
        .executeTakeFirstOrThrow();
      outcome = await applyEdit(ctx, trx, childId, apply, {
        version: moved.version,
        trigger: 'edit',
        detail,
      });
    } else {
      // Nothing written, but what was decided is kept: the conflict she was shown, or her choice of the
      // value already on file.
      await recordAudit(trx, ctx.actor, {
        action: conflicts.length ? 'child.merge_conflict' : 'child.merge_unchanged',
        entity: 'child',
        entityId: childId,
        childId,
        regionCode: row.village_code,
        detail: { ...detail, version: row.version },
      });
    }
    return { ...outcome, applied, conflicts };
  });
}
