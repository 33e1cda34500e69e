// What the screening API answers, for the OpenAPI document and the server's check of its own responses.
import { z } from 'zod';

const date = z.string().describe('日期 YYYY-MM-DD');
const count = z.number().int();
const state = z
  .enum(['upcoming', 'open', 'complete', 'overdue'])
  .describe('upcoming：未开始；open：进行中；complete：已全部见到；overdue：已过期仍有未见到的儿童');

const village = z.object({
  villageCode: z.string(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  children: count,
  seen: count,
  unseen: count,
});

const round = {
  id: z.string(),
  name: z.string(),
  regionCode: z.string(),
  startsOn: date,
  endsOn: date,
  state,
  children: count,
  seen: count,
  unseen: count,
  villagesIncomplete: count,
};
const roundSummary = z.object({ ...round, villages: count.describe('涉及的村（社区）数') });

export const screeningOverviewSchema = z.object({
  region: z.string(),
  regionName: z.string(),
  asOf: date,
  applies: z.boolean().describe('本地政策规定了排查轮次'),
  rule: z.object({ every: z.string(), text: z.string(), source: z.string() }).nullable(),
  schedule: z
    .object({
      period: z.object({ label: z.string(), start: date, end: date }).nullable(),
      lastRoundStartedOn: date.nullable(),
      startedThisPeriod: z.boolean(),
      nextDueBy: date,
      overdue: z.boolean(),
    })
    .nullable(),
  rounds: z.array(roundSummary),
  overdueRounds: z.array(roundSummary),
});

export const roundProgressSchema = z.object({ ...round, villages: z.array(village), asOf: date });

export const roundChildrenSchema = z.object({
  round: z.object({ id: z.string(), name: z.string(), startsOn: date, endsOn: date }),
  seen: z.boolean(),
  items: z.array(
    z.object({
      childId: z.string(),
      name: z.string(),
      age: count,
      villageCode: z.string(),
      villageName: z.string().nullable(),
      lastVisitOn: date.nullable(),
    }),
  ),
});
