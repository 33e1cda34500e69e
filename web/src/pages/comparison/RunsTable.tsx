// 比对记录: who ran which roster when, with its counts; a run's findings open in the worklist tab.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Table } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ComparisonRun } from '../../api/comparison';
import type { Page } from '../../api/types';
import { chineseDate, chineseDateTime } from '../../shared/format';

export function RunsTable({ onShow }: { onShow: (run: ComparisonRun) => void }) {
  const [page, setPage] = useState(1);
  const runs = useQuery<Page<ComparisonRun>, ApiError>({
    queryKey: ['comparison-runs', page],
    queryFn: () => api.get('/comparison/runs', { query: { page, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {runs.error && <Alert type="error" showIcon title={runs.error.message} style={{ marginBottom: 12 }} />}
      <Table<ComparisonRun>
        rowKey="id"
        size="middle"
        className="comparison-runs"
        dataSource={runs.data?.items}
        loading={runs.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: runs.data?.total,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 次比对`,
          onChange: setPage,
        }}
        locale={{ emptyText: runs.isFetching ? '正在载入…' : '尚未开展数据比对' }}
        columns={[
          { title: '比对时间', dataIndex: 'startedAt', render: (t) => chineseDateTime(t) },
          { title: '名册', dataIndex: 'rosterTitle' },
          { title: '文件', dataIndex: 'fileName' },
          { title: '基准日', dataIndex: 'asOf', render: (d) => chineseDate(d) },
          { title: '名册人数', dataIndex: 'rows' },
          {
            title: '匹配（待核）',
            key: 'matched',
            render: (_, r) => (r.probable ? `${r.matched}（${r.probable}）` : r.matched),
          },
          { title: '无法确定', dataIndex: 'ambiguousRows' },
          {
            title: '比对结果（新增）',
            key: 'findings',
            render: (_, r) => `${r.findings}（${r.newFindings}）`,
          },
          { title: '操作人', dataIndex: 'actorName' },
          {
            title: '',
            key: 'show',
            fixed: 'right',
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => onShow(r)}>
                查看结果
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
