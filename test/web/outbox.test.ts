// The phone's outbox (web/src/offline/outbox.ts, issue 17.2) against a real server over a test database: a
// record the server cannot be reached for is kept with the id the phone gave it; it is sent when the server
// answers, stored once however often it is sent; a record the server refuses is kept with the reason and not
// sent again; a sync that finds nothing to send tells nobody (each start of the app ran one, and every page
// then read its data twice). IndexedDB is fake-indexeddb's in-memory implementation of the standard; the
// network is real: a port nobody listens on, then the server's.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '../../src/domain/dates.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { registerChild } from '../helpers/casework.ts';
import { idbClear, idbPut } from '../../web/src/offline/idb.ts';
import {
  discard,
  onOutboxChange,
  outboxItems,
  sendOrKeep,
  syncOutbox,
} from '../../web/src/offline/outbox.ts';

const TODAY = todayInChina(new Date());
let t: TestApp;
let serverBase: string;
let deadBase: string;
/** Where the page's fetches go: the app is served from one origin, so its calls are relative URLs. */
let base = '';
let cookie = '';
const nodeFetch = globalThis.fetch;

async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  // The server's clock at the real now: the phone dates a record it keeps by its own clock, and the server
  // refuses a record made later than its now.
  t = await createTestApp({ today: TODAY });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  serverBase = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  deadBase = await closedPort();
  cookie = await t.cookie('director');
  // The browser's part: same-origin URLs and its cookie jar.
  globalThis.fetch = (input, init) =>
    nodeFetch(new URL(String(input), base), {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), cookie },
    });
});

afterAll(async () => {
  globalThis.fetch = nodeFetch;
  await t?.close();
});

beforeEach(() => idbClear('outbox'));

const contact = (childId: string, body: Record<string, unknown> = {}) => ({
  path: `/children/${childId}/contacts`,
  body: { kind: 'phone', occurredOn: TODAY, note: '电话了解近况', ...body },
  childId,
  childName: '测试儿童',
  label: '电话联系',
});

async function contactsOf(childId: string): Promise<{ note: string | null }[]> {
  const res = await t.call('director', { method: 'GET', url: `/api/v1/children/${childId}/contacts` });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  return Array.isArray(body) ? body : body.items;
}

function countChanges(): { count: () => number; stop: () => void } {
  let n = 0;
  const stop = onOutboxChange(() => (n += 1));
  return { count: () => n, stop };
}

describe('the outbox', () => {
  it('keeps a contact the server cannot be reached for, with the phone’s id and when it was recorded', async () => {
    const child = await registerChild(t, 'director');
    base = deadBase;
    const changes = countChanges();
    const sent = await sendOrKeep(contact(child));
    changes.stop();
    expect(sent.queued).toBe(true);
    const [item] = await outboxItems();
    expect(item!.clientId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(item!.body.clientId).toBe(item!.clientId);
    expect(Date.parse(String(item!.body.recordedAt))).toBeGreaterThan(Date.now() - 60_000);
    expect(changes.count()).toBe(1);
    // Still no server: nothing is sent, nothing is lost.
    expect(await syncOutbox()).toBe(0);
    expect(await outboxItems()).toHaveLength(1);
    expect(await contactsOf(child)).toHaveLength(0);
  });

  it('sends what waits when the server answers, oldest first, and a record sent twice is stored once', async () => {
    const child = await registerChild(t, 'director');
    base = deadBase;
    await sendOrKeep(contact(child, { note: '第一条' }));
    await sendOrKeep(contact(child, { note: '第二条' }));
    const [first] = await outboxItems();
    base = serverBase;
    const changes = countChanges();
    expect(await syncOutbox()).toBe(2);
    changes.stop();
    expect(changes.count()).toBe(1);
    expect(await outboxItems()).toHaveLength(0);
    expect((await contactsOf(child)).map((c) => c.note).sort()).toEqual(['第一条', '第二条']);
    // The answer to the first send was lost on the way back (the record stayed in the outbox): the phone
    // sends it again, under the same id.
    await idbPut('outbox', first);
    expect(await syncOutbox()).toBe(1);
    expect(await contactsOf(child)).toHaveLength(2);
  });

  it('keeps a record the server refuses with its reason, does not send it again, and lets her drop it', async () => {
    const child = await registerChild(t, 'director');
    base = deadBase;
    // A contact before the child was born (2015-03-04): the server refuses it, whenever it is sent.
    await sendOrKeep(contact(child, { occurredOn: '2014-01-01' }));
    base = serverBase;
    expect(await syncOutbox()).toBe(0);
    const [refused] = await outboxItems();
    expect(refused!.error).toMatch(/出生/);
    const changes = countChanges();
    expect(await syncOutbox()).toBe(0);
    expect(changes.count()).toBe(0);
    await discard(refused!.clientId);
    changes.stop();
    expect(changes.count()).toBe(1);
    expect(await outboxItems()).toHaveLength(0);
    expect(await contactsOf(child)).toHaveLength(0);
  });

  it('sends a record kept while a sync was under way, by the sync asked for meanwhile', async () => {
    const child = await registerChild(t, 'director');
    base = deadBase;
    await sendOrKeep(contact(child, { note: '同步前' }));
    base = serverBase;
    // The first pass's request is held (once it is on its way) until the second record is kept and a sync
    // asked for.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let sending!: () => void;
    const sent = new Promise<void>((resolve) => (sending = resolve));
    const browserFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      if (String(init?.body).includes('同步前')) {
        sending();
        await held;
      }
      return browserFetch(input, init);
    };
    try {
      const running = syncOutbox();
      await sent;
      base = deadBase;
      await sendOrKeep(contact(child, { note: '同步中' }));
      base = serverBase;
      const asked = syncOutbox();
      release();
      await running;
      await asked;
    } finally {
      globalThis.fetch = browserFetch;
    }
    expect(await outboxItems()).toHaveLength(0);
    expect((await contactsOf(child)).map((c) => c.note).sort()).toEqual(['同步中', '同步前']);
  });

  it('tells nobody after a sync that found nothing to send', async () => {
    base = serverBase;
    const changes = countChanges();
    expect(await syncOutbox()).toBe(0);
    base = deadBase;
    expect(await syncOutbox()).toBe(0);
    changes.stop();
    expect(changes.count()).toBe(0);
  });
});
