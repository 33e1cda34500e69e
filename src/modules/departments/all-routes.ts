// Every route of the departments part (departments, referrals, mandatory reports, case conferences, list
// sharing), so that the server lists this part in one line.
import type { FastifyInstance } from 'fastify';
import { conferenceRoutes } from '../conferences/index.ts';
import { listShareRoutes } from '../list-sharing/index.ts';
import { mandatoryReportRoutes } from '../mandatory-reports/index.ts';
import { referralRoutes } from '../referrals/index.ts';
import { departmentRoutes } from './routes.ts';

export async function departmentsPartRoutes(app: FastifyInstance): Promise<void> {
  for (const routes of [
    departmentRoutes,
    referralRoutes,
    mandatoryReportRoutes,
    conferenceRoutes,
    listShareRoutes,
  ])
    await routes(app);
}
