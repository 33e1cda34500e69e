// How a re-assessment run reads to the person who started it (the CLI) or the server log.
import { LEVEL_SHORT_NAMES, type Level } from '../../domain/codes.ts';
import type { ReassessAllResult } from './reassess-all.ts';

const levelName = (code: string) =>
  code === 'none' ? '非服务对象' : (LEVEL_SHORT_NAMES[code as Level] ?? code);

export function formatReassessResult(r: ReassessAllResult): string {
  const where = r.region ? `区划 ${r.region}` : '全部区划';
  const seconds = (r.ms / 1000).toFixed(1);
  const lines = [
    r.full
      ? `重新评估（${r.asOf}，${where}）：在册儿童 ${r.checked} 名，评估结果变化 ${r.updated} 名，用时 ${seconds} 秒`
      : `重新评估（${r.asOf}，${where}）：评估结果可能变化的儿童 ${r.checked} 名，评估结果变化 ${r.updated} 名，用时 ${seconds} 秒`,
  ];
  const changes = Object.entries(r.levelChanges).sort(([a], [b]) => a.localeCompare(b));
  const total = changes.reduce((n, [, count]) => n + count, 0);
  lines.push(`风险等级变化 ${total} 名${changes.length ? '：' : ''}`);
  for (const [key, count] of changes) {
    const [from = '', to = ''] = key.split('→');
    lines.push(`  ${levelName(from)} → ${levelName(to)}：${count} 名`);
  }
  lines.push(`不再是关爱服务对象（年满16或18周岁等）：${r.leftTarget} 名`);
  if (r.becameTarget) lines.push(`新成为关爱服务对象：${r.becameTarget} 名`);
  if (r.mandatoryReportsOpened) lines.push(`新开强制报告任务：${r.mandatoryReportsOpened} 件`);
  if (r.fullReason === 'profiles_changed') lines.push('评估规则或方案已变化：本次重新评估了全部在册儿童');
  return lines.join('\n');
}
