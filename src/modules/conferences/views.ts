// How conferences and their actions leave the server. An action shown to its owner carries only the minimum of
// the child (name, gender, age, village), as a referral does.
import type { Kysely, SelectQueryBuilder, Selectable } from 'kysely';
import type { ActionStatus, ConferenceTable, DB } from '../../db/schema.ts';
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import { DEPARTMENT_KIND_NAMES, type DepartmentKind } from '../../domain/department-kinds.ts';
import { ACTION_STATUS_NAMES, actionDaysOverdue, CONFERENCE_STATUS_NAMES } from './action-status.ts';

function actionQuery(db: Kysely<DB>) {
  return db
    .selectFrom('conference_action')
    .innerJoin('conference', 'conference.id', 'conference_action.conference_id')
    .innerJoin('child', 'child.id', 'conference_action.child_id')
    .leftJoin('region as v', 'v.code', 'child.village_code')
    .leftJoin('department', 'department.id', 'conference_action.owner_department_id')
    .leftJoin('app_user', 'app_user.id', 'conference_action.owner_user_id')
    .selectAll('conference_action')
    .select([
      'conference.topic',
      'conference.held_on',
      'conference.status as conference_status',
      'child.name as child_name',
      'child.gender as child_gender',
      'child.birth_date as child_birth_date',
      'v.name as village_name',
      'department.name as department_name',
      'department.kind as department_kind',
      'app_user.display_name as user_name',
    ]);
}

type ActionQuery = ReturnType<typeof actionQuery>;
type ActionRow = Awaited<ReturnType<ActionQuery['execute']>>[number];

function actionView(a: ActionRow, asOf: IsoDate) {
  const status = a.status as ActionStatus;
  const daysOverdue = actionDaysOverdue(status, a.due_on, asOf);
  return {
    id: a.id,
    conferenceId: a.conference_id,
    childId: a.child_id,
    description: a.description,
    owner: a.owner_department_id
      ? {
          type: 'department' as const,
          id: a.owner_department_id,
          name: a.department_name ?? '',
          kindName: a.department_kind ? DEPARTMENT_KIND_NAMES[a.department_kind] : null,
        }
      : { type: 'user' as const, id: a.owner_user_id!, name: a.user_name ?? '', kindName: null },
    dueOn: a.due_on,
    status,
    statusName: ACTION_STATUS_NAMES[status],
    overdue: daysOverdue > 0,
    daysOverdue,
    result: a.result,
    doneOn: a.done_on,
    conference: { topic: a.topic, heldOn: a.held_on },
    child: {
      name: a.child_name,
      gender: a.child_gender,
      age: ageOn(a.child_birth_date, asOf),
      villageName: a.village_name,
    },
  };
}
export type ActionView = ReturnType<typeof actionView>;

/** Actions chosen by `where`, overdue first (most overdue first), then by due date. */
export async function loadActions(
  db: Kysely<DB>,
  where: (q: ActionQuery) => SelectQueryBuilder<DB, never, ActionRow> | ActionQuery,
  asOf: IsoDate,
): Promise<ActionView[]> {
  const rows = await (where(actionQuery(db)) as ActionQuery)
    .orderBy('conference_action.due_on')
    .orderBy('conference_action.created_at')
    .execute();
  return rows
    .map((r) => actionView(r, asOf))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.daysOverdue - a.daysOverdue);
}

export async function loadConferences(db: Kysely<DB>, rows: Selectable<ConferenceTable>[], asOf: IsoDate) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [participants, actions, children] = await Promise.all([
    db
      .selectFrom('conference_participant')
      .leftJoin('department', 'department.id', 'conference_participant.department_id')
      .selectAll('conference_participant')
      .select(['department.name as department_name', 'department.kind as department_kind'])
      .where('conference_id', 'in', ids)
      .orderBy('conference_participant.department_id')
      .execute(),
    loadActions(db, (q) => q.where('conference_action.conference_id', 'in', ids), asOf),
    // The list names whom each conference was about (as an action does): name and village only.
    db
      .selectFrom('child')
      .leftJoin('region as v', 'v.code', 'child.village_code')
      .select(['child.id', 'child.name', 'v.name as village_name'])
      .where('child.id', 'in', [...new Set(rows.map((r) => r.child_id))])
      .execute(),
  ]);
  const childOf = new Map(children.map((c) => [c.id, { name: c.name, villageName: c.village_name }]));
  return rows.map((c) => ({
    ...conferenceDetail(c, participants, actions),
    child: childOf.get(c.child_id) ?? { name: '', villageName: null },
  }));
}

export function conferenceDetail(
  c: Selectable<ConferenceTable>,
  participants: {
    conference_id: string;
    department_id: string | null;
    department_name: string | null;
    department_kind: DepartmentKind | null;
    person_name: string | null;
    unit: string | null;
  }[],
  actions: ActionView[],
) {
  return {
    id: c.id,
    childId: c.child_id,
    topic: c.topic,
    heldOn: c.held_on,
    location: c.location,
    status: c.status,
    statusName: CONFERENCE_STATUS_NAMES[c.status],
    decisions: c.decisions,
    convenedByName: c.convened_by_name,
    closedOn: c.closed_on,
    participants: participants
      .filter((p) => p.conference_id === c.id)
      .map((p) => ({
        departmentId: p.department_id,
        departmentName: p.department_name,
        kindName: p.department_kind ? DEPARTMENT_KIND_NAMES[p.department_kind] : null,
        name: p.person_name,
        unit: p.unit,
      })),
    actions: actions.filter((a) => a.conferenceId === c.id),
  };
}
export type ConferenceView = ReturnType<typeof conferenceDetail>;
