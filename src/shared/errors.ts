// Typed errors. Each code maps to one HTTP status (server/errors.ts) and one CLI exit code (cli/run.ts),
// in one place each, so a handler never decides a status by itself.

export type ErrorCode =
  | 'bad_input'
  | 'unauthenticated'
  | 'forbidden'
  /** Signed in with an issued or reset password: only change-password, me and logout answer (403). */
  | 'password_change_required'
  /** TONGHU_REQUIRE_2FA=1 and no second factor yet: only enrolment, me, change-password and logout answer (403). */
  | 'second_factor_required'
  /** A wrong, stale or already used second-factor code at sign-in (401). */
  | 'second_factor_invalid'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'too_many_requests'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Where bad input was found: the file, its line (text files) or row (spreadsheets), and the field. */
export interface InputLocation {
  file?: string;
  line?: number;
  row?: number;
  field?: string;
}

export function describeLocation(at: InputLocation): string {
  const parts: string[] = [];
  if (at.file) parts.push(at.file);
  if (at.line !== undefined) parts.push(`第${at.line}行`);
  if (at.row !== undefined) parts.push(`第${at.row}行`);
  if (at.field) parts.push(`字段 ${at.field}`);
  return parts.join('，');
}

export class InputError extends AppError {
  constructor(
    message: string,
    readonly at: InputLocation = {},
  ) {
    super('bad_input', message, { ...at });
    this.name = 'InputError';
  }

  /** The message with its location in front: "kids.csv，第12行，字段 idNumber: 身份证号码校验位错误". */
  get located(): string {
    const where = describeLocation(this.at);
    return where ? `${where}: ${this.message}` : this.message;
  }
}

export function notFound(what = '记录'): AppError {
  return new AppError('not_found', `${what}不存在`);
}
