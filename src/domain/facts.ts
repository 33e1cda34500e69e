// A child's facts: what the engine reads (DOMAIN.md §1–2, CONTRACT.md `assess`). The register stores
// exactly these; parsing them is strict, because an unknown code silently skipped is a child mis-graded.
import { isIsoDate, type IsoDate } from './dates.ts';
import {
  GUARDIANSHIP_QUALITIES,
  HUKOU_TYPES,
  PARENT_RELATIONS,
  isCondition,
  isParentStatus,
  type Condition,
  type GuardianshipQuality,
  type HukouType,
  type ParentRelation,
  type ParentStatus,
} from './codes.ts';

export interface ParentFacts {
  relation: ParentRelation | null;
  statuses: ParentStatus[];
  /** Continuous months away for work (偶尔回家探亲、休假的，不影响连续务工时间认定). */
  migrantMonths: number | null;
  /** Works outside the home county. */
  crossCounty: boolean | null;
  /** Work place and registration both in the core urban districts of one city (excluded). */
  coreUrbanBoth: boolean | null;
}

export interface ChildFacts {
  asOf: IsoDate;
  birthDate: IsoDate;
  hukouType: HukouType | null;
  guardianship: GuardianshipQuality | null;
  parents: ParentFacts[];
  conditions: Condition[];
}

/** A fact that cannot be read. `code` is set when the problem is an unknown code, and names it. */
export class FactsError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'FactsError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  what: string,
): T | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new FactsError(
    field,
    `${field}: 未知的${what} "${String(value)}"（可用：${allowed.join('、')}）`,
    String(value),
  );
}

function optionalBoolean(value: unknown, field: string): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  throw new FactsError(field, `${field}: 应为 true 或 false`);
}

function parseParent(value: unknown, index: number): ParentFacts {
  const at = `parents[${index}]`;
  if (!isRecord(value)) throw new FactsError(at, `${at}: 应为对象`);
  const relation = optionalEnum(value.relation, PARENT_RELATIONS, `${at}.relation`, '亲属关系');
  const rawStatuses = value.statuses ?? [];
  if (!Array.isArray(rawStatuses)) throw new FactsError(`${at}.statuses`, `${at}.statuses: 应为数组`);
  const statuses: ParentStatus[] = [];
  rawStatuses.forEach((s, i) => {
    if (!isParentStatus(s))
      throw new FactsError(
        `${at}.statuses[${i}]`,
        `${at}.statuses[${i}]: 未知的父母状况代码 "${String(s)}"`,
        String(s),
      );
    if (!statuses.includes(s)) statuses.push(s);
  });
  let migrantMonths: number | null = null;
  if (value.migrantMonths !== undefined && value.migrantMonths !== null) {
    if (
      typeof value.migrantMonths !== 'number' ||
      !Number.isFinite(value.migrantMonths) ||
      value.migrantMonths < 0
    )
      throw new FactsError(`${at}.migrantMonths`, `${at}.migrantMonths: 应为非负数（连续外出月数）`);
    migrantMonths = value.migrantMonths;
  }
  return {
    relation,
    statuses,
    migrantMonths,
    crossCounty: optionalBoolean(value.crossCounty, `${at}.crossCounty`),
    coreUrbanBoth: optionalBoolean(value.coreUrbanBoth, `${at}.coreUrbanBoth`),
  };
}

/**
 * Reads facts from parsed JSON. Unknown top-level keys are ignored (an import line carries more than the
 * engine reads); unknown codes and malformed values are errors that name the field.
 */
export function parseFacts(input: unknown, defaults: { asOf: IsoDate }): ChildFacts {
  if (!isRecord(input)) throw new FactsError('', '儿童情况应为 JSON 对象');
  const asOf = input.asOf ?? defaults.asOf;
  if (!isIsoDate(asOf)) throw new FactsError('asOf', `asOf: 应为日期 YYYY-MM-DD，实际 "${String(asOf)}"`);
  if (input.birthDate === undefined || input.birthDate === null || input.birthDate === '')
    throw new FactsError('birthDate', 'birthDate: 缺少出生日期（YYYY-MM-DD）');
  if (!isIsoDate(input.birthDate))
    throw new FactsError('birthDate', `birthDate: 应为日期 YYYY-MM-DD，实际 "${String(input.birthDate)}"`);
  if (input.birthDate > asOf)
    throw new FactsError('birthDate', `birthDate: 出生日期 ${input.birthDate} 晚于评估日期 ${asOf}`);
  const rawParents = input.parents ?? [];
  if (!Array.isArray(rawParents)) throw new FactsError('parents', 'parents: 应为数组');
  if (rawParents.length > 2)
    throw new FactsError('parents', `parents: 最多两位父母，实际 ${rawParents.length} 位`);
  const parents = rawParents.map(parseParent);
  if (parents.length === 2 && parents[0]?.relation && parents[0].relation === parents[1]?.relation)
    throw new FactsError('parents', `parents: 两位父母的 relation 都是 "${parents[0].relation}"`);
  const rawConditions = input.conditions ?? [];
  if (!Array.isArray(rawConditions)) throw new FactsError('conditions', 'conditions: 应为数组');
  const conditions: Condition[] = [];
  rawConditions.forEach((c, i) => {
    if (!isCondition(c))
      throw new FactsError(`conditions[${i}]`, `conditions[${i}]: 未知的情形代码 "${String(c)}"`, String(c));
    if (!conditions.includes(c)) conditions.push(c);
  });
  const facts: ChildFacts = {
    asOf,
    birthDate: input.birthDate,
    hukouType: optionalEnum(input.hukouType, HUKOU_TYPES, 'hukouType', '户籍类型'),
    guardianship: optionalEnum(input.guardianship, GUARDIANSHIP_QUALITIES, 'guardianship', '监护状况'),
    parents,
    conditions,
  };
  const conflict = factsConflicts(facts)[0];
  if (conflict) throw new FactsError(conflict.field, `情况相互矛盾：${conflict.message}`);
  return facts;
}

/** Facts that cannot all be true of one child; checked after the codes are known (issue 19 pt 1). */
export interface FactsConflict {
  field: string;
  message: string;
}

interface ConflictSubject {
  guardianship?: GuardianshipQuality | null;
  parents: { relation?: ParentRelation | null; statuses: readonly ParentStatus[] }[];
  conditions: readonly Condition[];
}

/** Statuses a living parent, present and known, can have; a parent who has died or is declared missing has none. */
const GONE: readonly ParentStatus[] = ['deceased', 'missing'];
/** A parent held or removed cannot be a migrant worker at the same time. */
const HELD: readonly ParentStatus[] = ['imprisoned', 'drug_rehab', 'restricted_liberty', 'deported'];
/** What a parent who has died or is declared missing may still carry on the file. */
const AFTER_GONE: readonly ParentStatus[] = ['guardianship_revoked'];

export function factsConflicts(facts: ConflictSubject): FactsConflict[] {
  const out: FactsConflict[] = [];
  facts.parents.forEach((p, i) => {
    const at = `parents[${i}].statuses`;
    const gone = GONE.filter((s) => p.statuses.includes(s));
    if (gone.length === 2) out.push({ field: at, message: `${at}: 同一位父母不能既“死亡”又“宣告失踪”` });
    for (const g of gone) {
      const other = p.statuses.filter((s) => !GONE.includes(s) && !AFTER_GONE.includes(s));
      if (other.length > 0)
        out.push({
          field: at,
          message: `${at}: “${g === 'deceased' ? '死亡' : '宣告失踪'}”的父母不能同时为 ${other.map((s) => `"${s}"`).join('、')}`,
        });
    }
    if (p.statuses.includes('migrant')) {
      const held = HELD.filter((s) => p.statuses.includes(s));
      if (held.length > 0)
        out.push({
          field: at,
          message: `${at}: 外出务工（migrant）与 ${held.map((s) => `"${s}"`).join('、')} 矛盾：服刑、戒毒、被限制人身自由或被遣送出境的父母不能同时在外务工`,
        });
    }
  });
  const has = (c: Condition) => (facts.conditions ?? []).includes(c);
  if (has('orphan')) {
    const living = facts.parents.findIndex((p) => !p.statuses.some((s) => GONE.includes(s)));
    if (living >= 0)
      out.push({
        field: `parents[${living}]`,
        message: `conditions: 孤儿（orphan，失去父母、查找不到生父母）与 parents[${living}] 记录的在世父母矛盾（孤儿的父母应记录为 deceased 或 missing）`,
      });
    if (has('de_facto_unsupported'))
      out.push({
        field: 'conditions',
        message: 'conditions: 孤儿（orphan）与事实无人抚养儿童（de_facto_unsupported）不能同时成立',
      });
  }
  if (facts.guardianship === 'good')
    for (const c of [
      'guardianship.absent',
      'guardianship.severely_insufficient',
      'guardianship.insufficient',
    ] as const)
      if (has(c))
        out.push({
          field: 'guardianship',
          message: `guardianship: 监护状况“较好”（good）与情形 "${c}"（监护缺失或不足）矛盾`,
        });
  return out;
}
