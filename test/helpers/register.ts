// Hand-built registers for report tests: children registered through the children service (so they are
// graded exactly as in use), interventions and contacts written as the casework records them.
import type { Kysely } from 'kysely';
import { idNumberFor } from './app.ts';
import type { DB } from '../../src/db/schema.ts';
import type { IsoDate } from '../../src/domain/dates.ts';
import { systemActor } from '../../src/modules/access/index.ts';
import { childCounty, childInput, createChild } from '../../src/modules/children/index.ts';
import type { ServiceContext } from '../../src/shared/service-context.ts';

export const AWAY = { statuses: ['migrant'], migrantMonths: 8, crossCounty: true, coreUrbanBoth: false };
export const LEFT_BEHIND_PARENTS = [
  { relation: 'father', ...AWAY },
  { relation: 'mother', ...AWAY },
];

export function serviceContext(db: Kysely<DB>, today: IsoDate): ServiceContext {
  return { db, actor: systemActor('测试'), today, deploymentRegion: null };
}

let sequence = 100;

/** Registers a child born on `birthDate` in `villageCode`; the rest of the record from `fields`. */
export async function register(
  ctx: ServiceContext,
  villageCode: string,
  birthDate: IsoDate,
  fields: Record<string, unknown> = {},
): Promise<string> {
  sequence += 1;
  const input = childInput.parse({
    name: `测试${sequence}`,
    idNumber: idNumberFor(birthDate, sequence),
    hukouType: 'rural',
    villageCode,
    registeredOn: '2025-01-01',
    ...fields,
  });
  return (await createChild(ctx, input)).id;
}

export async function intervene(db: Kysely<DB>, childId: string, on: IsoDate): Promise<void> {
  await db
    .insertInto('intervention')
    .values({ child_id: childId, county_code: childCounty(db, childId), occurred_on: on, kind: 'assistance' })
    .execute();
}

export async function contact(
  db: Kysely<DB>,
  childId: string,
  on: IsoDate,
  kind: 'visit' | 'phone' | 'video' = 'visit',
): Promise<void> {
  await db
    .insertInto('contact')
    .values({
      child_id: childId,
      county_code: childCounty(db, childId),
      occurred_on: on,
      kind,
      worker_name: '儿童主任',
      findings: '{}',
      conditions_added: [],
      conditions_cleared: [],
    })
    .execute();
}
