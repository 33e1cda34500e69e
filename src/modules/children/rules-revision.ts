// Rules revisions (issue 19 pt 3). When the engine's reading of the seeds is corrected, a database made
// under the old rules holds assessments the new rules would not give. Once per revision, every active child
// is graded again; each child whose target status, types, level or mandatory report moves is re-assessed
// (history row, level audit, mandatory report opened where now due) and gets an audit record with the
// reason 规则修订; the run and every change are kept (rules_revision, rules_revision_change) and printed.
// Runs on first open of the database after an upgrade (cli/database.ts), or by `tonghu reassess
// --rules-revision`.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import { factsConflicts } from '../../domain/facts.ts';
import { systemActor, type Actor } from '../access/index.ts';
import { recordAudit, type FieldChange } from '../audit/index.ts';
import { factsOf } from './facts.ts';
import { evaluateChild, reassessChild } from './reassess.ts';

/** The current reading of the seeds. Change it (and the note) whenever a correction moves assessments. */
export const RULES_REVISION = '2026-12-issue-19';
export const RULES_REVISION_NOTE =
  '按各地方案原文修订：铁东三类困境儿童、第6类“其他”按上级文件界定、农村单亲家庭儿童列入台账关注、各地强制报告情形及出处、援引他地条款标明“采用”';

export const RULES_REVISION_REASON = '规则修订';

export interface RulesRevisionReport {
  revision: string;
  note: string;
  asOf: IsoDate;
  checked: number;
  changed: number;
  /** Counts of each kind of change: "target true→false", "level yellow→none", "mandatoryReport false→true", … */
  changes: Record<string, number>;
  /** Children whose stored facts contradict each other (to be corrected on their files): ids only. */
  contradictory: { childId: string; villageCode: string; field: string }[];
  mandatoryReportsOpened: number;
}

const BATCH = 500;

async function lastReportFlags(db: Kysely<DB>, ids: string[]): Promise<Map<string, boolean>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('assessment')
    .select(['child_id', 'mandatory_report'])
    .distinctOn('child_id')
    .where('child_id', 'in', ids)
    .orderBy('child_id')
    .orderBy('assessed_at', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.child_id, r.mandatory_report]));
}

const show = (v: unknown) =>
  v === null || v === undefined ? 'none' : Array.isArray(v) ? v.join('+') || '—' : String(v);

/**
 * Applies the current revision if it has not been applied (or always, with `force`). Returns the report,
 * or null when there was nothing to do.
 */
export async function applyRulesRevision(
  db: Kysely<DB>,
  options: { asOf: IsoDate; actor?: Actor; force?: boolean },
): Promise<RulesRevisionReport | null> {
  const done = await db
    .selectFrom('rules_revision')
    .select('revision')
    .where('revision', '=', RULES_REVISION)
    .executeTakeFirst();
  if (done && !options.force) return null;
  const actor = options.actor ?? systemActor(RULES_REVISION_REASON);
  const report: RulesRevisionReport = {
    revision: RULES_REVISION,
    note: RULES_REVISION_NOTE,
    asOf: options.asOf,
    checked: 0,
    changed: 0,
    changes: {},
    contradictory: [],
    mandatoryReportsOpened: 0,
  };
  const kept: {
    child_id: string;
    county_code: string;
    village_code: string;
    field: string;
    old_value: string;
    new_value: string;
  }[] = [];

  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('child')
      .selectAll()
      .where('status', '=', 'active')
      .where('id', '>', after || '00000000-0000-0000-0000-000000000000')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    const ids = rows.map((r) => r.id);
    const parents = await db.selectFrom('child_parent').selectAll().where('child_id', 'in', ids).execute();
    const byChild = new Map<string, typeof parents>();
    for (const p of parents) byChild.set(p.child_id, [...(byChild.get(p.child_id) ?? []), p]);
    const reported = await lastReportFlags(db, ids);

    for (const row of rows) {
      report.checked += 1;
      const own = byChild.get(row.id) ?? [];
      // Graded on the date of its stored assessment, so that what moves is the rules, not the child's age
      // (the daily re-assessment moves ages; it runs after this).
      const asOf = row.assessed_on ?? options.asOf;
      const facts = factsOf(row, own, asOf);
      for (const c of factsConflicts(facts))
        report.contradictory.push({ childId: row.id, villageCode: row.village_code, field: c.field });
      const { assessment, columns } = evaluateChild(row, own, asOf);
      const changes: FieldChange[] = [];
      const compare = (field: string, old: unknown, now: unknown) => {
        if (JSON.stringify(old ?? null) !== JSON.stringify(now ?? null))
          changes.push({ field, old, new: now });
      };
      compare('target', row.target, columns.target);
      compare('watch', row.watch, columns.watch);
      compare('difficulty_types', row.difficulty_types, columns.difficulty_types);
      compare('level', row.level, columns.level);
      compare('mandatory_report', reported.get(row.id) ?? false, assessment.mandatoryReport);
      if (!changes.length) continue;

      report.changed += 1;
      for (const c of changes) {
        const key = `${c.field} ${show(c.old)}→${show(c.new)}`;
        report.changes[key] = (report.changes[key] ?? 0) + 1;
        kept.push({
          child_id: row.id,
          county_code: row.county_code,
          village_code: row.village_code,
          field: c.field,
          old_value: JSON.stringify(c.old ?? null),
          new_value: JSON.stringify(c.new ?? null),
        });
      }
      await db.transaction().execute(async (trx) => {
        const result = await reassessChild(trx, row.id, { actor, asOf, trigger: 'rules_revision' });
        if (result.mandatoryReportOpened) report.mandatoryReportsOpened += 1;
        await recordAudit(trx, actor, {
          action: 'child.rules_revision',
          entity: 'child',
          entityId: row.id,
          childId: row.id,
          regionCode: row.village_code,
          changes,
          detail: {
            reason: RULES_REVISION_REASON,
            revision: RULES_REVISION,
            policy: assessment.policy,
            mandatoryReportSource: assessment.mandatoryReportSource ?? null,
          },
        });
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    if (done) {
      await trx.deleteFrom('rules_revision_change').where('revision', '=', RULES_REVISION).execute();
      await trx.deleteFrom('rules_revision').where('revision', '=', RULES_REVISION).execute();
    }
    await trx
      .insertInto('rules_revision')
      .values({
        revision: RULES_REVISION,
        note: RULES_REVISION_NOTE,
        as_of: options.asOf,
        checked: report.checked,
        changed: report.changed,
        summary: JSON.stringify({
          changes: report.changes,
          contradictory: report.contradictory,
          mandatoryReportsOpened: report.mandatoryReportsOpened,
        }),
      })
      .execute();
    for (let i = 0; i < kept.length; i += 1000)
      await trx
        .insertInto('rules_revision_change')
        .values(kept.slice(i, i + 1000).map((k) => ({ ...k, revision: RULES_REVISION })))
        .execute();
  });
  return report;
}

/** The report as people read it (no names, no ID numbers: counts, and child ids for contradictions). */
export function formatRulesRevision(r: RulesRevisionReport): string {
  const lines = [
    `规则修订 ${r.revision}（${r.note}）`,
    `评估日期 ${r.asOf}：重新评估在册儿童 ${r.checked} 名，其中 ${r.changed} 名评估结果变化（每项变化已记入审计日志，原因“${RULES_REVISION_REASON}”，明细保存在 rules_revision_change 表）`,
  ];
  for (const [key, n] of Object.entries(r.changes).sort()) lines.push(`  ${key}：${n} 名`);
  if (r.mandatoryReportsOpened) lines.push(`  新开强制报告任务：${r.mandatoryReportsOpened} 件`);
  if (r.contradictory.length) {
    lines.push(`  档案情况相互矛盾、需要核实更正的儿童：${r.contradictory.length} 名`);
    for (const c of r.contradictory.slice(0, 50))
      lines.push(`    ${c.villageCode} ${c.childId}（${c.field}）`);
  }
  return lines.join('\n');
}
