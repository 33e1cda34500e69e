// 工作台 items of the care duties: screening rounds overdue or due this period (where the local policy sets
// rounds, 江宁 000 (一)1), and the department rosters due for comparison in the profile's interval.
import { useQuery } from '@tanstack/react-query';
import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ComparisonDue, ScreeningOverview } from '../../api/care';
import { chineseDate } from '../../shared/format';

/** Shown only where rounds apply and something is late or due. */
export function ScreeningDue() {
  const overview = useQuery<ScreeningOverview, ApiError>({
    queryKey: ['screening', 'overview'],
    queryFn: () => api.get('/screening/overview'),
  });
  const o = overview.data;
  if (!o?.applies || !o.schedule) return null;
  const notStarted = !o.schedule.startedThisPeriod;
  if (!o.overdueRounds.length && !notStarted) return null;
  return (
    <Card
      id="screening-due"
      title="排查轮次"
      extra={<Link to="/screening">查看排查进度</Link>}
      className="dashboard-screening"
    >
      <List
        size="small"
        dataSource={[
          ...o.overdueRounds.map((r) => ({
            key: r.id,
            text: `${r.name}已于${chineseDate(r.endsOn)}结束，仍有 ${r.unseen} 名儿童未见到（${r.villagesIncomplete} 个村（社区））`,
            late: true,
          })),
          ...(notStarted
            ? [
                {
                  key: 'due',
                  text: `本期（${o.schedule.period?.label ?? ''}）尚未开展全面排查，应于${chineseDate(o.schedule.nextDueBy)}前开展${o.schedule.overdue ? '；上一期也未开展' : ''}`,
                  late: o.schedule.overdue,
                },
              ]
            : []),
        ]}
        renderItem={(item) => (
          <List.Item>
            {item.late ? <Tag color="red">逾期</Tag> : <Tag color="gold">待开展</Tag>} {item.text}
          </List.Item>
        )}
      />
      {o.rule && (
        <Typography.Text type="secondary">
          {o.rule.text}（{o.rule.source}）
        </Typography.Text>
      )}
    </Card>
  );
}

/** The roster kinds not yet compared this period, for the bureau. */
export function ComparisonDueCard() {
  const due = useQuery<ComparisonDue, ApiError>({
    queryKey: ['comparison', 'due'],
    queryFn: () => api.get('/comparison/due'),
  });
  const d = due.data;
  if (!d || !d.due) return null;
  return (
    <Card
      id="comparison-due"
      title="数据比对到期"
      extra={<Link to="/comparison">去比对</Link>}
      className="dashboard-comparison-due"
    >
      <List
        size="small"
        dataSource={d.kinds.filter((k) => k.due)}
        renderItem={(k) => (
          <List.Item>
            {k.overdue ? <Tag color="red">逾期</Tag> : <Tag color="gold">本期未比对</Tag>} {k.title}：
            {k.lastRunOn ? `上次比对 ${chineseDate(k.lastRunOn)}，` : '尚未比对，'}应于
            {chineseDate(k.nextDueBy)}前比对
          </List.Item>
        )}
      />
      <Typography.Text type="secondary">比对间隔：{d.interval.label}</Typography.Text>
    </Card>
  );
}
