// The web's date formatting: every day shown is China's day (Asia/Shanghai), whatever the zone of the browser
// or of the machine running this test (issue 18.4: 已确认评估 showed 12月3日 on the morning of 12月4日).
import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  chineseDateTime,
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
});
