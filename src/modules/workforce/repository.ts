// SQL of the ledger. Nothing here checks access: services check the permission and scope first. The upsert
// is shared by the API and the importer, so a file line and a form change the ledger alike.
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { DB, WorkforcePersonTable } from '../../db/schema.ts';
import { addDays, maxDate, type IsoDate } from '../../domain/dates.ts';
import { ancestorCodes } from '../../domain/region-code.ts';
import { regionPrefix, type Actor } from '../access/index.ts';
import { diff, recordAudit } from '../audit/index.ts';
import type { WorkerRole } from './codes.ts';
import type { CheckedPerson } from './validate.ts';

/** People with a post (of any time) within the actor's region. */
export function personInScope(actor: Actor) {
  const prefix = regionPrefix(actor);
  return (eb: ExpressionBuilder<DB, 'workforce_person'>) =>
    eb.exists(
      eb
        .selectFrom('workforce_post as sp')
        .select(sql`1`.as('one'))
        .whereRef('sp.person_id', '=', 'workforce_person.id')
        .where('sp.region_code', 'like', `${prefix}%`),
    );
}

/** Posts open on `asOf`: started by then (or start unknown), not ended before (ended_on is the last day). */
export function postOpenOn(asOf: IsoDate) {
  return (eb: ExpressionBuilder<DB, 'workforce_post'>) =>
    eb.and([
      eb.or([eb('workforce_post.started_on', 'is', null), eb('workforce_post.started_on', '<=', asOf)]),
      eb.or([eb('workforce_post.ended_on', 'is', null), eb('workforce_post.ended_on', '>=', asOf)]),
    ]);
}

/**
 * Puts a training day in the person's file, tied to a course when one is given. A course added later
 * absorbs the bare date an import left for the same day, so the file shows one line.
 */
export async function recordTraining(
  trx: Kysely<DB>,
  personId: string,
  trainedOn: IsoDate,
  trainingId: string | null,
  source: 'course' | 'import' | 'manual',
  note: string | null = null,
): Promise<boolean> {
  if (trainingId) {
    const absorbed = await trx
      .updateTable('training_record')
      .set({ training_id: trainingId, source: 'course' })
      .where('person_id', '=', personId)
      .where('trained_on', '=', trainedOn)
      .where('training_id', 'is', null)
      .executeTakeFirst();
    if (Number(absorbed.numUpdatedRows) > 0) return true;
  } else {
    const any = await trx
      .selectFrom('training_record')
      .select('id')
      .where('person_id', '=', personId)
      .where('trained_on', '=', trainedOn)
      .executeTakeFirst();
    if (any) return false;
  }
  const inserted = await trx
    .insertInto('training_record')
    .values({ person_id: personId, trained_on: trainedOn, training_id: trainingId, source, note })
    .onConflict((oc) => oc.columns(['person_id', 'trained_on', 'training_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** What an import looks up again and again: courses by day and region, accounts by role and region. */
export class UpsertMemo {
  readonly courses = new Map<string, string | null>();
  readonly users = new Map<string, UserCandidate[]>();
  /** The ledger's people by ID number, when loaded for a whole file at once. */
  persons: Map<string, Selectable<WorkforcePersonTable>> | null = null;

  /** Reads, in a few queries, the people and accounts a whole file's lines will look up one by one. */
  async preload(trx: Kysely<DB>, people: readonly CheckedPerson[]): Promise<void> {
    this.persons = new Map();
    const numbers = people.map((p) => p.idNumber);
    for (let i = 0; i < numbers.length; i += 1000) {
      const rows = await trx
        .selectFrom('workforce_person')
        .selectAll()
        .where('id_number', 'in', numbers.slice(i, i + 1000))
        .execute();
      for (const row of rows) this.persons.set(row.id_number, row);
    }
    const regions = [...new Set(people.map((p) => p.regionCode))];
    for (const p of people) this.users.set(`${p.role}|${p.regionCode}`, []);
    for (let i = 0; i < regions.length; i += 1000) {
      const accounts = await accountsQuery(trx)
        .select(['app_user.role', 'app_user.region_code'])
        .where('app_user.region_code', 'in', regions.slice(i, i + 1000))
        .execute();
      for (const { role, region_code, ...account } of accounts)
        this.users.get(`${role}|${region_code}`)?.push(account);
    }
  }
}

interface UserCandidate {
  id: string;
  username: string;
  phone: string | null;
  display_name: string;
  linked_to: string | null;
}

/** The one course held that day by the post's county or city (or province), if exactly one. */
async function courseOn(
  trx: Kysely<DB>,
  date: IsoDate,
  regionCode: string,
  memo: UpsertMemo,
): Promise<string | null> {
  const key = `${date}|${regionCode.slice(0, 6)}`;
  if (!memo.courses.has(key)) memo.courses.set(key, await findCourse(trx, date, regionCode));
  return memo.courses.get(key) ?? null;
}

async function findCourse(trx: Kysely<DB>, date: IsoDate, regionCode: string): Promise<string | null> {
  const covering = [...ancestorCodes(regionCode)].map((c) => c.padEnd(12, '0'));
  const rows = await trx
    .selectFrom('training')
    .select('id')
    .where('held_on', '=', date)
    .where('region_code', 'in', covering)
    .limit(2)
    .execute();
  return rows.length === 1 ? (rows[0] as { id: string }).id : null;
}

/**
 * The person's post of this role in this region. The same post is updated; a post elsewhere opens a new
 * one and (a transfer) ends the open posts of the same role the day before.
 */
export async function placePost(
  trx: Kysely<DB>,
  personId: string,
  post: {
    role: WorkerRole;
    regionCode: string;
    startedOn?: IsoDate | null;
    endedOn?: IsoDate | null;
    endCurrent?: boolean;
  },
  today: IsoDate,
  options: { fresh?: boolean } = {},
): Promise<{ id: string; changed: boolean }> {
  const posts = options.fresh
    ? []
    : await trx
        .selectFrom('workforce_post')
        .selectAll()
        .where('person_id', '=', personId)
        .where('role', '=', post.role)
        .orderBy('created_at')
        .execute();
  const same = posts.filter((p) => p.region_code === post.regionCode).at(-1);
  if (same && (same.ended_on === null || post.endedOn)) {
    const dates = { started_on: post.startedOn ?? same.started_on, ended_on: post.endedOn ?? same.ended_on };
    if (dates.started_on === same.started_on && dates.ended_on === same.ended_on)
      return { id: same.id, changed: false };
    await trx.updateTable('workforce_post').set(dates).where('id', '=', same.id).execute();
    return { id: same.id, changed: true };
  }
  const start = post.startedOn ?? (posts.length ? today : null);
  if (post.endCurrent !== false && start)
    for (const p of posts)
      if (p.ended_on === null || p.ended_on >= start)
        await trx
          .updateTable('workforce_post')
          .set({ ended_on: maxDate(p.started_on, addDays(start, -1)) })
          .where('id', '=', p.id)
          .execute();
  const { id } = await trx
    .insertInto('workforce_post')
    .values({
      person_id: personId,
      role: post.role,
      region_code: post.regionCode,
      started_on: start,
      ended_on: post.endedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, changed: true };
}

/**
 * An account that is plainly this person's: same role and region, not linked to anyone else, and either
 * named by the ID number, or alone in having the person's phone, or alone in having the person's name.
 */
async function matchingUser(
  trx: Kysely<DB>,
  c: CheckedPerson,
  personId: string | null,
  memo: UpsertMemo,
): Promise<string | null> {
  const key = `${c.role}|${c.regionCode}`;
  const candidates = memo.users.get(key) ?? (await accountsOf(trx, c));
  memo.users.set(key, candidates);
  const free = candidates.filter((u) => u.linked_to === null || u.linked_to === personId);
  for (const test of [
    (u: UserCandidate) => u.username === c.idNumber,
    (u: UserCandidate) => c.phone != null && u.phone === c.phone,
    (u: UserCandidate) => u.display_name === c.name,
  ]) {
    const hits = free.filter(test);
    if (hits.length > 1) return null;
    const hit = hits[0];
    if (hit) {
      // Taken now: a later line of the same file must not claim it too.
      hit.linked_to = personId ?? 'this import';
      return hit.id;
    }
  }
  return null;
}

/** Enabled director and supervisor accounts, with the person each is linked to (linked_to), if any. */
export function accountsQuery(trx: Kysely<DB>) {
  return trx
    .selectFrom('app_user')
    .leftJoin('workforce_person as linked', 'linked.user_id', 'app_user.id')
    .select([
      'app_user.id',
      'app_user.username',
      'app_user.phone',
      'app_user.display_name',
      'linked.id as linked_to',
    ])
    .where('app_user.role', 'in', ['director', 'supervisor'])
    .where('app_user.disabled', '=', false);
}

async function accountsOf(trx: Kysely<DB>, c: CheckedPerson): Promise<UserCandidate[]> {
  return accountsQuery(trx)
    .where('app_user.role', '=', c.role)
    .where('app_user.region_code', '=', c.regionCode)
    .execute();
}

export interface UpsertResult {
  personId: string;
  created: boolean;
}

/** Creates or updates the person with this ID number, their post and training days; audited. */
export async function upsertPerson(
  trx: Kysely<DB>,
  actor: Actor,
  c: CheckedPerson,
  today: IsoDate,
  trigger: 'import' | 'api',
  memo: UpsertMemo = new UpsertMemo(),
): Promise<UpsertResult> {
  const existing = memo.persons
    ? memo.persons.get(c.idNumber)
    : await trx
        .selectFrom('workforce_person')
        .selectAll()
        .where('id_number', '=', c.idNumber)
        .executeTakeFirst();
  const userId = c.userId ?? existing?.user_id ?? (await matchingUser(trx, c, existing?.id ?? null, memo));
  const columns = {
    name: c.name,
    gender: c.gender,
    phone: c.phone ?? existing?.phone ?? null,
    user_id: userId,
    background_checked_on: c.backgroundCheckedOn ?? existing?.background_checked_on ?? null,
    background_check_result: c.backgroundCheckedOn
      ? (c.backgroundCheckResult ?? 'passed')
      : (existing?.background_check_result ?? null),
    background_check_note: c.backgroundCheckNote ?? existing?.background_check_note ?? null,
    note: c.note ?? existing?.note ?? null,
  };
  const changes = diff(existing ?? null, columns, Object.keys(columns) as (keyof typeof columns)[]);
  let personId: string;
  if (existing) {
    personId = existing.id;
    if (changes.length)
      await trx
        .updateTable('workforce_person')
        .set({ ...columns, updated_at: sql`now()` })
        .where('id', '=', personId)
        .execute();
  } else {
    personId = (
      await trx
        .insertInto('workforce_person')
        .values({ ...columns, id_number: c.idNumber })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }
  const source: 'import' | 'manual' = trigger === 'import' ? 'import' : 'manual';
  const post = await placePost(trx, personId, c, today, { fresh: !existing });
  const added: string[] = [];
  if (!existing && c.trainedOn.length) {
    // A new person has no training file yet: write it in one go.
    const rows = [];
    for (const date of c.trainedOn)
      rows.push({
        person_id: personId,
        trained_on: date,
        training_id: await courseOn(trx, date, c.regionCode, memo),
        source,
      });
    await trx.insertInto('training_record').values(rows).execute();
    added.push(...c.trainedOn);
  } else
    for (const date of c.trainedOn)
      if (await recordTraining(trx, personId, date, await courseOn(trx, date, c.regionCode, memo), source))
        added.push(date);
  // A line that repeats what the ledger holds changes nothing and leaves no trace.
  if (!existing || changes.length || post.changed || added.length)
    await recordAudit(trx, actor, {
      action: existing ? 'workforce.person_updated' : 'workforce.person_created',
      entity: 'workforce_person',
      entityId: personId,
      regionCode: c.regionCode,
      changes: [...changes, ...(added.length ? [{ field: 'trainedOn', old: null, new: added }] : [])],
      detail: { trigger, postId: post.id, role: c.role },
    });
  return { personId, created: !existing };
}
