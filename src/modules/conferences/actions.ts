// The worklist of conference actions: a person's own, and those of the departments the person answers for.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/dates.ts';
import type { ServiceContext } from '../../shared/service-context.ts';
import { responderDepartmentIds } from '../departments/index.ts';
import { loadActions } from './views.ts';

export async function myActions(ctx: ServiceContext, f: { status?: 'open' | 'all'; asOf?: IsoDate } = {}) {
  const asOf = f.asOf ?? ctx.today;
  const departments = await responderDepartmentIds(ctx.db, ctx.actor);
  const userId = ctx.actor.id;
  const items = await loadActions(
    ctx.db,
    (q) => {
      let out = q.where((eb) =>
        eb.or([
          ...(userId ? [eb('conference_action.owner_user_id', '=', userId)] : []),
          ...(departments.length ? [eb('conference_action.owner_department_id', 'in', departments)] : []),
          eb.val(false),
        ]),
      );
      if ((f.status ?? 'open') === 'open')
        out = out.where('conference_action.status', 'in', ['open', 'in_progress']);
      return out;
    },
    asOf,
  );
  return { asOf, items };
}

/** The open actions owned by these departments (a department's inbox). */
export async function departmentActions(db: Kysely<DB>, departmentIds: string[], asOf: IsoDate) {
  if (!departmentIds.length) return [];
  return loadActions(
    db,
    (q) =>
      q
        .where('conference_action.owner_department_id', 'in', departmentIds)
        .where('conference_action.status', 'in', ['open', 'in_progress']),
    asOf,
  );
}
