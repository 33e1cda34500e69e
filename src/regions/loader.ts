// Loads the regions a deployment needs into the region table, once per subtree.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { readSourceRegions, sourceVersion, type SourceRegion } from './source.ts';

const BATCH = 2000;

async function insertBatch(db: Kysely<DB>, rows: SourceRegion[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('region')
    .values(rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })))
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: sql`excluded.name` }))
    .execute();
}

/** Loads every region under each scope ('' = the whole country) with their ancestors; returns how many. */
export async function loadRegions(db: Kysely<DB>, scope: string | readonly string[]): Promise<number> {
  const scopes = typeof scope === 'string' ? [scope] : scope;
  return db.transaction().execute(async (trx) => {
    let batch: SourceRegion[] = [];
    let count = 0;
    let level: string | null = null;
    for await (const region of readSourceRegions(scopes)) {
      // Parents must exist before their children: flush when the level changes.
      if (region.level !== level || batch.length >= BATCH) {
        await insertBatch(trx, batch);
        batch = [];
        level = region.level;
      }
      batch.push(region);
      count += 1;
    }
    await insertBatch(trx, batch);
    for (const s of scopes)
      await trx
        .insertInto('region_load')
        .values({ scope: s, regions: count, source: sourceVersion() })
        .onConflict((oc) =>
          oc.column('scope').doUpdateSet({ regions: count, source: sourceVersion(), loaded_at: sql`now()` }),
        )
        .execute();
    return count;
  });
}

/** The loaded scope that covers `scope`, if any. */
export async function coveringLoad(db: Kysely<DB>, scope: string): Promise<string | null> {
  const rows = await db.selectFrom('region_load').select('scope').execute();
  const covering = rows.map((r) => r.scope).filter((s) => scope.startsWith(s));
  return covering.length ? (covering.sort((a, b) => a.length - b.length)[0] as string) : null;
}

/** Loads `scope` unless a load that covers it has been done. Returns the number loaded (0 if none). */
export async function ensureRegions(db: Kysely<DB>, scope: string): Promise<number> {
  if ((await coveringLoad(db, scope)) !== null) return 0;
  return loadRegions(db, scope);
}
