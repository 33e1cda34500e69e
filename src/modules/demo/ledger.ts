// The demo's staff in the workforce ledger (儿童主任信息台账, 0010_workforce), so that the coverage report,
// the training file and the background-check list describe the same people who sign in: each director and
// supervisor with a resident ID number, a post, a background check (a few missing) and the county's
// trainings (a few untrained this year).
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type {
  TrainingRecordTable,
  TrainingTable,
  WorkforcePersonTable,
  WorkforcePostTable,
} from '../../db/schema.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import type { IdNumbers } from './population.ts';
import type { Random } from './random.ts';
import type { DemoAccount } from './staff.ts';

export interface DemoLedger {
  people: Insertable<WorkforcePersonTable>[];
  posts: Insertable<WorkforcePostTable>[];
  trainings: Insertable<TrainingTable>[];
  records: Insertable<TrainingRecordTable>[];
}

export function planLedger(
  rng: Random,
  accounts: readonly DemoAccount[],
  county: { code: string; name: string },
  ids: IdNumbers,
  today: IsoDate,
): DemoLedger {
  const year = Number(today.slice(0, 4));
  const admin = accounts.find((a) => a.role === 'admin')?.id ?? null;
  const course = (
    heldOn: IsoDate,
    level: 'county' | 'city',
    kind: 'full_coverage' | 'demonstration',
    title: string,
  ) => ({
    id: randomUUID(),
    held_on: heldOn,
    organiser_level: level,
    kind,
    title,
    region_code: level === 'county' ? county.code : `${county.code.slice(0, 4)}00000000`,
    note: null,
    created_by: admin,
  });
  // This year's full-coverage course only once it has been held.
  const thisYear = `${year}-04-16` <= today ? `${year}-04-16` : null;
  const trainings = [
    course(`${year - 1}-05-20`, 'county', 'full_coverage', `${county.name}${year - 1}年儿童主任全覆盖培训`),
    course(`${year - 1}-09-10`, 'city', 'demonstration', `${year - 1}年全市儿童关爱服务示范培训`),
    ...(thisYear
      ? [course(thisYear, 'county', 'full_coverage', `${county.name}${year}年儿童主任全覆盖培训`)]
      : []),
  ];

  const ledger: DemoLedger = { people: [], posts: [], trainings, records: [] };
  for (const account of accounts) {
    if (account.role !== 'director' && account.role !== 'supervisor') continue;
    const personId = randomUUID();
    const birthDate = addDays(`${rng.int(1968, 1998)}-01-01`, rng.int(0, 364));
    const startedOn = addDays(today, -rng.int(200, 2200));
    const checked = rng.chance(0.93);
    ledger.people.push({
      id: personId,
      name: account.displayName,
      id_number: ids.next(rng, birthDate, account.gender),
      gender: account.gender,
      phone: null,
      user_id: account.id,
      background_checked_on: checked ? addDays(startedOn, -rng.int(5, 60)) : null,
      background_check_result: checked ? 'passed' : null,
      background_check_note: null,
      note: null,
    });
    ledger.posts.push({
      person_id: personId,
      role: account.role,
      region_code: account.regionCode,
      started_on: startedOn,
      ended_on: null,
    });
    for (const t of trainings) {
      const share = t.kind === 'demonstration' ? 0.1 : t.held_on.startsWith(String(year)) ? 0.85 : 0.9;
      if (t.held_on >= startedOn && rng.chance(account.role === 'supervisor' ? Math.max(share, 0.9) : share))
        ledger.records.push({
          person_id: personId,
          trained_on: t.held_on,
          training_id: t.id,
          source: 'course',
          note: null,
        });
    }
  }
  return ledger;
}
