// An edit of a child's file made without signal, merged field by field (issue 17.2), with two people in two
// browsers: the village director on her phone edits offline while the county's clerk edits the same file online
// at his desk. Back online her phone syncs: a field only she changed is written beside his; a field they both
// changed is shown to her with both values, 用我的 / 用现在的, and her choice is stored once and audited.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  eventually,
  hasChromium,
  launchBrowser,
  screenshot,
  type Browser,
} from './helpers/browser.ts';
import { registerChild, signIn, startWebServer, type WebServer } from './helpers/server.ts';

let server: WebServer;
let phone: Browser;
let desk: Browser;
let director: Page;
let clerk: Page;
let errors: string[];
let conflictId: string;
let mergeId: string;
let theirsId: string;

async function onServer(id: string) {
  const res = await server.t.call('staff', { method: 'GET', url: `/api/v1/children/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { address: string | null; schoolName: string | null; healthStatus: string | null };
}

async function trail(id: string) {
  return server.t.database.db
    .selectFrom('audit_event')
    .select(['action', 'actor_name', 'changes', 'detail'])
    .where('child_id', '=', id)
    .where('action', 'in', ['child.updated', 'child.merge_conflict', 'child.merge_unchanged'])
    .orderBy('id')
    .execute();
}

/** Opens the file's 修改档案 drawer and saves the given fields (label → value). */
async function editFile(page: Page, id: string, fields: Record<string, string>) {
  await page.goto(`${server.url}/children/${id}`);
  await page.getByRole('button', { name: /修改档案/ }).click();
  const drawer = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) await drawer.getByLabel(label).fill(value);
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await eventually(() => drawer.count()).toBe(0);
}

describe.skipIf(!hasChromium)('an offline edit of a child’s file, merged field by field', () => {
  beforeAll(async () => {
    server = await startWebServer();
    conflictId = await registerChild(server.t, { name: '郑合', birthDate: '2015-02-02', sequence: 51 });
    mergeId = await registerChild(server.t, { name: '冯并', birthDate: '2014-02-02', sequence: 52 });
    theirsId = await registerChild(server.t, { name: '陈留', birthDate: '2013-02-02', sequence: 53 });
    phone = await launchBrowser({ viewport: { width: 390, height: 844 }, mobile: true });
    desk = await launchBrowser();
    director = await phone.context.newPage();
    clerk = await desk.context.newPage();
    errors = [...collectPageErrors(director), ...collectPageErrors(clerk)];
    await signIn(director, server, 'director', { leaveLogin: true });
    await signIn(clerk, server, 'staff', { leaveLogin: true });
  });
  afterAll(async () => {
    await phone?.close();
    await desk?.close();
    await server?.close();
  });

  it('keeps her edits made without signal in the outbox as 待同步', async () => {
    // Her phone keeps the files she opened (and those on her list).
    for (const id of [conflictId, mergeId, theirsId]) {
      await director.goto(`${server.url}/children/${id}`);
      await eventually(() => director.getByRole('button', { name: /修改档案/ }).count()).toBe(1);
    }
    await director.context().setOffline(true);
    await editFile(director, conflictId, { 住址: '郑家新屋东侧', 学校: '五福屿小学' });
    await editFile(director, mergeId, { 健康状况: '已康复' });
    await editFile(director, theirsId, { 住址: '陈家老屋' });
    const outbox = director.getByRole('list', { name: '待同步记录' });
    await eventually(() => outbox.innerText()).toContain('郑合 · 修改档案');
    expect(await outbox.innerText()).toContain('冯并 · 修改档案');
    // The bar counts the outbox once its last write has landed (IndexedDB), not when the drawer closes.
    await eventually(() => director.getByText('3 条记录待同步').count()).toBe(1);
    expect((await onServer(conflictId)).address).toBeNull();
  });

  it('meanwhile the county edits the same files online', async () => {
    await editFile(clerk, conflictId, { 住址: '县里核实的地址' });
    await editFile(clerk, mergeId, { 学校: '赤岗中心小学' });
    await editFile(clerk, theirsId, { 住址: '陈家新址（县核实）' });
    expect((await onServer(conflictId)).address).toBe('县里核实的地址');
  });

  it('back online: a field only she changed is merged beside his; a field both changed is shown with both values', async () => {
    await director.context().setOffline(false);
    await director.getByRole('button', { name: /立即同步/ }).click();
    const conflicts = director.getByRole('group', { name: '修改冲突' });
    await eventually(() => conflicts.count()).toBe(2);
    const address = director.getByLabel('冲突：住址').first();
    // The field nobody else changed, merged: both people's edits of the file are there.
    const merged = await onServer(mergeId);
    expect(merged).toMatchObject({ healthStatus: '已康复', schoolName: '赤岗中心小学' });
    const partly = await onServer(conflictId);
    expect(partly).toMatchObject({ schoolName: '五福屿小学', address: '县里核实的地址' });
    expect(await director.getByRole('list', { name: '待同步记录' }).innerText()).not.toContain('冯并');
    const zheng = director.getByRole('listitem').filter({ hasText: '郑合' });
    expect(await zheng.getByLabel('冲突：住址').innerText()).toContain('我的：郑家新屋东侧');
    expect(await zheng.getByLabel('冲突：住址').innerText()).toContain('现在：县里核实的地址');
    expect(await address.isVisible()).toBe(true);
    await screenshot(director, '63-phone-offline-edit-conflict');
  });

  it('用我的 writes her value once, and the trail says whose edit it was and that she chose it', async () => {
    const zheng = director.getByRole('listitem').filter({ hasText: '郑合' });
    await zheng.getByRole('button', { name: '用我的' }).click();
    await eventually(async () => (await onServer(conflictId)).address).toBe('郑家新屋东侧');
    await eventually(() => director.getByRole('listitem').filter({ hasText: '郑合' }).count()).toBe(0);
    // Sync again: nothing is sent twice.
    await director.getByRole('button', { name: /立即同步/ }).click();
    const events = await trail(conflictId);
    const addressWrites = events.filter(
      (e) =>
        e.action === 'child.updated' && (e.changes as { field: string }[]).some((c) => c.field === 'address'),
    );
    expect(addressWrites.map((e) => e.actor_name)).toEqual(['民政局李科员', '五福屿儿童主任']);
    expect(addressWrites[1]!.changes).toEqual([
      { field: 'address', old: '县里核实的地址', new: '郑家新屋东侧' },
    ]);
    expect(addressWrites[1]!.detail).toMatchObject({ merge: true, resolved: { address: 'mine' } });
    expect(
      events.filter((e) => e.action === 'child.updated' && e.actor_name === '五福屿儿童主任'),
    ).toHaveLength(2);
    expect(
      events.some((e) => e.detail && (e.detail as { conflicts?: string[] }).conflicts?.includes('address')),
    ).toBe(true);
  });

  it('用现在的 keeps the county’s value and records her choice', async () => {
    const chen = director.getByRole('listitem').filter({ hasText: '陈留' });
    expect(await chen.getByLabel('冲突：住址').innerText()).toContain('现在：陈家新址（县核实）');
    await chen.getByRole('button', { name: '用现在的' }).click();
    await eventually(() => director.getByRole('list', { name: '待同步记录' }).count()).toBe(0);
    expect((await onServer(theirsId)).address).toBe('陈家新址（县核实）');
    const events = await trail(theirsId);
    expect(events.at(-1)).toMatchObject({
      action: 'child.merge_unchanged',
      actor_name: '五福屿儿童主任',
      detail: { resolved: { address: 'theirs' } },
    });
    expect(
      events.filter((e) => e.action === 'child.updated' && e.actor_name === '五福屿儿童主任'),
    ).toHaveLength(0);
  });

  it('raised no errors in either page', () => {
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
