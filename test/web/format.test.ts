// The web's date formatting: every day shown is China's day (Asia/Shanghai), whatever the zone of the browser
// or of the machine running this test (issue 18.4: 已确认评估 showed 12月3日 on the morning of 12月4日).
import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  chineseDateTime,
  chineseDuration,
  dayInChina,
  dueText,
  todayInChina,
} from '../../web/src/shared/format.ts';

describe('dates shown in China time', () => {
  it('shows a timestamp before 08:00 China time on its China day, not the UTC day', () => {
    expect(chineseDate('2026-12-03T17:30:00.000Z')).toBe('2026年12月4日');
    expect(chineseDate('2026-12-03T15:59:59Z')).toBe('2026年12月3日');
    expect(chineseDate('2026-12-04T01:00:00+08:00')).toBe('2026年12月4日');
  });

  it('leaves a plain date as it is and says so for nothing', () => {
    expect(chineseDate('2026-11-23')).toBe('2026年11月23日');
    expect(chineseDate(null)).toBe('—');
    expect(chineseDate('not a date')).toBe('not a date');
    expect(dayInChina('yesterday at noon')).toBeNull();
  });

  it('gives date and time in China time', () => {
    expect(chineseDateTime('2026-12-03T17:30:00Z')).toBe('2026年12月4日 01:30');
  });

  it("counts today as China's today", () => {
    expect(todayInChina(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-04');
    expect(todayInChina(new Date('2026-12-03T15:30:00Z'))).toBe('2026-12-03');
    expect(dueText('2026-12-04', todayInChina(new Date('2026-12-03T16:30:00Z')))).toBe('今天到期');
  });

  it('says how far a due date is, across a year’s end too', () => {
    expect(dueText('2026-11-20', '2026-11-23')).toBe('逾期3天');
    expect(dueText('2026-11-28', '2026-11-23')).toBe('5天后到期');
    expect(dueText('2027-01-02', '2026-12-31')).toBe('2天后到期');
    expect(dueText(null, '2026-11-23')).toBe('未排期');
  });

  it('says a schedule’s interval in Chinese, and an unreadable one as it is', () => {
    expect(chineseDuration('P1M')).toBe('1个月');
    expect(chineseDuration('P14D')).toBe('14天');
    expect(chineseDuration('P2W')).toBe('2周');
    expect(chineseDuration('P1Y')).toBe('1年');
    expect(chineseDuration(null)).toBe('未规定');
    expect(chineseDuration('monthly')).toBe('monthly');
  });
});
