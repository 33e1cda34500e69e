// 个案会商: the county bureau convenes departments on one child — the list of conferences in its region,
// a new one (child, topic, date, place, departments and people taking part, decisions if already held, the
// actions with owners and due dates), recording the decisions once held, assigning actions, closing.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Conference, ConferenceAction, Department } from '../../api/departments';
import type { ChildListItem, Page } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate, todayInChina } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { ReferralDue } from './ReferralParts';
import { DateInput } from '../../shared/DateInput';

const STATUS_COLORS = { planned: 'blue', held: 'green', closed: 'default' } as const;
const ACTION_COLORS: Record<string, string> = {
  open: 'blue',
  in_progress: 'processing',
  done: 'green',
  cancelled: 'default',
};

interface ActionValues {
  description: string;
  ownerDepartmentId: string;
  dueOn: string;
}

function useDepartments(county: string | undefined) {
  return useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', county],
    queryFn: () => api.get('/departments', { query: { county } }),
    enabled: !!county,
  });
}

function ActionFields({ departments }: { departments: Department[] }) {
  return (
    <Form.List name="actions">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap data-testid="action-row">
              <Form.Item
                name={[field.name, 'description']}
                rules={[{ required: true, whitespace: true, message: '请写明任务内容' }]}
              >
                <Input placeholder="任务内容" style={{ width: 220 }} maxLength={2000} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'ownerDepartmentId']}
                rules={[{ required: true, message: '请选择责任部门' }]}
              >
                <Select
                  placeholder="责任部门"
                  style={{ width: 180 }}
                  options={departments.map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: '请填写期限' }]}>
                <DateInput aria-label="期限" />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} style={{ marginTop: 8 }} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ dueOn: todayInChina() })}>
            添加任务
          </Button>
        </>
      )}
    </Form.List>
  );
}

interface NewConference {
  childId: string;
  topic: string;
  heldOn: string;
  location?: string;
  departmentIds: string[];
  people?: string;
  decisions?: string;
  actions?: ActionValues[];
}

function CreateConference({ onCreated }: { onCreated: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [form] = Form.useForm<NewConference>();
  const childId = Form.useWatch('childId', form);
  const children = useQuery<Page<ChildListItem>, ApiError>({
    queryKey: ['children', 'conference-pick', search],
    queryFn: () => api.get('/children', { query: { q: search, pageSize: 20 } }),
    enabled: open,
  });
  const child = children.data?.items.find((c) => c.id === childId);
  const county = child?.villageCode.slice(0, 6);
  const departments = useDepartments(county);
  const create = useMutation<Conference, ApiError, NewConference>({
    mutationFn: (v) =>
      api.post('/children/{id}/conferences', {
        params: { id: v.childId },
        body: {
          topic: v.topic,
          heldOn: v.heldOn,
          location: v.location || null,
          participants: [
            ...v.departmentIds.map((departmentId) => ({ departmentId })),
            ...(v.people ?? '')
              .split(/[，,、\n]/)
              .map((p) => p.trim())
              .filter(Boolean)
              .map((p) => {
                const [name, unit] = p.split(/[（(）)]/);
                return { name: name!.trim(), unit: unit?.trim() || null };
              }),
          ],
          decisions: v.decisions || null,
          actions: (v.actions ?? []).map((a) => ({ ...a })),
        },
      }),
    onSuccess: () => {
      message.success('已登记个案会商');
      setOpen(false);
      onCreated();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        组织会商
      </Button>
      <Modal
        open={open}
        title="组织个案会商"
        okText="保存"
        cancelText="取消"
        width={760}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<NewConference>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ heldOn: todayInChina(), departmentIds: [] }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="childId" label="儿童" rules={[{ required: true, message: '请选择儿童' }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              placeholder="输入姓名查找"
              loading={children.isFetching}
              options={(children.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.name}（${c.age}岁 · ${c.townshipName ?? ''}${c.villageName ?? ''}）`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="topic"
            label="会商议题"
            rules={[{ required: true, whitespace: true, message: '请写明会商议题' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="heldOn" label="会商日期" rules={[{ required: true, message: '请填写日期' }]}>
              <DateInput />
            </Form.Item>
            <Form.Item name="location" label="地点">
              <Input maxLength={200} style={{ width: 300 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="departmentIds"
            label="参会部门"
            rules={[{ required: true, type: 'array', min: 1, message: '请选择参会部门' }]}
          >
            <Select
              mode="multiple"
              placeholder={child ? '选择本县的部门' : '请先选择儿童'}
              options={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item name="people" label="其他参会人员（姓名（单位），以顿号分隔）">
            <Input placeholder="如：王校长（赤岗中学）、李医生（镇卫生院）" />
          </Form.Item>
          <Form.Item name="decisions" label="会商决定（已召开的可直接填写）">
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Typography.Text type="secondary">任务（会商召开、填写决定后方可分派）</Typography.Text>
          <ActionFields departments={departments.data?.items ?? []} />
        </Form>
      </Modal>
    </>
  );
}

function RecordOutcome({ conference, onDone }: { conference: Conference; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ decisions: string; actions?: ActionValues[] }>();
  // Owners are departments of the child's county: those taking part are the usual choice.
  const owners = conference.participants
    .filter((p) => p.departmentId)
    .map((p) => ({ id: p.departmentId!, name: p.departmentName ?? '' })) as Department[];
  const save = useMutation<Conference, ApiError, { decisions: string; actions?: ActionValues[] }>({
    mutationFn: async (v) => {
      let result = conference;
      if (conference.status === 'planned' || v.decisions !== conference.decisions)
        result = await api.patch('/conferences/{id}', {
          params: { id: conference.id },
          body: { decisions: v.decisions },
        });
      if (v.actions?.length)
        result = await api.post('/conferences/{id}/actions', {
          params: { id: conference.id },
          body: { actions: v.actions },
        });
      return result;
    },
    onSuccess: () => {
      message.success('已记录会商结果');
      setOpen(false);
      onDone();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {conference.status === 'planned' ? '记录会商结果' : '补充决定与任务'}
      </Button>
      <Modal
        open={open}
        title={`会商结果：${conference.topic}`}
        okText="保存"
        cancelText="取消"
        width={720}
        confirmLoading={save.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ decisions: conference.decisions ?? '' }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="decisions"
            label="会商决定"
            rules={[{ required: true, whitespace: true, message: '请填写会商决定' }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Typography.Text type="secondary">分派任务</Typography.Text>
          <ActionFields departments={owners} />
        </Form>
      </Modal>
    </>
  );
}

function ConferenceDetail({ conference, onChanged }: { conference: Conference; onChanged: () => void }) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const close = useMutation<Conference, ApiError>({
    mutationFn: () =>
      // The API documents the body as required (its schema defaults to {}): send the empty one.
      api.post('/conferences/{id}/close', { params: { id: conference.id }, body: {} }),
    onSuccess: () => {
      message.success('会商已结束');
      onChanged();
    },
    onError: (e) => message.error(e.message),
  });
  const manage = can(me, 'conference.manage') && conference.status !== 'closed';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'p',
            label: '参会',
            children: conference.participants
              .map((p) => p.departmentName ?? `${p.name ?? ''}${p.unit ? `（${p.unit}）` : ''}`)
              .join('、'),
          },
          { key: 'l', label: '地点', children: conference.location ?? '—' },
          { key: 'd', label: '会商决定', children: conference.decisions ?? '尚未记录' },
          { key: 'c', label: '组织人', children: conference.convenedByName },
        ]}
      />
      <Table<ConferenceAction>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={conference.actions}
        locale={{ emptyText: '尚未分派任务' }}
        columns={[
          { title: '任务', dataIndex: 'description' },
          { title: '责任方', key: 'owner', render: (_, a) => a.owner.name },
          {
            title: '期限',
            dataIndex: 'dueOn',
            render: (_, a) => <ReferralDue dueOn={a.dueOn} overdue={a.overdue} daysOverdue={a.daysOverdue} />,
          },
          {
            title: '状态',
            dataIndex: 'statusName',
            render: (n: string, a) => <Tag color={ACTION_COLORS[a.status]}>{n}</Tag>,
          },
          { title: '办理结果', dataIndex: 'result', render: (r: string | null) => r ?? '—' },
        ]}
      />
      {manage && (
        <Space>
          <RecordOutcome conference={conference} onDone={onChanged} />
          {conference.status === 'held' && (
            <Button loading={close.isPending} onClick={() => close.mutate()}>
              结束会商
            </Button>
          )}
        </Space>
      )}
    </Space>
  );
}

function ConferencesPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const [status, setStatus] = useState<'all' | 'planned' | 'held' | 'closed'>('all');
  const list = useQuery<{ items: Conference[] }, ApiError>({
    queryKey: ['conferences', status],
    queryFn: () => api.get('/conferences', { query: { status: status === 'all' ? undefined : status } }),
  });
  const refetch = () => void client.invalidateQueries({ queryKey: ['conferences'] });
  if (list.error)
    return <Alert type="error" showIcon title="无法载入个案会商" description={list.error.message} />;
  return (
    <Card
      title="个案会商"
      extra={
        <Space wrap>
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={[
              { value: 'all', label: '全部' },
              { value: 'planned', label: '待召开' },
              { value: 'held', label: '已召开' },
              { value: 'closed', label: '已结束' },
            ]}
          />
          {can(me, 'conference.manage') && <CreateConference onCreated={refetch} />}
        </Space>
      }
    >
      <Table<Conference>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: '暂无个案会商' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (c) => <ConferenceDetail conference={c} onChanged={refetch} />,
        }}
        columns={[
          { title: '会商日期', dataIndex: 'heldOn', render: (d: string) => chineseDate(d) },
          { title: '议题', dataIndex: 'topic' },
          {
            title: '儿童',
            key: 'child',
            render: (_, c) => (
              <Link to={`/children/${c.childId}`} onClick={(e) => e.stopPropagation()}>
                {c.child.name}
              </Link>
            ),
          },
          {
            title: '状态',
            dataIndex: 'statusName',
            render: (n: string, c) => <Tag color={STATUS_COLORS[c.status]}>{n}</Tag>,
          },
          {
            title: '任务',
            key: 'actions',
            render: (_, c) => {
              const open = c.actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
              const overdue = open.filter((a) => a.overdue).length;
              return (
                <span>
                  {c.actions.length}项，未完成{open.length}项
                  {overdue > 0 && <Typography.Text type="danger">（逾期{overdue}项）</Typography.Text>}
                </span>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

export default withFeedback(ConferencesPage);
