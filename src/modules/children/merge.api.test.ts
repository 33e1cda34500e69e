// The merge of an edit made offline (issue 17.2), against the real database: a field nobody else changed is
// applied, a field changed on both sides comes back as a conflict with both values and is not written, a
// choice sent again is stored once, and every merge is in the audit trail. Plus 401/403/404/400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, idNumberFor, PUNING, type TestApp } from '../../../test/helpers/app.ts';
import { migrantParent } from '../../../test/helpers/children.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let sequence = 40;
async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  sequence += 1;
  const res = await t.call('director', {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name: '李小红',
      idNumber: idNumberFor('2016-05-06', sequence),
      hukouType: 'rural',
      villageCode: PUNING.village,
      address: '五福屿村一巷3号',
      schoolName: '五福屿小学',
      parents: [
        migrantParent('father'),
        { relation: 'mother', idNumber: idNumberFor('1990-01-02', sequence), statuses: [] },
      ],
      ...overrides,
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const file = async (id: string) =>
  (await t.call('staff', { method: 'GET', url: `/api/v1/children/${id}` })).json();

/** The county's edit of the file, made online while the phone was away. */
const countyEdits = (id: string, payload: Record<string, unknown>) =>
  t.call('staff', { method: 'PATCH', url: `/api/v1/children/${id}`, payload });

const merge = (as: string | null, id: string, payload: Record<string, unknown>) =>
  t.call(as, { method: 'POST', url: `/api/v1/children/${id}/merge`, payload });

async function audit(id: string) {
  return t.database.db
    .selectFrom('audit_event')
    .select(['action', 'detail', 'changes', 'actor_name'])
    .where('child_id', '=', id)
    .where('action', 'in', ['child.updated', 'child.merge_conflict', 'child.merge_unchanged'])
    .orderBy('id')
    .execute();
}

/** The mother's ID number as stored: a masked copy sent back must keep it. */
async function storedMotherIdNumber(id: string) {
  const row = await t.database.db
    .selectFrom('child_parent')
    .select('id_number')
    .where('child_id', '=', id)
    .where('relation', '=', 'mother')
    .executeTakeFirstOrThrow();
  return row.id_number;
}

describe('POST /api/v1/children/:id/merge', () => {
  it('applies a field nobody else changed, beside another person’s change of a different field', async () => {
    const id = await register();
    const seen = await file(id);
    // Meanwhile the county changes the school, online.
    const county = await countyEdits(id, { version: seen.version, schoolName: '赤岗中心小学' });
    expect(county.statusCode).toBe(200);
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: { address: '五福屿村二巷8号' },
      base: { address: seen.address },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ applied: ['address'], conflicts: [], version: seen.version + 2 });
    const now = await file(id);
    expect(now.address).toBe('五福屿村二巷8号');
    expect(now.schoolName).toBe('赤岗中心小学');
    const last = (await audit(id)).at(-1)!;
    expect(last.action).toBe('child.updated');
    expect(last.detail).toMatchObject({ merge: true, baseVersion: seen.version, applied: ['address'] });
    expect(last.changes).toEqual([{ field: 'address', old: '五福屿村一巷3号', new: '五福屿村二巷8号' }]);
  });

  it('returns a field changed on both sides as a conflict with both values, writes the others, loses none', async () => {
    const id = await register();
    const seen = await file(id);
    await countyEdits(id, { version: seen.version, address: '县里改的地址' });
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: { address: '主任改的地址', schoolName: '主任改的学校' },
      base: { address: seen.address, schoolName: seen.schoolName },
    });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('住址');
    expect(error.message).not.toContain('县里改的地址');
    expect(error.details.conflicts).toEqual([
      { field: 'address', label: '住址', mine: '主任改的地址', theirs: '县里改的地址' },
    ]);
    expect(error.details.applied).toEqual(['schoolName']);
    let now = await file(id);
    expect(now.address).toBe('县里改的地址');
    expect(now.schoolName).toBe('主任改的学校');
    expect((await audit(id)).at(-1)!.detail).toMatchObject({
      applied: ['schoolName'],
      conflicts: ['address'],
    });

    // 用我的: sent again with the current value as its base: stored once.
    const mine = await merge('director', id, {
      baseVersion: now.version,
      changes: { address: '主任改的地址' },
      base: { address: '县里改的地址' },
      resolved: { address: 'mine' },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().applied).toEqual(['address']);
    now = await file(id);
    expect(now.address).toBe('主任改的地址');
    // The same choice arriving twice (its answer lost) writes nothing more.
    const again = await merge('director', id, {
      baseVersion: now.version - 1,
      changes: { address: '主任改的地址' },
      base: { address: '县里改的地址' },
      resolved: { address: 'mine' },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ applied: [], conflicts: [], version: now.version });
    const trail = await audit(id);
    const addressWrites = trail.filter(
      (e) =>
        e.action === 'child.updated' && (e.changes as { field: string }[]).some((c) => c.field === 'address'),
    );
    // The county's edit and her chosen value: two writes of the address, no third.
    expect(addressWrites).toHaveLength(2);
    expect(trail.at(-1)).toMatchObject({ action: 'child.merge_unchanged' });
  });

  it('records a conflict with nothing to apply, and 用现在的 keeps the file as it is', async () => {
    const id = await register();
    const seen = await file(id);
    await countyEdits(id, { version: seen.version, conditions: ['assist.dibao'] });
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: { conditions: ['illness.severe'] },
      base: { conditions: [] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.conflicts[0]).toMatchObject({
      field: 'conditions',
      label: '困境情形',
      mine: ['illness.severe'],
      theirs: ['assist.dibao'],
    });
    const after = await file(id);
    expect(after.version).toBe(seen.version + 1);
    expect((await audit(id)).at(-1)).toMatchObject({
      action: 'child.merge_conflict',
      detail: { conflicts: ['conditions'], applied: [] },
    });
    const theirs = await merge('director', id, {
      baseVersion: after.version,
      changes: { conditions: ['assist.dibao'] },
      base: { conditions: ['assist.dibao'] },
      resolved: { conditions: 'theirs' },
    });
    expect(theirs.statusCode).toBe(200);
    expect((await file(id)).version).toBe(after.version);
    expect((await audit(id)).at(-1)).toMatchObject({
      action: 'child.merge_unchanged',
      detail: { resolved: { conditions: 'theirs' } },
    });
  });

  it('compares parents as the file shows them: masked ID numbers and blank text are no change', async () => {
    const id = await register();
    const seen = await file(id);
    const parents = seen.parents.map((p: Record<string, unknown>) =>
      p.relation === 'father' ? { ...p, phone: '13800000000', workPlace: '' } : p,
    );
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: { parents },
      base: { parents: seen.parents },
    });
    expect(res.statusCode).toBe(200);
    const now = await file(id);
    expect(now.parents.find((p: { relation: string }) => p.relation === 'father').phone).toBe('13800000000');
    // The mother's stored number survived its masked copy.
    expect(await storedMotherIdNumber(id)).toBe(idNumberFor('1990-01-02', sequence));
  });

  it('merges parents part by part: her father’s phone and the county’s mother’s work place are both kept', async () => {
    const id = await register();
    const seen = await file(id);
    const county = await countyEdits(id, {
      version: seen.version,
      parents: seen.parents.map((p: Record<string, unknown>) =>
        p.relation === 'mother' ? { ...p, workPlace: '深圳市宝安区' } : p,
      ),
    });
    expect(county.statusCode).toBe(200);
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: {
        parents: seen.parents.map((p: Record<string, unknown>) =>
          p.relation === 'father' ? { ...p, phone: '13900000001' } : p,
        ),
      },
      base: { parents: seen.parents },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ applied: ['parents'], conflicts: [] });
    const now = await file(id);
    const parent = (relation: string) =>
      now.parents.find((p: { relation: string }) => p.relation === relation);
    expect(parent('father').phone).toBe('13900000001');
    expect(parent('mother').workPlace).toBe('深圳市宝安区');
    expect(await storedMotherIdNumber(id)).toBe(idNumberFor('1990-01-02', sequence));
  });

  it('names the part changed on both sides, and 用我的 keeps the other side’s change of another part', async () => {
    const id = await register();
    const seen = await file(id);
    await countyEdits(id, {
      version: seen.version,
      parents: seen.parents.map((p: Record<string, unknown>) =>
        p.relation === 'father' ? { ...p, phone: '13700000002' } : { ...p, workPlace: '东莞市' },
      ),
    });
    const res = await merge('director', id, {
      baseVersion: seen.version,
      changes: {
        parents: seen.parents.map((p: Record<string, unknown>) =>
          p.relation === 'father' ? { ...p, phone: '13900000003', workPlace: '广州市' } : p,
        ),
      },
      base: { parents: seen.parents },
    });
    expect(res.statusCode).toBe(409);
    const [conflict] = res.json().error.details.conflicts;
    expect(conflict.field).toBe('parents');
    expect(conflict.label).toBe('父母情况：父亲的联系电话');
    expect(JSON.stringify(conflict)).not.toContain(idNumberFor('1990-01-02', sequence));
    const father = (list: { relation: string }[]) =>
      list.find((p) => p.relation === 'father') as Record<string, unknown>;
    const mother = (list: { relation: string }[]) =>
      list.find((p) => p.relation === 'mother') as Record<string, unknown>;
    expect(father(conflict.mine)).toMatchObject({ phone: '13900000003', workPlace: '广州市' });
    expect(mother(conflict.mine).workPlace).toBe('东莞市');
    expect(father(conflict.theirs).phone).toBe('13700000002');
    // Nothing written for the conflicting field until she chooses.
    let now = await file(id);
    expect(father(now.parents).phone).toBe('13700000002');
    const chosen = await merge('director', id, {
      baseVersion: now.version,
      changes: { parents: conflict.mine },
      base: { parents: conflict.theirs },
      resolved: { parents: 'mine' },
    });
    expect(chosen.statusCode).toBe(200);
    now = await file(id);
    expect(father(now.parents)).toMatchObject({ phone: '13900000003', workPlace: '广州市' });
    expect(mother(now.parents).workPlace).toBe('东莞市');
    expect(await storedMotherIdNumber(id)).toBe(idNumberFor('1990-01-02', sequence));
  });

  it('refuses what it cannot merge, naming the field', async () => {
    const id = await register();
    const unknown = await merge('director', id, {
      baseVersion: 1,
      changes: { idNumber: 'x' },
      base: { idNumber: null },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('idNumber');
    const noBase = await merge('director', id, { baseVersion: 1, changes: { address: 'x' }, base: {} });
    expect(noBase.statusCode).toBe(400);
    expect(noBase.json().error.field).toBe('base');
    const empty = await merge('director', id, { baseVersion: 1, changes: {}, base: {} });
    expect(empty.statusCode).toBe(400);
    const badValue = await merge('director', id, {
      baseVersion: 1,
      changes: { guardianship: 'excellent' },
      base: { guardianship: null },
    });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().error.field).toContain('guardianship');
  });

  it('answers 401, 403 and 404 like every route about a child', async () => {
    const id = await register();
    const body = { baseVersion: 1, changes: { address: 'x' }, base: { address: null } };
    expect((await merge(null, id, body)).statusCode).toBe(401);
    expect((await merge('department', id, body)).statusCode).toBe(403);
    expect((await merge('neighbour', id, body)).statusCode).toBe(404);
    expect((await file(id)).address).toBe('五福屿村一巷3号');
  });
});
