// 儿童主任信息台账: directors and supervisors of the region, filtered on the server; a name opens the person's file.
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import type { Ledger, LedgerItem, WorkerRole } from '../../api/workforce';
import { can } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { RegionCascader } from '../../shared/RegionCascader';
import { BackgroundCheckTag, TrainedTag } from './checks';
import { ImportModal } from './ImportModal';
import { PersonDrawer } from './PersonDrawer';
import { PersonForm } from './PersonForm';

interface Filters {
  region?: string[];
  role?: WorkerRole;
  status: 'active' | 'ended' | 'all';
  q?: string;
  untrained: boolean;
  noBackgroundCheck: boolean;
  page: number;
  pageSize: number;
}

export function LedgerTab({ me }: { me: Me }) {
  const client = useQueryClient();
  const [filters, setFilters] = useState<Filters>({
    status: 'active',
    untrained: false,
    noBackgroundCheck: false,
    page: 1,
    pageSize: 50,
  });
  const [personId, setPersonId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const change = (next: Partial<Filters>) => setFilters((f) => ({ ...f, page: 1, ...next }));

  const query = {
    region: filters.region?.at(-1),
    role: filters.role,
    status: filters.status,
    q: filters.q,
    untrained: filters.untrained || undefined,
    noBackgroundCheck: filters.noBackgroundCheck || undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  const ledger = useQuery<Ledger, ApiError>({
    queryKey: ['workforce-ledger', query],
    queryFn: () => api.get('/workforce/ledger', { query }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <RegionCascader
          root={me.regionCode}
          value={filters.region}
          onChange={(region) => change({ region: region.length ? region : undefined })}
          style={{ width: 240 }}
          id="ledger-region"
        />
        <Select<WorkerRole>
          aria-label="岗位"
          allowClear
          placeholder="全部岗位"
          style={{ width: 130 }}
          value={filters.role}
          onChange={(role) => change({ role })}
          options={[
            { value: 'director', label: '儿童主任' },
            { value: 'supervisor', label: '儿童督导员' },
          ]}
        />
        <Select
          aria-label="在岗情况"
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status) => change({ status })}
          options={[
            { value: 'active', label: '在岗' },
            { value: 'ended', label: '已离任' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Input.Search
          aria-label="姓名或身份证号码"
          placeholder="姓名或身份证号码"
          allowClear
          style={{ width: 200 }}
          onSearch={(q) => change({ q: q.trim() || undefined })}
        />
        <Checkbox checked={filters.untrained} onChange={(e) => change({ untrained: e.target.checked })}>
          本年未培训
        </Checkbox>
        <Checkbox
          checked={filters.noBackgroundCheck}
          onChange={(e) => change({ noBackgroundCheck: e.target.checked })}
        >
          未做入职查询
        </Checkbox>
        {can(me, 'workforce.manage') && (
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            导入台账
          </Button>
        )}
        {can(me, 'workforce.manage') && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增人员
          </Button>
        )}
      </Space>
      {ledger.error && (
        <Alert type="error" showIcon title={ledger.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<LedgerItem>
        rowKey="postId"
        size="middle"
        className="ledger-table"
        dataSource={ledger.data?.items}
        loading={ledger.isFetching}
        scroll={{ x: 1200 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: ledger.data?.total,
          showTotal: (n) => `共 ${n} 人`,
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
        locale={{ emptyText: ledger.isFetching ? '正在载入…' : '台账中没有符合条件的人员' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, p) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setPersonId(p.personId)}>
                {name}
              </Button>
            ),
          },
          { title: '岗位', dataIndex: 'roleName' },
          {
            title: '任职地',
            key: 'region',
            render: (_, p) => [p.parentRegionName, p.regionName ?? p.regionCode].filter(Boolean).join(' '),
          },
          {
            title: '身份证号码',
            dataIndex: 'idNumber',
            width: 190,
            render: (v: string) => <span className="mono">{v}</span>,
          },
          { title: '联系电话', dataIndex: 'phone', render: (v) => v ?? '—' },
          {
            title: '任职',
            key: 'term',
            render: (_, p) =>
              p.active ? (
                <span>{p.startedOn ? `${chineseDate(p.startedOn)}起` : '在岗'}</span>
              ) : (
                <Tag>{p.endedOn ? `${chineseDate(p.endedOn)}离任` : '未到岗'}</Tag>
              ),
          },
          {
            title: '入职查询',
            key: 'check',
            render: (_, p) => (
              <BackgroundCheckTag checkedOn={p.backgroundCheckedOn} result={p.backgroundCheckResult} />
            ),
          },
          {
            title: '培训',
            key: 'trained',
            render: (_, p) => <TrainedTag trained={p.trainedThisYear} last={p.lastTrainedOn} />,
          },
          { title: '账号', dataIndex: 'username', render: (u) => u ?? '未关联' },
        ]}
      />
      <PersonDrawer personId={personId} onClose={() => setPersonId(null)} />
      <PersonForm me={me} open={adding} onClose={() => setAdding(false)} />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={() => {
          void client.invalidateQueries({ queryKey: ['workforce-ledger'] });
          void client.invalidateQueries({ queryKey: ['workforce-coverage'] });
        }}
      />
    </>
  );
}
