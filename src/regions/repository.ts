// Reading the region table: names, children, chains. Codes in and out are 12 digits unless said.
import type { Kysely } from 'kysely';
import type { DB, RegionTable } from '../db/schema.ts';
import { ancestorCodes, fullCode, shortCode } from '../domain/region-code.ts';

export type Region = RegionTable;

export async function findRegion(db: Kysely<DB>, code: string): Promise<Region | undefined> {
  return db.selectFrom('region').selectAll().where('code', '=', fullCode(code)).executeTakeFirst();
}

export async function regionName(db: Kysely<DB>, code: string): Promise<string | null> {
  return (await findRegion(db, code))?.name ?? null;
}

/** The region and its ancestors, outermost first: [广东省, 揭阳市, 普宁市, …]. */
export async function regionChain(db: Kysely<DB>, code: string): Promise<Region[]> {
  const codes = [...ancestorCodes(code), shortCode(code)].map(fullCode);
  const rows = await db.selectFrom('region').selectAll().where('code', 'in', codes).execute();
  return codes.map((c) => rows.find((r) => r.code === c)).filter((r): r is Region => r !== undefined);
}

/** "广东省揭阳市普宁市流沙东街道" — the full name as people write it. */
export async function regionFullName(db: Kysely<DB>, code: string): Promise<string | null> {
  const chain = await regionChain(db, code);
  if (!chain.length) return null;
  return chain
    .map((r) => r.name)
    .filter((n) => n !== '市辖区')
    .join('');
}

export async function childRegions(db: Kysely<DB>, code: string): Promise<Region[]> {
  return db
    .selectFrom('region')
    .selectAll()
    .where('parent_code', '=', fullCode(code))
    .orderBy('code')
    .execute();
}

/** All regions of one level under `code`. */
export async function regionsUnder(db: Kysely<DB>, code: string, level: Region['level']): Promise<Region[]> {
  return db
    .selectFrom('region')
    .selectAll()
    .where('code', 'like', `${shortCode(code)}%`)
    .where('level', '=', level)
    .orderBy('code')
    .execute();
}
