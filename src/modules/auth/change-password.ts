// A person changes their own password: the current one proves it is them, the new one must be strong, and
// every other session of the account ends (a password changed because it leaked should lock others out).
// This is also how an issued or reset password is replaced at the first sign-in (must_change_password).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError, InputError } from '../../shared/errors.ts';
import type { Actor } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from './passwords.ts';
import { tokenHash } from './sessions.ts';

export async function changeOwnPassword(
  db: Kysely<DB>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionToken: string },
): Promise<void> {
  if (!actor.id) throw new AppError('unauthenticated', '请先登录');
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash'])
    .where('id', '=', actor.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new InputError('当前密码不正确', { field: 'currentPassword' });
  checkPasswordStrength(input.newPassword, 'newPassword', user.username);
  if (input.newPassword === input.currentPassword)
    throw new InputError('新密码不能与当前密码相同', { field: 'newPassword' });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false })
      .where('id', '=', user.id)
      .execute();
    await trx
      .deleteFrom('user_session')
      .where('user_id', '=', user.id)
      .where('token_hash', '<>', tokenHash(input.sessionToken))
      .execute();
    await recordAudit(trx, actor, { action: 'user.password_changed', entity: 'user', entityId: user.id });
  });
}
