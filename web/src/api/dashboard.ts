// The shapes of the dashboard's extra answers (GET /audit/recent, GET /mandatory-reports): the server's own,
// from the generated schema.
import type { ApiAnswer } from './client';

export type RecentChange = ApiAnswer<'/audit/recent'>['items'][number];

export type MandatoryReportList = ApiAnswer<'/mandatory-reports'>;
export type MandatoryReportItem = MandatoryReportList['items'][number];
