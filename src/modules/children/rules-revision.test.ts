// Issue 19 pt 3: a database graded under the old rules is graded again under the corrected ones, once per
// revision; each change is audited with the reason 规则修订 and the report is kept. The "old rules" are the
// columns and history rows the previous engine wrote, put back on children registered now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';
import { systemActor } from '../access/actor.ts';
import { leftBehindChild } from '../../../test/helpers/casework.ts';
import {
  applyRulesRevision,
  formatRulesRevision,
  RULES_REVISION,
  RULES_REVISION_REASON,
} from './rules-revision.ts';
import { createChild } from './service.ts';

const TODAY = '2026-11-23';
const AT_HOME = [
  { relation: 'father', statuses: [] },
  { relation: 'mother', statuses: [] },
];

let database: TestDatabase;
const id: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const ctx = { db: database.db, actor: systemActor('测试'), today: TODAY, deploymentRegion: null };
  const children: [string, Record<string, unknown>][] = [
    // 003 §二(二)6: a dropout with both parents at home was "other", yellow; now no target child.
    ['dropout', { parents: AT_HOME, conditions: ['school.dropout_suspected'] }],
    // 003 §五 末段: a rural single-parent child was a target child, green; now watched only.
    [
      'singleParent',
      { parents: [{ relation: 'father', statuses: ['deceased'] }], conditions: ['single_parent_rural'] },
    ],
    // 003 §二(二)6, §五.6: self-harm with parents at home was "other", red; now no target child, but a
    // minor whose mandatory report stays.
    ['selfHarm', { parents: AT_HOME, conditions: ['self_harm'] }],
    // Unchanged: a left-behind child on 低保.
    ['steady', { conditions: ['assist.dibao'] }],
  ];
  for (const [key, overrides] of children)
    id[key] = (await createChild(ctx, leftBehindChild(overrides) as never)).id;

  // Put back what the old rules had stored for the first three.
  await database.db
    .updateTable('child')
    .set({ target: true, level: 'yellow', derived_level: 'yellow', difficulty_types: ['other'] })
    .where('id', '=', id.dropout!)
    .execute();
  await database.db
    .updateTable('child')
    .set({ target: true, level: 'green', derived_level: 'green', difficulty_types: [] })
    .where('id', '=', id.singleParent!)
    .execute();
  await database.db
    .updateTable('child')
    .set({ target: true, level: 'red', derived_level: 'red', difficulty_types: ['other'] })
    .where('id', '=', id.selfHarm!)
    .execute();
}, 120_000);

afterAll(async () => {
  await database?.destroy();
});

describe('rules revision (issue 19 pt 3)', () => {
  let report: Awaited<ReturnType<typeof applyRulesRevision>>;

  beforeAll(async () => {
    report = await applyRulesRevision(database.db, { asOf: TODAY });
  }, 120_000);

  it('re-grades every active child and counts what changed', () => {
    expect(report).not.toBeNull();
    expect(report!.checked).toBe(4);
    expect(report!.changed).toBe(3);
    expect(report!.changes).toMatchObject({
      'target true→false': 3,
      'level yellow→none': 1,
      'level green→none': 1,
      'level red→none': 1,
      'difficulty_types other→—': 2,
    });
  });

  it('stores the corrected assessment on each child', async () => {
    const rows = await database.db
      .selectFrom('child')
      .select(['id', 'target', 'level', 'difficulty_types'])
      .where('id', 'in', Object.values(id))
      .execute();
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get(id.dropout!)).toMatchObject({ target: false, level: null, difficulty_types: [] });
    expect(by.get(id.singleParent!)).toMatchObject({ target: false, level: null });
    expect(by.get(id.steady!)).toMatchObject({ target: true, difficulty_types: ['poor_family'] });
  });

  it('audits each change with the reason 规则修订', async () => {
    const events = await database.db
      .selectFrom('audit_event')
      .select(['child_id', 'changes', 'detail'])
      .where('action', '=', 'child.rules_revision')
      .execute();
    expect(events.map((e) => e.child_id).sort()).toEqual([id.dropout, id.singleParent, id.selfHarm].sort());
    for (const e of events) {
      expect(e.detail).toMatchObject({ reason: RULES_REVISION_REASON, revision: RULES_REVISION });
      expect((e.changes as { field: string }[]).map((c) => c.field)).toContain('target');
    }
  });

  it('003 §五.6: a self-harming minor who is no target child keeps a mandatory report', async () => {
    const open = await database.db
      .selectFrom('mandatory_report')
      .select('id')
      .where('child_id', '=', id.selfHarm!)
      .execute();
    expect(open.length).toBe(1);
  });

  it('keeps the run and its changes, and prints them without names', async () => {
    const run = await database.db.selectFrom('rules_revision').selectAll().execute();
    expect(run).toEqual([expect.objectContaining({ revision: RULES_REVISION, checked: 4, changed: 3 })]);
    const kept = await database.db
      .selectFrom('rules_revision_change')
      .select(['child_id', 'field'])
      .where('revision', '=', RULES_REVISION)
      .execute();
    expect(kept.filter((k) => k.field === 'target').length).toBe(3);
    const text = formatRulesRevision(report!);
    expect(text).toContain('规则修订');
    expect(text).toContain('target true→false：3 名');
    expect(text).not.toMatch(/测试儿童/);
  });

  it('runs once per revision; forced again it finds nothing left to change', async () => {
    expect(await applyRulesRevision(database.db, { asOf: TODAY })).toBeNull();
    const again = await applyRulesRevision(database.db, { asOf: TODAY, force: true });
    expect(again).toMatchObject({ checked: 4, changed: 0 });
  });
});
