// How dates and intervals are shown: 2026年11月23日, 每1个月.
import { daysBetween, formatChineseDate, isIsoDate } from '../../../src/domain/dates.ts';
import { parseDuration } from '../../../src/domain/duration.ts';

export { daysBetween };

/**
 * 2026年11月23日 for a date, or for a timestamp the day it was in China: 2026-12-03T17:30:00Z is already
 * 12月4日 in 普宁, whatever the browser's zone.
 */
export function chineseDate(date: string | null | undefined): string {
  if (!date) return '—';
  const day = date.length > 10 ? dayInChina(date) : date;
  return day && isIsoDate(day) ? formatChineseDate(day) : date;
}

const chinaDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The China date (YYYY-MM-DD) of a timestamp; a bare date stays itself. */
export function dayInChina(timestamp: string): string | null {
  if (isIsoDate(timestamp)) return timestamp;
  const t = new Date(timestamp);
  return Number.isNaN(t.getTime()) ? null : chinaDay.format(t);
}

/** 2026年11月23日 14:05 for a timestamp, in China's time zone whatever the browser's. */
export function chineseDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '—';
  const t = new Date(timestamp);
  if (Number.isNaN(t.getTime())) return timestamp;
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(t);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
}

/** P1M → 1个月, P14D → 14天, P2W → 2周, P1Y → 1年. */
export function chineseDuration(duration: string | null | undefined): string {
  if (!duration) return '未规定';
  const p = parseDuration(duration);
  if (!p) return duration;
  const parts: string[] = [];
  if (p.years) parts.push(`${p.years}年`);
  if (p.months) parts.push(`${p.months}个月`);
  if (p.weeks) parts.push(`${p.weeks}周`);
  if (p.days) parts.push(`${p.days}天`);
  return parts.join('') || duration;
}

/** Today's date in China, as the server counts it. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDay.format(now);
}

/** 逾期3天 / 今天到期 / 5天后到期 — how far a due date is from today. */
export function dueText(due: string | null | undefined, today = todayInChina()): string {
  if (!due) return '未排期';
  const days = daysBetween(today, due);
  if (days < 0) return `逾期${-days}天`;
  if (days === 0) return '今天到期';
  return `${days}天后到期`;
}
