// The daily re-assessment against the real database: children who age out leave the worklist, level
// changes are audited and kept in the history, confirmations lapse, a red factor written without an
// assessment opens its mandatory report, and the bulk path leaves exactly what reassessChild() would.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { systemActor } from '../access/actor.ts';
import { reassessChild } from '../children/reassess.ts';
import { callWithFreshSession, childFile, registerChild } from '../../../test/helpers/casework.ts';
import { reassessAll } from './reassess-all.ts';

let t: TestApp;
const ids = {} as Record<'P' | 'Q' | 'R' | 'T' | 'U', string>;

beforeAll(async () => {
  t = await createTestApp({ today: '2026-11-23' });
  // Left-behind only: under 16 until 2026-11-25 (003 §二(一)).
  ids.P = await registerChild(t, 'director', { name: '满十六' }, '2010-11-25');
  // Left-behind and in a 低保 family: in difficulty until 18, so still served at 16.
  ids.Q = await registerChild(t, 'director', { name: '低保户', conditions: ['assist.dibao'] }, '2010-11-25');
  // An orphan (blue) who turns 18 on 2026-11-24, with an assessment the township confirmed.
  ids.R = await registerChild(
    t,
    'director',
    { name: '满十八', conditions: ['orphan'], parents: [] },
    '2008-11-24',
  );
  const file = await childFile(t, 'supervisor', ids.R);
  const confirm = await t.call('supervisor', {
    method: 'POST',
    url: `/api/v1/children/${ids.R}/confirm`,
    payload: { version: file.version },
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  ids.T = await registerChild(t, 'director', { name: '外部写入' });
  // Another township's child who also turns 16 on 2026-11-25.
  ids.U = await registerChild(
    t,
    'staff',
    { name: '大坝满十六', villageCode: PUNING.otherTownshipVillage },
    '2010-11-25',
  );
});
afterAll(() => t.close());

const worklistIds = async (as: string) => {
  const res = await callWithFreshSession(t, as, { method: 'GET', url: '/api/v1/worklist?pageSize=200' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { childId: string }) => i.childId);
};

describe('reassessAll', () => {
  it('starts with every child on the worklist', async () => {
    expect(await worklistIds('staff')).toEqual(expect.arrayContaining(Object.values(ids)));
    expect(await childFile(t, 'director', ids.P)).toMatchObject({ target: true, level: 'green' });
  });

  it('re-grades only the region asked for', async () => {
    // A red factor written to the file by something that did not re-assess (a raw import, a repair).
    await sql`update child set conditions = array['self_harm'] where id = ${ids.T}`.execute(t.database.db);
    const result = await reassessAll(t.database.db, {
      asOf: '2026-11-25',
      region: '445281102',
      batchSize: 2,
    });
    expect(result).toMatchObject({
      // The first run on record grades every child of the region.
      full: true,
      fullReason: 'first_run',
      checked: 4,
      // 满十六 and 满十八 leave, 外部写入 turns red, 低保户 stays but is no longer left-behind.
      updated: 4,
      levelChanges: { 'green→none': 1, 'blue→none': 1, 'green→red': 1 },
      leftTarget: 2,
      becameTarget: 0,
      assessmentsRecorded: 4,
      mandatoryReportsOpened: 1,
    });
    expect((await childFile(t, 'staff', ids.U)).target).toBe(true);
  });

  it('takes the children who aged out off the worklist, and keeps the one still in difficulty', async () => {
    t.setToday('2026-11-25');
    try {
      const county = await worklistIds('staff');
      expect(county).not.toContain(ids.P);
      expect(county).not.toContain(ids.R);
      expect(county).toContain(ids.Q);
      expect(county).toContain(ids.T);
    } finally {
      t.setToday('2026-11-23');
    }
    expect(await childFile(t, 'director', ids.P)).toMatchObject({
      target: false,
      level: null,
      nextDue: null,
      nextVisitDue: null,
    });
    expect(await childFile(t, 'director', ids.Q)).toMatchObject({
      target: true,
      leftBehind: false,
      level: 'green',
    });
  });

  it('audits each level change as the daily job and keeps it in the history', async () => {
    const audit = (
      await t.call('supervisor', { method: 'GET', url: `/api/v1/children/${ids.P}/audit` })
    ).json().items;
    const change = audit.find((e: { action: string }) => e.action === 'child.level_changed');
    expect(change).toMatchObject({
      actorName: '每日重新评估',
      changes: [{ field: 'level', old: 'green', new: null }],
      detail: { trigger: 'daily', policy: 'puning' },
    });
    const history = (
      await t.call('director', { method: 'GET', url: `/api/v1/children/${ids.P}/assessments` })
    ).json().items;
    expect(history[0]).toMatchObject({ trigger: 'daily', asOf: '2026-11-25', target: false, level: null });
  });

  it('lets a confirmation lapse when the level moves', async () => {
    expect((await childFile(t, 'director', ids.R)).confirmedBy).toBeNull();
  });

  it('opens the mandatory report of a red factor found in bulk', async () => {
    const file = await childFile(t, 'director', ids.T);
    expect(file).toMatchObject({ level: 'red', immediate: true, immediateSince: '2026-11-25' });
    expect(file.mandatoryReports).toEqual([
      expect.objectContaining({ status: 'open', factors: ['self_harm'], discoveredOn: '2026-11-25' }),
    ]);
  });

  it('leaves exactly what reassessChild() would', async () => {
    const township = () =>
      t.database.db
        .selectFrom('child')
        .selectAll()
        .where('village_code', 'like', '445281102%')
        .orderBy('id')
        .execute();
    const before = await township();
    await t.database.db.transaction().execute(async (trx) => {
      for (const row of before)
        await reassessChild(trx, row.id, {
          actor: systemActor('核对'),
          asOf: '2026-11-25',
          trigger: 'daily',
        });
    });
    const after = await township();
    const comparable = (rows: typeof before) =>
      rows.map(({ assessed_on: _a, updated_at: _u, ...rest }) => rest);
    expect(comparable(after)).toEqual(comparable(before));
  });

  it('changes nothing when run again, and catches the rest of the county in a full run', async () => {
    // Nobody's day has come again: nobody is graded.
    const again = await reassessAll(t.database.db, { asOf: '2026-11-25', region: '445281102' });
    expect(again).toMatchObject({
      full: false,
      checked: 0,
      updated: 0,
      levelChanges: {},
      assessmentsRecorded: 0,
    });
    const asked = await reassessAll(t.database.db, { asOf: '2026-11-25', region: '445281102', all: true });
    expect(asked).toMatchObject({
      full: true,
      fullReason: 'asked',
      checked: 4,
      updated: 0,
      assessmentsRecorded: 0,
    });
    // No run graded the whole county yet.
    const full = await reassessAll(t.database.db, { asOf: '2026-11-25' });
    expect(full).toMatchObject({
      full: true,
      fullReason: 'first_run',
      checked: 5,
      updated: 1,
      levelChanges: { 'green→none': 1 },
    });
  });

  it('grades a child whose file was changed without a re-assessment at the next run', async () => {
    // A repair in SQL clears the day to look again (migration 0065's trigger).
    await sql`update child set conditions = array['orphan'], guardianship = null where id = ${ids.U}`.execute(
      t.database.db,
    );
    await sql`delete from child_parent where child_id = ${ids.U}`.execute(t.database.db);
    const row = await t.database.db
      .selectFrom('child')
      .select('reassess_on')
      .where('id', '=', ids.U)
      .executeTakeFirstOrThrow();
    expect(row.reassess_on).toBeNull();
    const next = await reassessAll(t.database.db, { asOf: '2026-11-26' });
    expect(next).toMatchObject({ full: false, checked: 1, updated: 1 });
    expect(await childFile(t, 'staff', ids.U)).toMatchObject({ target: true, level: 'blue' });
  });

  it('keeps the day to look again that the same update wrote with the facts (an import), clears it otherwise', async () => {
    // Migration 0066: only a change of the facts that leaves reassess_on as it was clears it.
    const day = async () =>
      (
        await t.database.db
          .selectFrom('child')
          .select('reassess_on')
          .where('id', '=', ids.U)
          .executeTakeFirstOrThrow()
      ).reassess_on;
    await sql`update child set last_visit_on = '2026-11-20', reassess_on = '2031-05-01' where id = ${ids.U}`.execute(
      t.database.db,
    );
    expect(await day()).toBe('2031-05-01');
    await sql`update child set last_visit_on = '2026-11-21', reassess_on = '2031-05-01' where id = ${ids.U}`.execute(
      t.database.db,
    );
    expect(await day()).toBeNull();
    await reassessAll(t.database.db, { asOf: '2026-11-26' });
    expect(await day()).not.toBeNull();
  });

  it('grades every child again when the profiles or the engine changed since the last full run', async () => {
    await t.database.db.updateTable('reassess_run').set({ profiles: 'older rules' }).execute();
    const after = await reassessAll(t.database.db, { asOf: '2026-11-27' });
    expect(after).toMatchObject({ full: true, fullReason: 'profiles_changed', checked: 5, updated: 0 });
    const earlier = await reassessAll(t.database.db, { asOf: '2026-11-26' });
    expect(earlier).toMatchObject({ full: true, fullReason: 'date_moved_back' });
  });
});
