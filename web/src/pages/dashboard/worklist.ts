// The worklist API (worklist module): the person's children with what falls due, the most overdue first;
// and the roll-up per sub-region one level down.
// A director's are kept on her phone and shown without signal (issue 17.1).
import type { WorklistSummary } from '../../api/types';
import { readThrough } from '../../offline/cache';

export const fetchWorklist = (query: { dueWithinDays?: number; page?: number; pageSize?: number }) =>
  readThrough('/worklist', { query });

export const fetchSummary = () => readThrough('/worklist/summary');

export type SummaryRow = WorklistSummary['rows'][number];
