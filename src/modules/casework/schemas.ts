// The shapes casework records travel in. Interventions keep the register's own shape (children/schemas.ts
// interventionInput: `date`, `kind`, `note`), which the import file shares.
import { z } from 'zod';
import { CONDITIONS } from '../../domain/codes.ts';
import { conditionCode } from '../children/index.ts';
import { isoDate, text } from '../../shared/zod-fields.ts';
import { CONTACT_KINDS, FINDING_AREAS, FINDING_STATUSES, type FindingArea } from './codes.ts';

const finding = z.object({
  status: z.enum(FINDING_STATUSES, {
    error: '应为 normal（正常）、attention（需关注）或 problem（存在问题）',
  }),
  note: text(1000).nullish(),
});
export type FindingInput = z.infer<typeof finding>;

/** Every area optional: an area left out was not looked at on this occasion (a short phone call). */
export const findingsInput = z.strictObject(
  Object.fromEntries(FINDING_AREAS.map((area) => [area, finding.optional()])) as Record<
    FindingArea,
    z.ZodOptional<typeof finding>
  >,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `未知的走访发现项 ${issue.keys.join('、')}（应为 ${FINDING_AREAS.join('、')}）`
        : undefined,
  },
);
export type FindingsInput = z.infer<typeof findingsInput>;

/** The id a phone gives a record it makes (offline or not): sent twice, it is stored once (issue 17.2). */
const clientId = z.uuid({ error: '应为设备生成的 UUID' }).nullish();

const conditionList = z.array(conditionCode).max(CONDITIONS.length);

export const contactInput = z.object({
  kind: z.enum(CONTACT_KINDS, { error: '应为 visit（入户走访）、phone（电话联系）或 video（视频联系）' }),
  occurredOn: isoDate,
  /** Who visited or called; the signed-in user when left out (a supervisor may enter a director's paper record). */
  workerName: text(50).nullish(),
  findings: findingsInput.default({}),
  conditionsAdded: conditionList.default([]),
  conditionsCleared: conditionList.default([]),
  note: text(2000).nullish(),
  clientId,
  /**
   * When the phone recorded it, for a record kept offline and sent later: a mandatory report it opens is
   * dated from the visit, not from the sync.
   */
  recordedAt: z.iso
    .datetime({ offset: true, error: '应为带时区的时间，如 2026-11-23T10:00:00+08:00' })
    .nullish(),
});
export type ContactInput = z.infer<typeof contactInput>;

export const workLogInput = z.object({
  occurredOn: isoDate,
  content: text(4000).min(1, { error: '请填写工作内容' }),
  /** Who did the work; the signed-in user when left out. */
  authorName: text(50).nullish(),
  clientId,
});
export type WorkLogInput = z.infer<typeof workLogInput>;
