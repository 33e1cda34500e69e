// The name key of migration 0009: two spellings of one name share it; two names never do.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

async function key(name: string): Promise<string> {
  const { rows } = await sql<{ key: string }>`select comparison_name_key(${name}) as key`.execute(t.db);
  return rows[0]!.key;
}

describe('comparison_name_key', () => {
  it.each([
    ['張偉', '张伟', 'traditional forms'],
    ['陳 小紅', '陈小红', 'traditional forms and a space'],
    ['李\u3000娜 ', '李娜', 'a full-width space'],
    ['阿依·古丽', '阿依古丽', 'the separator dot of minority names'],
    ['阿依•古丽', '阿依・古丽', 'other dots'],
    ['ＬＩ Ｎａ', 'lina', 'full-width letters and case'],
    ['\uF9B4奈', '領奈', 'a CJK compatibility ideograph'],
  ])('%s and %s share a key (%s)', async (a, b) => {
    expect(await key(a)).toBe(await key(b));
  });

  it.each([
    ['李娜', '李那'],
    ['张伟', '张玮'],
    ['于丽', '於丽'], // 於 is a surname of its own in simplified script
    ['乾坤', '干坤'],
  ])('%s and %s stay apart', async (a, b) => {
    expect(await key(a)).not.toBe(await key(b));
  });
});

describe('the name key in Node', () => {
  it('gives the key the database gives, for every name the tests above use and more', async () => {
    const { loadNameKey } = await import('./name-key.ts');
    const nameKey = await loadNameKey(t.db);
    const names = [
      '張偉', '陳 小紅', '李\u3000娜 ', '阿依·古丽', '阿依•古丽', '阿依・古丽', 'ＬＩ Ｎａ', '\uF9B4奈', '乾坤', '於丽',
      '鍾鐘後', 'Zoë Ünal', '王\t芳', '欧阳.娜娜', '買買提·艾力', '', 'ΣΑΣ',
    ]; // prettier-ignore
    for (const name of names) expect(nameKey(name), name).toBe(await key(name));
  });
});

describe('staging array literals', () => {
  it('round-trips awkward text through the database', async () => {
    const { arrayLiteral } = await import('./staging.ts');
    const values = [
      '张三',
      'a,b',
      'say "hi"',
      'back\\slash',
      '{x}',
      'NULL',
      'null',
      ' spaced ',
      '',
      null,
      '阿依·古丽',
    ];
    const { rows } = await sql<{ v: string[] }>`select ${arrayLiteral(values)}::text[] as v`.execute(t.db);
    expect(rows[0]!.v).toEqual(values);
    const dates = await sql<{
      v: string[];
    }>`select (${arrayLiteral(['2015-03-04', null])}::date[])::text[] as v`.execute(t.db);
    expect(dates.rows[0]!.v).toEqual(['2015-03-04', null]);
  });
});
