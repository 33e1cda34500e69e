// Retention (issue 16.5, PIPL art. 19 and 47): a child's file closed — the child off the register — for longer
// than the deployment's retention period (TONGHU_RETENTION_YEARS, default 3 years after the exit date) is
// de-identified: names become 姓+某, ID and phone numbers, addresses, external ids and free-text notes on the
// file are removed; what statistics count (gender, birth date, village, levels, conditions, assessments,
// visit and intervention dates) stays. Each file is done in its own transaction with an audit record that
// names the fields cleared, never their values. The nightly job runs it; `tonghu retention --dry-run` lists
// the files it would change. Audit records are append-only (issue 15) and are not rewritten.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addMonths, type IsoDate } from '../../domain/dates.ts';
import { InputError } from '../../shared/errors.ts';
import type { Actor } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';

export const DEFAULT_RETENTION_YEARS = 3;

export function retentionYears(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.TONGHU_RETENTION_YEARS?.trim();
  if (!text) return DEFAULT_RETENTION_YEARS;
  const years = Number(text);
  if (!Number.isInteger(years) || years < 1 || years > 100)
    throw new InputError(`TONGHU_RETENTION_YEARS 应为 1–100 的整数，实际 "${text}"`, {
      field: 'TONGHU_RETENTION_YEARS',
    });
  return years;
}

/** 张三 → 张某; a Latin name → its initials (Li Lei → L. L.). */
export function deidentifiedName(name: string): string;
export function deidentifiedName(name: string | null): string | null;
export function deidentifiedName(name: string | null): string | null {
  if (name === null) return null;
  const trimmed = name.trim();
  if (!trimmed) return trimmed;
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(trimmed))
    return trimmed
      .split(/[\s.'-]+/)
      .filter(Boolean)
      .map((w) => `${w[0]!.toUpperCase()}.`)
      .join(' ');
  return `${[...trimmed][0]}某`;
}

/** The fields cleared on the child, its parents and caregiver (named in the audit record). */
export const CLEARED_FIELDS = [
  'child.name→姓+某',
  'child.id_number',
  'child.phone',
  'child.address',
  'child.external_id',
  'child.note',
  'child.exit_note',
  'child.disability_certificate',
  'child.school_name',
  'child_parent.name→姓+某',
  'child_parent.id_number',
  'child_parent.phone',
  'child_parent.work_place',
  'child_parent.note',
  'child_caregiver.name→姓+某',
  'child_caregiver.id_number',
  'child_caregiver.phone',
  'child_caregiver.assessment_note',
  'comparison_finding.id_number',
  'comparison_finding.name→姓+某',
  'referral.child_data: 姓名→姓+某, 身份证号码、电话、住址删除',
] as const;

export interface RetentionCandidate {
  childId: string;
  villageCode: string;
  exitedOn: IsoDate;
}

export interface RetentionResult {
  asOf: IsoDate;
  years: number;
  /** Files of children who left on or before this date are due. */
  cutoff: IsoDate;
  dryRun: boolean;
  children: RetentionCandidate[];
}

export async function findExpired(
  db: Kysely<DB>,
  options: { asOf: IsoDate; years: number; region?: string | null },
): Promise<RetentionCandidate[]> {
  const cutoff = addMonths(options.asOf, -12 * options.years);
  let q = db
    .selectFrom('child')
    .select(['id', 'village_code', 'exited_on'])
    .where('status', '=', 'exited')
    .where('deidentified_at', 'is', null)
    .where('exited_on', '<=', cutoff);
  if (options.region) q = q.where('village_code', 'like', `${options.region}%`);
  const rows = await q.orderBy('exited_on').orderBy('id').execute();
  return rows.map((r) => ({ childId: r.id, villageCode: r.village_code, exitedOn: r.exited_on! }));
}

const REMOVED_KEYS = new Set(['idNumber', 'id_number', 'phone', 'address', 'contactPhone']);

/** A referral's snapshot of the child with names to 姓+某 and numbers and addresses removed. */
function deidentifiedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deidentifiedJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (REMOVED_KEYS.has(key)) out[key] = null;
    else if (key === 'name' && typeof v === 'string') out[key] = deidentifiedName(v);
    else out[key] = deidentifiedJson(v);
  }
  return out;
}

async function deidentifyChild(
  trx: Kysely<DB>,
  actor: Actor,
  c: RetentionCandidate,
  years: number,
): Promise<void> {
  const child = await trx
    .selectFrom('child')
    .select(['name'])
    .where('id', '=', c.childId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('child')
    .set({
      name: deidentifiedName(child.name),
      id_number: null,
      phone: null,
      address: null,
      external_id: null,
      note: null,
      exit_note: null,
      disability_certificate: null,
      school_name: null,
      deidentified_at: sql`now()` as never,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', c.childId)
    .execute();
  const parents = await trx
    .selectFrom('child_parent')
    .select(['id', 'name'])
    .where('child_id', '=', c.childId)
    .execute();
  for (const p of parents)
    await trx
      .updateTable('child_parent')
      .set({ name: deidentifiedName(p.name), id_number: null, phone: null, work_place: null, note: null })
      .where('id', '=', p.id)
      .execute();
  const caregiver = await trx
    .selectFrom('child_caregiver')
    .select(['name'])
    .where('child_id', '=', c.childId)
    .executeTakeFirst();
  if (caregiver)
    await trx
      .updateTable('child_caregiver')
      .set({ name: deidentifiedName(caregiver.name), id_number: null, phone: null, assessment_note: null })
      .where('child_id', '=', c.childId)
      .execute();
  const findings = await trx
    .selectFrom('comparison_finding')
    .select(['id', 'name'])
    .where('child_id', '=', c.childId)
    .execute();
  for (const f of findings)
    await trx
      .updateTable('comparison_finding')
      .set({ id_number: null, name: f.name === null ? null : deidentifiedName(f.name) })
      .where('id', '=', f.id)
      .execute();
  const referrals = await trx
    .selectFrom('referral')
    .select(['id', 'child_data'])
    .where('child_id', '=', c.childId)
    .execute();
  for (const r of referrals)
    await trx
      .updateTable('referral')
      .set({ child_data: JSON.stringify(deidentifiedJson(r.child_data)) as never })
      .where('id', '=', r.id)
      .execute();
  await recordAudit(trx, actor, {
    action: 'child.deidentified',
    entity: 'child',
    entityId: c.childId,
    childId: c.childId,
    regionCode: c.villageCode,
    detail: { retentionYears: years, exitedOn: c.exitedOn, cleared: CLEARED_FIELDS },
  });
}

/** Lists (dryRun) or de-identifies the files past their retention period. */
export async function applyRetention(
  db: Kysely<DB>,
  actor: Actor,
  options: { asOf: IsoDate; years?: number; dryRun: boolean; region?: string | null },
): Promise<RetentionResult> {
  const years = options.years ?? retentionYears();
  const children = await findExpired(db, { asOf: options.asOf, years, region: options.region ?? null });
  if (!options.dryRun)
    for (const c of children) await db.transaction().execute((trx) => deidentifyChild(trx, actor, c, years));
  return {
    asOf: options.asOf,
    years,
    cutoff: addMonths(options.asOf, -12 * years),
    dryRun: options.dryRun,
    children,
  };
}
