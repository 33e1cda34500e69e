// The real server for browser tests: the built web app and the API on a free local port, over a fresh
// test database with the cast of users (test/helpers/app.ts), and children registered through the API.
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { createTestApp, idNumberFor, PASSWORD, PUNING, type TestApp } from '../../helpers/app.ts';
import type { Config } from '../../../src/config.ts';
import { ensureWebBuilt } from '../../../src/server/web-build.ts';

export interface WebServer {
  t: TestApp;
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: { config?: Partial<Config> } = {}): Promise<WebServer> {
  // Parallel test files share one build (a lock inside); the app must exist before the server starts.
  await ensureWebBuilt();
  const t = await createTestApp(options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return { t, url: `http://127.0.0.1:${port}`, close: () => t.close() };
}

const MIGRANT = { statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };

export interface SeedChild {
  name: string;
  birthDate: string;
  sequence: number;
  villageCode?: string;
  conditions?: string[];
  caregiver?: Record<string, unknown> | null;
  registeredOn?: string;
  as?: string;
}

/** Registers a left-behind child (both parents away) through the API; returns its id. */
export async function registerChild(t: TestApp, child: SeedChild): Promise<string> {
  const res = await t.call(child.as ?? 'director', {
    method: 'POST',
    url: '/api/v1/children',
    payload: {
      name: child.name,
      idNumber: idNumberFor(child.birthDate, child.sequence),
      hukouType: 'rural',
      villageCode: child.villageCode ?? PUNING.village,
      guardianship: 'good',
      parents: [
        { relation: 'father', name: `${child.name.slice(0, 1)}父`, ...MIGRANT },
        { relation: 'mother', name: `${child.name.slice(0, 1)}母`, ...MIGRANT },
      ],
      caregiver:
        child.caregiver === undefined
          ? { name: '王奶奶', relation: '祖母', agreementSignedOn: '2026-03-01', assessment: 'good' }
          : child.caregiver,
      conditions: child.conditions ?? [],
      ...(child.registeredOn ? { registeredOn: child.registeredOn } : {}),
    },
  });
  if (res.statusCode !== 201) throw new Error(`register ${child.name}: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export { PUNING };

/**
 * Signs in through the login page as one of the test cast (their shared password). With `leaveLogin` it waits
 * until the app has moved on from /login; without, it returns after the click (for refusals and lockouts).
 */
export async function signIn(
  page: Page,
  server: WebServer,
  username: string,
  options: { leaveLogin?: boolean } = {},
): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (options.leaveLogin) await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
