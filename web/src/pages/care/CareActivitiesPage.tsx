// 关爱活动: the activities of one's region (and those above it that reached into it) and their coverage against
// the duties of the local policy document; recording a new one.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { CARE_KIND_NAMES, type ActivitySummary, type CareKind } from '../../api/care';
import type { Page } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { withFeedback } from '../../shared/withFeedback';
import { ActivityDrawer } from './ActivityDrawer';
import { ActivityForm } from './ActivityForm';
import { CoverageTab } from './CoverageTab';

function ActivityList() {
  const me = useSignedIn();
  const [kind, setKind] = useState<CareKind | undefined>();
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery<Page<ActivitySummary>, ApiError>({
    queryKey: ['care', 'activities', kind, page],
    queryFn: () => api.get('/care-activities', { query: { kind, page, pageSize: 20 } }),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="活动类型"
          allowClear
          placeholder="全部类型"
          style={{ width: 200 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={Object.entries(CARE_KIND_NAMES).map(([value, label]) => ({ value, label }))}
        />
        {can(me, 'care_activity.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            记录活动
          </Button>
        )}
      </Space>
      {list.error ? (
        <ApiProblem error={list.error} what="关爱活动" />
      ) : (
        <Table<ActivitySummary>
          className="care-activities"
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items}
          scroll={{ x: 900 }}
          onRow={(a) => ({ onClick: () => setOpen(a.id), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total,
            onChange: setPage,
            showSizeChanger: false,
          }}
          locale={{ emptyText: '尚无关爱活动记录' }}
          columns={[
            { title: '日期', dataIndex: 'heldOn', width: 130, render: (d: string) => chineseDate(d) },
            { title: '类型', dataIndex: 'kindName', width: 140 },
            { title: '活动名称', dataIndex: 'title', render: (t: string, a) => (a.voided ? <s>{t}</s> : t) },
            { title: '举办地', dataIndex: 'regionName', width: 130 },
            { title: '组织单位', dataIndex: 'organiserName', width: 140 },
            {
              title: '覆盖',
              key: 'reach',
              width: 180,
              render: (_, a) =>
                `儿童${a.childrenReached} · 家庭${a.familiesReached} · 其他${a.anonymousCount}人`,
            },
            { title: '', key: 'voided', width: 70, render: (_, a) => (a.voided ? <Tag>已撤销</Tag> : null) },
          ]}
        />
      )}
      <ActivityForm open={recording} onClose={() => setRecording(false)} />
      <ActivityDrawer id={open} onClose={() => setOpen(null)} />
    </Space>
  );
}

function CareActivitiesPage() {
  const me = useSignedIn();
  return (
    <Card title="关爱活动">
      <Tabs
        items={[
          { key: 'list', label: '活动记录', children: <ActivityList /> },
          ...(can(me, 'report.read')
            ? [{ key: 'coverage', label: '覆盖情况', children: <CoverageTab /> }]
            : []),
        ]}
      />
    </Card>
  );
}

export default withFeedback(CareActivitiesPage);
