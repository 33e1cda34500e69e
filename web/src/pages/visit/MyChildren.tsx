// 我的儿童 on the director's phone: the children to visit, the most overdue first, each a big tap target.
import { RightOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Input, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildListItem, Page } from '../../api/types';
import { chineseDate, dueText } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { isNetworkError, keepFiles, readThrough } from '../../offline/cache';
import { savedAtText, useSyncStatus } from '../../offline/status';
import { MINE } from './mine';

/** Her list, from the server or, without signal, the copy kept on the phone (searched by name there). */
async function myChildren(q: string): Promise<Page<ChildListItem>> {
  if (!q) return readThrough('/children', { query: MINE });
  try {
    return await api.get('/children', { query: { ...MINE, q } });
  } catch (error) {
    if (!isNetworkError(error)) throw error;
    const all = await readThrough('/children', { query: MINE });
    const items = all.items.filter((c) => c.name.includes(q));
    return { ...all, items, total: items.length };
  }
}

export function MyChildren() {
  const [q, setQ] = useState('');
  const status = useSyncStatus();
  const children = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', 'mine', q],
    queryFn: () => myChildren(q.trim()),
  });
  const items = children.data?.items ?? [];
  useEffect(() => {
    // Her whole list online: keep each child's file on the phone for a day without signal.
    if (children.data && !q.trim() && !status.offline) void keepFiles(children.data.items);
  }, [children.data, q, status.offline]);
  const overdue = items.filter((c) => c.overdue).length;
  return (
    <div className="my-children">
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder="搜索姓名"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        aria-label="搜索姓名"
      />
      {children.error && <Alert type="error" showIcon title={children.error.message} />}
      {children.isPending ? (
        <div className="center">
          <Spin />
        </div>
      ) : (
        <>
          {status.offline && status.savedAt && (
            <div className="list-summary" data-testid="saved-at">
              {savedAtText(status.savedAt)}
            </div>
          )}
          <div className="list-summary">
            共 {children.data?.total ?? 0} 名{overdue ? `，其中 ${overdue} 名已逾期` : ''}，按到期先后排列
          </div>
          <ul className="child-rows" aria-label="我的儿童">
            {items.map((c) => (
              <li key={c.id}>
                <Link to={`/visit/${c.id}`} className={c.overdue ? 'child-row overdue' : 'child-row'}>
                  <span className="child-row-main">
                    <span className="child-row-name">
                      {c.name} <LevelTag level={c.level} />
                      {c.watch && (
                        <Tag title="农村单亲家庭儿童：纳入台账关注，按绿色频次走访，不计入目标儿童统计">
                          单亲关注
                        </Tag>
                      )}
                    </span>
                    <span className="child-row-sub">
                      {c.age}岁 · {c.nextDue ? `${chineseDate(c.nextDue)}到期` : '未排期'}
                    </span>
                  </span>
                  <span className={c.overdue ? 'child-row-due late' : 'child-row-due'}>
                    {dueText(c.nextDue)}
                  </span>
                  <RightOutlined className="child-row-arrow" />
                </Link>
              </li>
            ))}
          </ul>
          {!items.length && <div className="center muted">没有需要走访的儿童</div>}
        </>
      )}
    </div>
  );
}
