// 我的儿童 on the director's phone: the children to visit, the most overdue first, each a big tap target.
import { RightOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Input, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { get } from '../../api/client';
import type { ChildListItem, Page } from '../../api/types';
import { chineseDate, dueText } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';

export function MyChildren() {
  const [q, setQ] = useState('');
  const children = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', 'mine', q],
    queryFn: () => get('/children', { target: true, sort: 'due', pageSize: 200, q: q.trim() || undefined }),
  });
  const items = children.data?.items ?? [];
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
