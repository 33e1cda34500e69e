// The shapes of the reports API (GET /reports/annex1, /reports/timeliness). Types only.
import type { Level } from './types';

export interface Annex1RowCount {
  item: number;
  count: number;
  intervened: number;
}

export interface Annex1LevelCounts {
  rows: Annex1RowCount[];
  subtotal: number;
  subtotalIntervened: number;
}

export interface Annex1 {
  region: string;
  asOf: string;
  levels: Record<Level, Annex1LevelCounts>;
  total: number;
}

export interface TimelinessFigures {
  targetChildren: number;
  byLevel: Record<Level, number>;
  visitsOverdue: number;
  visitsDueSoon: number;
  contactsOverdue: number;
  contactsDueSoon: number;
  visitsFellDueLastQuarter: number;
  visitsOnTimeLastQuarter: number;
  onTimeShare: number | null;
  neverVisited: number;
  leftBehind: number;
  leftBehindWithoutAgreement: number;
}

export interface TimelinessArea extends TimelinessFigures {
  code: string;
  name: string;
  villages: number;
  villagesWithoutDirector: number;
}

export interface TimelinessVillage extends TimelinessFigures {
  code: string;
  name: string;
  townshipCode: string;
  directors: { name: string; username: string }[];
  hasDirector: boolean;
}

export interface Timeliness {
  region: string;
  regionName: string;
  asOf: string;
  quarterStart: string;
  dueSoonDays: number;
  total: TimelinessArea;
  cities?: TimelinessArea[];
  counties?: TimelinessArea[];
  townships?: TimelinessArea[];
  villages: TimelinessVillage[];
}

/** GET /reports/annex2: the roster as the form prints it (ID numbers masked). */
export interface Annex2Print {
  regionName: string;
  asOf: string;
  count: number;
  headers: string[];
  rows: { level: string; cells: string[] }[];
}
