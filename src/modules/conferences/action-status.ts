// A conference action's status: its owner starts and finishes it; the convener may also cancel or reopen it.
import { daysBetween, type IsoDate } from '../../domain/dates.ts';
import type { ActionStatus } from '../../db/schema.ts';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

export const ACTION_STATUS_NAMES: Record<ActionStatus, string> = {
  open: '待办',
  in_progress: '办理中',
  done: '已完成',
  cancelled: '已取消',
};

export const CONFERENCE_STATUS_NAMES = { planned: '待召开', held: '已召开', closed: '已结束' } as const;

interface Move {
  from: readonly ActionStatus[];
  /** Only the convener's side (conference.manage) may make it. */
  managerOnly: boolean;
  /** A written result (what was done, or why cancelled) is required. */
  needsResult: boolean;
}

export const ACTION_MOVES: Record<ActionStatus, Move> = {
  in_progress: { from: ['open'], managerOnly: false, needsResult: false },
  done: { from: ['open', 'in_progress'], managerOnly: false, needsResult: true },
  cancelled: { from: ['open', 'in_progress'], managerOnly: true, needsResult: true },
  open: { from: ['done', 'cancelled'], managerOnly: true, needsResult: false },
};

export function actionIsOpen(status: ActionStatus): boolean {
  return status === 'open' || status === 'in_progress';
}

export function actionDaysOverdue(status: ActionStatus, dueOn: IsoDate, asOf: IsoDate): number {
  return actionIsOpen(status) && dueOn < asOf ? daysBetween(dueOn, asOf) : 0;
}
