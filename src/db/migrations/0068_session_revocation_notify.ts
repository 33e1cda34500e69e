// Sessions are cached for a few seconds in each server process (src/modules/auth/session-cache.ts, issue 20.3),
// so that a burst of requests does not read the same session from the database each time. A session's end must
// still take effect at once, in every process, whoever ended it (a sign-out, an administrator disabling the
// account, `tonghu users …` from another process, a repair in SQL): every row deleted from user_session and every
// account changed or removed is announced on the channel `tonghu_session` with the account's id, and each
// process drops that account's cached sessions when it hears it. (A session's expiry sliding forward is an
// UPDATE of user_session and is not announced: it ends nothing.)
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function tonghu_session_revoked() returns trigger language plpgsql as $$
    begin
      -- Two branches, not one CASE: a record's field is looked up even in the branch not taken.
      if tg_table_name = 'app_user' then
        perform pg_notify('tonghu_session', old.id::text);
      else
        perform pg_notify('tonghu_session', old.user_id::text);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger user_session_revoked after delete on user_session
    for each row execute function tonghu_session_revoked()`.execute(db);
  await sql`
    create trigger app_user_changed after update or delete on app_user
    for each row execute function tonghu_session_revoked()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger app_user_changed on app_user`.execute(db);
  await sql`drop trigger user_session_revoked on user_session`.execute(db);
  await sql`drop function tonghu_session_revoked()`.execute(db);
}
