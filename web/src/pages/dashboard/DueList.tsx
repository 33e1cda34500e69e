// The children due within the week and those overdue, the most overdue first: what to do next. Each row
// opens the visit form.
import { RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Spin, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import type { Worklist } from '../../api/types';
import { chineseDate, dueText } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { fetchWorklist } from './worklist';

const DUE_NAMES: Record<string, string> = { visit: '应走访', contact: '应联系', immediate: '立即处置' };

export function DueList({
  title,
  limit = 100,
  moreLink,
}: {
  title: string;
  /** How many rows to show (the first of the worklist's order). */
  limit?: number;
  /** Where the whole list is, linked below a shortened one. */
  moreLink?: string;
}) {
  const worklist = useQuery<Worklist, ApiError>({
    queryKey: ['worklist', 'due7', limit],
    queryFn: () => fetchWorklist({ dueWithinDays: 7, pageSize: limit }),
  });
  const data = worklist.data;
  return (
    <Card title={title}>
      {data && (
        <div className="list-summary" style={{ marginBottom: 8 }}>
          逾期 {data.overdue} 名 · 7日内到期 {data.total - data.overdue} 名，逾期最久的在前
        </div>
      )}
      {worklist.error ? (
        <ApiProblem error={worklist.error} what="工作清单" />
      ) : !data ? (
        <div className="center">
          <Spin />
        </div>
      ) : data.items.length ? (
        <ul className="child-rows" aria-label={title}>
          {data.items.map((i) => (
            <li key={i.childId}>
              <Link to={`/visit/${i.childId}`} className={i.overdue ? 'child-row overdue' : 'child-row'}>
                <span className="child-row-main">
                  <span className="child-row-name">
                    {i.name} <LevelTag level={i.level} />
                    {i.dueKind && (
                      <Tag color={i.dueKind === 'immediate' ? 'red' : undefined}>{DUE_NAMES[i.dueKind]}</Tag>
                    )}
                    {i.redFollowUp && <Tag color="volcano">红色跟进·每7天</Tag>}
                    {i.watch && (
                      <Tag title="农村单亲家庭儿童：纳入台账关注，按绿色频次走访，不计入目标儿童统计">
                        单亲关注
                      </Tag>
                    )}
                  </span>
                  <span className="child-row-sub">
                    {i.age}岁 · {i.townshipName ?? ''}
                    {i.villageName ?? ''} · {i.nextDue ? `${chineseDate(i.nextDue)}到期` : '未排期'}
                    {i.neverVisited ? ' · 从未走访' : ` · 上次走访 ${chineseDate(i.lastVisitOn)}`}
                  </span>
                </span>
                <span className={i.overdue ? 'child-row-due late' : 'child-row-due'}>
                  {i.overdue ? `逾期${i.daysOverdue}天` : dueText(i.nextDue, data.asOf)}
                </span>
                <RightOutlined className="child-row-arrow" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Empty description="7日内没有到期或逾期的走访联系" />
      )}
      {data && data.total > data.items.length && (
        <div className="muted" style={{ marginTop: 8 }}>
          仅显示前 {data.items.length} 名（共 {data.total} 名），
          {moreLink ? <Link to={moreLink}>查看全部逾期儿童</Link> : '请在儿童档案中按“已逾期”筛选查看全部。'}
        </div>
      )}
    </Card>
  );
}
