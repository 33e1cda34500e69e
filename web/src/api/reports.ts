// The shapes of the reports API (GET /reports/annex1, /reports/timeliness, /reports/annex2): the server's
// own, from the generated schema.
import type { ApiAnswer } from './client';

export type Annex1 = ApiAnswer<'/reports/annex1'>;
export type Annex1LevelCounts = Annex1['levels']['red'];
export type Annex1RowCount = Annex1LevelCounts['rows'][number];

export type Timeliness = ApiAnswer<'/reports/timeliness'>;
export type TimelinessArea = Timeliness['total'];
export type TimelinessVillage = Timeliness['villages'][number];
/** The figures every row of the table has, whether an area or a village. */
export type TimelinessFigures = Omit<
  TimelinessArea,
  'code' | 'name' | 'villages' | 'villagesWithoutDirector'
>;

/** GET /reports/annex2: the roster as the form prints it (ID numbers masked). */
export type Annex2Print = ApiAnswer<'/reports/annex2'>;
