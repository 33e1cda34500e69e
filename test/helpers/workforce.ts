// Children and ledger entries for the workforce, spot-check and supervision tests, registered through the
// real services so that their assessments (target_until, levels, due dates) are the system's own.
import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../../src/db/connect.ts';
import type { DB } from '../../src/db/schema.ts';
import { systemActor } from '../../src/modules/access/actor.ts';
import { childInput } from '../../src/modules/children/schemas.ts';
import { createChild } from '../../src/modules/children/service.ts';
import type { ServiceContext } from '../../src/shared/service-context.ts';
import { idNumberFor } from './app.ts';
import { createTestDatabase, dataDirFromTemplate } from './db.ts';

export function systemContext(
  db: Kysely<DB>,
  today: string,
  deploymentRegion: string | null = null,
): ServiceContext {
  return { db, actor: systemActor('测试'), today, deploymentRegion };
}

const MIGRANT = { statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };

let sequence = 0;

/** A child's input: left-behind (both parents away) unless `target: false`. */
export function childFor(
  villageCode: string,
  options: { target?: boolean; birthDate?: string; registeredOn?: string; caregiver?: boolean } = {},
) {
  sequence += 1;
  const birthDate =
    options.birthDate ?? `2014-0${1 + (sequence % 9)}-${String(1 + (sequence % 28)).padStart(2, '0')}`;
  return childInput.parse({
    name: `测试儿童${sequence}`,
    idNumber: idNumberFor(birthDate, sequence % 1000, villageCode.slice(0, 6)),
    hukouType: 'rural',
    villageCode,
    registeredOn: options.registeredOn ?? '2026-01-05',
    parents:
      options.target === false
        ? []
        : [
            { relation: 'father', ...MIGRANT },
            { relation: 'mother', ...MIGRANT },
          ],
    caregiver:
      options.caregiver === false || options.target === false
        ? null
        : { name: '祖母', relation: '祖母', agreementSignedOn: '2026-01-05', assessment: 'good' },
  });
}

/** Registers `count` children in a village; returns their ids. */
export async function registerChildren(
  ctx: ServiceContext,
  villageCode: string,
  count: number,
  options: Parameters<typeof childFor>[1] = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createChild(ctx, childFor(villageCode, options))).id);
  return ids;
}

/** A valid adult's ID number (born in 1980s) for ledger entries. */
export function adultIdNumber(n: number, prefix = '445281'): string {
  const birth = `198${n % 10}-0${1 + (n % 9)}-1${n % 10}`;
  return idNumberFor(birth, 100 + (n % 800), prefix);
}

/**
 * A database the real `tonghu` command can open too: a PGlite data directory started from the test
 * template, or a fresh database on the server named by TEST_DATABASE_URL. `env` points the command at it;
 * `open` gives this process a connection (PGlite allows one process at a time: close it before the command runs).
 */
export async function cliDatabase(
  dataDir: string,
): Promise<{ env: Record<string, string>; open(): Promise<Database>; destroy(): Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase();
    const url = (database.pool as unknown as { options: { connectionString: string } }).options
      .connectionString;
    return {
      env: { DATABASE_URL: url },
      open: () => openDatabase({ databaseUrl: url, poolSize: 2 }),
      destroy: () => database.destroy(),
    };
  }
  await dataDirFromTemplate(dataDir);
  return {
    env: { TONGHU_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
