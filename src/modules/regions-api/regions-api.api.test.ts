// GET /api/v1/regions/:code/children against the real region table (普宁 loaded by the test template):
// a person sees the regions under their own, and above it only the path down to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUNING, type TestApp } from '../../../test/helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (as: string | null, code: string) =>
  t.call(as, { method: 'GET', url: `/api/v1/regions/${code}/children` });

describe('GET /api/v1/regions/:code/children', () => {
  it('answers 401 without a session', async () => {
    expect((await get(null, '445281')).statusCode).toBe(401);
  });

  it('gives county staff the townships of their county, each with its level', async () => {
    const res = await get('staff', '445281');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.region).toMatchObject({ code: PUNING.county, level: 'county', leaf: false });
    const township = body.items.find((r: { code: string }) => r.code === PUNING.township);
    expect(township).toEqual({ code: PUNING.township, name: '赤岗镇', level: 'township', leaf: false });
    expect(body.items.length).toBeGreaterThan(10);
    expect(body.items.every((r: { level: string }) => r.level === 'township')).toBe(true);
  });

  it('gives villages as leaves, by a 9- or 12-digit code alike', async () => {
    const short = (await get('supervisor', '445281102')).json();
    const full = (await get('supervisor', PUNING.township)).json();
    expect(short).toEqual(full);
    expect(short.items).toContainEqual({
      code: PUNING.village,
      name: '五福屿村委会',
      level: 'village',
      leaf: true,
    });
  });

  it('shows a director only the path down to their village from above', async () => {
    const county = (await get('director', '445281')).json();
    expect(county.items.map((r: { code: string }) => r.code)).toEqual([PUNING.township]);
    const township = (await get('director', '445281102')).json();
    expect(township.items.map((r: { code: string }) => r.code)).toEqual([PUNING.village]);
    expect((await get('director', PUNING.village)).json().items).toEqual([]);
  });

  it('answers 404 for a region outside one’s own, exactly like a missing one', async () => {
    const other = await get('supervisor', '445281103');
    const missing = await get('supervisor', '445281999');
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    expect((await get('staff', '320115')).statusCode).toBe(404);
  });

  it('answers 400 naming the field for a malformed code', async () => {
    const res = await get('staff', '4452811');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'bad_input', field: 'code' });
  });

  it('is open to every signed-in role, departments included, within their region', async () => {
    expect((await get('department', '445281')).statusCode).toBe(200);
    expect((await get('department', '220303')).statusCode).toBe(404);
  });
});
