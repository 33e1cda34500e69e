// One person's ledger file: who, posts over time, background check, training file (培训档案), evaluations.
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, Table, Tag, Typography } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { PersonFile } from '../../api/workforce';
import { chineseDate } from '../../shared/format';
import { can, useSignedIn } from '../../auth/session';
import { BackgroundCheckTag } from './checks';
import { PersonActions } from './PersonActions';

export function PersonDrawer({ personId, onClose }: { personId: string | null; onClose: () => void }) {
  const me = useSignedIn();
  const person = useQuery<PersonFile, ApiError>({
    queryKey: ['workforce-person', personId],
    queryFn: () => api.get('/workforce/people/{id}', { params: { id: personId! } }),
    enabled: personId !== null,
  });
  const p = person.data;
  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={Math.min(720, window.innerWidth)}
      title={p ? `${p.name} 的台账` : '人员台账'}
    >
      {person.error && <Alert type="error" showIcon title={person.error.message} />}
      {p && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { label: '姓名', children: p.name },
              { label: '性别', children: p.gender === 'male' ? '男' : p.gender === 'female' ? '女' : '—' },
              { label: '身份证号码', children: <span className="mono">{p.idNumber}</span> },
              { label: '联系电话', children: p.phone ?? '—' },
              {
                label: '入职查询',
                children: (
                  <BackgroundCheckTag
                    checkedOn={p.backgroundCheck?.checkedOn ?? null}
                    result={p.backgroundCheck?.result ?? null}
                  />
                ),
              },
              {
                label: '系统账号',
                children: p.user ? `${p.user.displayName ?? ''}（${p.user.username ?? ''}）` : '未关联',
              },
              { label: '备注', children: p.note ?? '—', span: 2 },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            任职情况
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.posts}
            columns={[
              { title: '岗位', dataIndex: 'roleName' },
              { title: '任职地', dataIndex: 'regionName', render: (n, post) => n ?? post.regionCode },
              { title: '任职日期', dataIndex: 'startedOn', render: (d) => (d ? chineseDate(d) : '早于记录') },
              { title: '离任日期', dataIndex: 'endedOn', render: (d) => (d ? chineseDate(d) : '—') },
              {
                title: '状态',
                dataIndex: 'active',
                render: (a: boolean) => (a ? <Tag color="green">在岗</Tag> : <Tag>已离任</Tag>),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            培训档案
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginLeft: 8 }}>
              {p.trainingsByYear.map((y) => `${y.year}年 ${y.count} 次`).join('，')}
            </Typography.Text>
          </Typography.Title>
          {p.trainings.length ? (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.trainings}
              columns={[
                { title: '培训日期', dataIndex: 'trainedOn', render: (d) => chineseDate(d) },
                { title: '培训', dataIndex: 'title', render: (t) => t ?? '（未关联培训班）' },
                { title: '类别', dataIndex: 'kindName', render: (k) => k ?? '—' },
                { title: '组织层级', dataIndex: 'organiserLevelName', render: (k) => k ?? '—' },
              ]}
            />
          ) : (
            <Empty description="没有培训记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            年度评价
          </Typography.Title>
          {p.evaluations.length ? (
            <Table
              rowKey="year"
              size="small"
              pagination={false}
              dataSource={p.evaluations}
              columns={[
                { title: '年度', dataIndex: 'year' },
                { title: '评价', dataIndex: 'resultName' },
                { title: '说明', dataIndex: 'note', render: (n) => n ?? '—' },
              ]}
            />
          ) : (
            <Empty description="没有年度评价" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
          {can(me, 'workforce.manage') && <PersonActions key={p.id} person={p} />}
        </>
      )}
    </Drawer>
  );
}
