// 部门待办: for a department account (and the county bureau answering for 民政), what was sent to its
// department — overdue first, then the newest — with the steps the workflow allows, the conference actions it
// owns and the shared lists current for it. It never shows the register: only the minimum each referral
// carried.
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ConferenceAction, Inbox, ReferralSummary } from '../../api/departments';
import { can, useSignedIn } from '../../auth/session';
import { useIsPhone } from '../../layout/useIsPhone';
import { chineseDate } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { withFeedback } from '../../shared/withFeedback';
import type { Level } from '../../api/types';
import { ReferralDrawer } from './ReferralDrawer';
import { ReferralDue, ReferralStatusTag } from './ReferralParts';

const genderName = (g: string | null) => (g === 'male' ? '男' : g === 'female' ? '女' : '');

function childLine(c: ReferralSummary['child']) {
  return (
    <span>
      {c.name}
      <Typography.Text type="secondary">
        {' '}
        {genderName(c.gender)} · {c.age}岁{c.villageName ? ` · ${c.villageName}` : ''}
      </Typography.Text>
    </span>
  );
}

function ActionButtons({ action, onDone }: { action: ConferenceAction; onDone: () => void }) {
  const { message } = App.useApp();
  const [finishing, setFinishing] = useState(false);
  const [form] = Form.useForm<{ result: string }>();
  const move = useMutation<
    ConferenceAction,
    ApiError,
    ApiBody<'/conferences/{id}/actions/{actionId}', 'patch'>
  >({
    mutationFn: (body) =>
      api.patch('/conferences/{id}/actions/{actionId}', {
        params: { id: action.conferenceId, actionId: action.id },
        body,
      }),
    onSuccess: (a) => {
      message.success(`任务已更新为“${a.statusName}”`);
      setFinishing(false);
      onDone();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Space>
      {action.status === 'open' && (
        <Button size="small" loading={move.isPending} onClick={() => move.mutate({ status: 'in_progress' })}>
          开始办理
        </Button>
      )}
      {(action.status === 'open' || action.status === 'in_progress') && (
        <Button size="small" type="primary" onClick={() => setFinishing(true)}>
          办结
        </Button>
      )}
      <Modal
        open={finishing}
        title={`办结任务：${action.description}`}
        okText="办结"
        cancelText="取消"
        confirmLoading={move.isPending}
        onCancel={() => setFinishing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => move.mutate({ status: 'done', result: v.result })}
        >
          <Form.Item
            name="result"
            label="办理结果"
            rules={[{ required: true, whitespace: true, message: '请写明办理结果' }]}
          >
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** On a phone: one card per referral, tapped to open, instead of a table that scrolls sideways. */
function ReferralCards({ items, onOpen }: { items: ReferralSummary[]; onOpen: (id: string) => void }) {
  if (!items.length) return <Typography.Text type="secondary">暂无报送</Typography.Text>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {items.map((r) => (
        <Card
          key={r.id}
          size="small"
          hoverable
          role="button"
          tabIndex={0}
          onKeyDown={(e) => e.key === 'Enter' && onOpen(r.id)}
          aria-label={`${r.child.name} ${r.findingName}`}
          onClick={() => onOpen(r.id)}
        >
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap size={4}>
              {childLine(r.child)}
              <ReferralStatusTag status={r.status} />
              {r.overdue && <Tag color="red">逾期</Tag>}
            </Space>
            <span>{r.findingName}</span>
            <Typography.Text type="secondary">
              {chineseDate(r.sentOn)}报送 · 答复期限{' '}
              <ReferralDue dueOn={r.dueOn} overdue={r.overdue} daysOverdue={r.daysOverdue} />
            </Typography.Text>
          </Space>
        </Card>
      ))}
    </Space>
  );
}

function ActionCards({ items, onDone }: { items: ConferenceAction[]; onDone: () => void }) {
  if (!items.length) return <Typography.Text type="secondary">暂无会商任务</Typography.Text>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {items.map((a) => (
        <Card key={a.id} size="small" role="group" aria-label={`${a.child.name} ${a.description}`}>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap size={4}>
              {childLine(a.child)}
              <Tag>{a.statusName}</Tag>
            </Space>
            <span>{a.description}</span>
            <Typography.Text type="secondary">
              {a.conference.topic} · 期限{' '}
              <ReferralDue dueOn={a.dueOn} overdue={a.overdue} daysOverdue={a.daysOverdue} />
            </Typography.Text>
            <ActionButtons action={a} onDone={onDone} />
          </Space>
        </Card>
      ))}
    </Space>
  );
}

function InboxPage() {
  const phone = useIsPhone();
  const me = useSignedIn();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const inbox = useQuery<Inbox, ApiError>({
    queryKey: ['inbox', status],
    queryFn: () => api.get('/departments/inbox', { query: { status } }),
  });
  const data = inbox.data;
  const refetch = () => void inbox.refetch();

  if (inbox.error)
    return <Alert type="error" showIcon title="无法载入部门待办" description={inbox.error.message} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            部门待办
          </Typography.Title>
          <Typography.Text type="secondary">
            {data?.departments.length
              ? data.departments.map((d) => d.name).join('、')
              : me.role === 'department'
                ? '（账号未关联部门或部门已停用）'
                : '本单位'}
          </Typography.Text>
          <Space size="large" wrap>
            <Statistic title="待办报送" value={data?.counts.referralsOpen ?? 0} />
            <Statistic
              title="逾期未答复"
              value={data?.counts.referralsOverdue ?? 0}
              styles={{ content: data?.counts.referralsOverdue ? { color: '#cf1322' } : undefined }}
            />
            <Statistic title="会商任务" value={data?.counts.actionsOpen ?? 0} />
            <Statistic title="逾期任务" value={data?.counts.actionsOverdue ?? 0} />
          </Space>
          {/* 督导 is not in a department's menu; its one use there, the unit's yearly report, is reached here. */}
          {me.role === 'department' && can(me, 'supervision.report') && (
            <Link to="/supervision">报送本单位行动方案年度进展</Link>
          )}
        </Space>
      </Card>
      <Card
        title="报送给本部门的事项"
        extra={
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as 'open' | 'all')}
            options={[
              { value: 'open', label: '待办' },
              { value: 'all', label: '全部' },
            ]}
          />
        }
      >
        {phone ? (
          <ReferralCards items={data?.referrals ?? []} onOpen={setOpenId} />
        ) : (
          <Table<ReferralSummary>
            rowKey="id"
            size="middle"
            loading={inbox.isPending}
            dataSource={data?.referrals}
            locale={{ emptyText: status === 'open' ? '暂无待办的报送' : '暂无报送' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: '儿童', key: 'child', render: (_, r) => childLine(r.child) },
              { title: '情形', dataIndex: 'findingName' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (_, r) => (
                  <Space size={4}>
                    <ReferralStatusTag status={r.status} />
                    {r.overdue && <Tag color="red">逾期</Tag>}
                  </Space>
                ),
              },
              { title: '报送日期', dataIndex: 'sentOn', render: (d: string) => chineseDate(d) },
              {
                title: '答复期限',
                dataIndex: 'dueOn',
                render: (_, r) => (
                  <ReferralDue dueOn={r.dueOn} overdue={r.overdue} daysOverdue={r.daysOverdue} />
                ),
              },
              ...((data?.departments.length ?? 0) > 1
                ? [
                    {
                      title: '接收部门',
                      key: 'dept',
                      render: (_: unknown, r: ReferralSummary) => r.department.name,
                    },
                  ]
                : []),
              {
                title: '',
                key: 'open',
                render: (_, r) => (
                  <Button type="link" onClick={() => setOpenId(r.id)}>
                    办理
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title="会商任务">
        {phone ? (
          <ActionCards items={data?.actions ?? []} onDone={refetch} />
        ) : (
          <Table<ConferenceAction>
            rowKey="id"
            size="middle"
            loading={inbox.isPending}
            dataSource={data?.actions}
            locale={{ emptyText: '暂无会商任务' }}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '儿童', key: 'child', render: (_, a) => childLine(a.child) },
              {
                title: '会商',
                key: 'conf',
                render: (_, a) => `${a.conference.topic}（${chineseDate(a.conference.heldOn)}）`,
              },
              { title: '任务', dataIndex: 'description' },
              {
                title: '期限',
                dataIndex: 'dueOn',
                render: (_, a) => (
                  <ReferralDue dueOn={a.dueOn} overdue={a.overdue} daysOverdue={a.daysOverdue} />
                ),
              },
              { title: '状态', dataIndex: 'statusName', render: (n: string) => <Tag>{n}</Tag> },
              { title: '', key: 'steps', render: (_, a) => <ActionButtons action={a} onDone={refetch} /> },
            ]}
          />
        )}
      </Card>
      {(data?.listShares.length ?? 0) > 0 && (
        <Card title="通报名单（只读）">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.listShares}
            columns={[
              { title: '通报日期', dataIndex: 'sharedOn', render: (d: string) => chineseDate(d) },
              { title: '有效期至', dataIndex: 'validUntil', render: (d: string) => chineseDate(d) },
              { title: '人数', dataIndex: 'childCount' },
              {
                title: '等级',
                dataIndex: 'levels',
                render: (levels: Level[]) => (
                  <Space size={4}>
                    {levels.map((l) => (
                      <LevelTag key={l} level={l} />
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      <ReferralDrawer id={openId} side="department" onClose={() => setOpenId(null)} onChanged={refetch} />
    </Space>
  );
}

export default withFeedback(InboxPage);
