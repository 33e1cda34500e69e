// What every module's service is handed by a route or a command: the database (or the transaction), who acts,
// the day it is (China's, or the clock a test set), and the region the deployment serves. One definition for
// all modules (issue 21.2), where it used to live in the children module and 40-odd files reached into it.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IsoDate } from '../domain/dates.ts';
import type { Actor } from '../modules/access/actor.ts';

export interface ServiceContext {
  db: Kysely<DB>;
  actor: Actor;
  today: IsoDate;
  deploymentRegion: string | null;
}

/** For the services that record when (not only which day) something happened: the police report, a
 * referral's steps, a list share. */
export interface TimedContext extends ServiceContext {
  now: Date;
}
