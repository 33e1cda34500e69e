// The shapes of the dashboard's extra answers (GET /audit/recent, GET /mandatory-reports). Types only.
import type { IsoDate } from './types';

export interface RecentChange {
  id: number;
  occurredAt: string;
  actorName: string;
  action: string;
  entity: string;
  childId: string;
  childName: string;
  villageName: string | null;
  changes: { field: string; old: unknown; new: unknown }[];
}

export interface MandatoryReportItem {
  id: string;
  childId: string;
  child: { name: string; villageName: string | null; townshipName: string | null };
  situation: string;
  situationName: string;
  status: 'open' | 'reported' | 'closed';
  statusName: string;
  discoveredOn: IsoDate;
  openedAt: string;
  hoursOpen: number | null;
  alert: boolean;
}

export interface MandatoryReportList {
  asOf: string;
  thresholdHours: number;
  total: number;
  items: MandatoryReportItem[];
}
