// 三员分立 (issue 15.4): besides the system administrator ('admin', which no longer opens children's files),
// a security administrator and an audit administrator. One role per account, so no account holds two of them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user drop constraint app_user_role_check`.execute(db);
  await sql`
    alter table app_user add constraint app_user_role_check check (role in (
      'director', 'supervisor', 'civil_affairs', 'admin', 'department', 'security_admin', 'audit_admin'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user drop constraint app_user_role_check`.execute(db);
  await sql`
    alter table app_user add constraint app_user_role_check check (role in (
      'director', 'supervisor', 'civil_affairs', 'admin', 'department'))`.execute(db);
}
