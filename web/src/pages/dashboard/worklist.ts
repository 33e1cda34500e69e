// The worklist API (worklist module): the person's children with what falls due, the most overdue first;
// and the roll-up per sub-region one level down.
import { get } from '../../api/client';
import type { Worklist, WorklistSummary } from '../../api/types';

export const fetchWorklist = (query: { dueWithinDays?: number; page?: number; pageSize?: number }) =>
  get<Worklist>('/worklist', query);

export const fetchSummary = () => get<WorklistSummary>('/worklist/summary');

export type SummaryRow = WorklistSummary['rows'][number];
