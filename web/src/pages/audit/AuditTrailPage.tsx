// 审计日志 for the audit administrator: the whole trail of the region — sign-ins, reads and changes — filtered
// by person, child file, action, date and client address, newest first, and exported as Excel (the export
// itself recorded). Changes show which fields changed, not their values.
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ApiAnswer, ApiError } from '../../api/client';
import { api, apiUrl, withQuery } from '../../api/client';
import { chineseDateTime } from '../../shared/format';

type TrailItem = ApiAnswer<'/audit/events'>['items'][number];

interface Filters {
  actor?: string;
  childId?: string;
  action?: string;
  from?: string;
  to?: string;
  address?: string;
}

const ACTIONS: { value: string; label: string }[] = [
  { value: 'auth.', label: '登录与会话（全部）' },
  { value: 'auth.login', label: '登录成功' },
  { value: 'auth.login_failed', label: '登录失败' },
  { value: 'auth.logout', label: '退出登录' },
  { value: 'auth.password_changed', label: '修改密码' },
  { value: 'auth.session_expired', label: '会话过期' },
  { value: 'auth.second_factor_enrolled', label: '开启两步验证' },
  { value: 'auth.second_factor_failed', label: '动态验证码错误' },
  { value: 'auth.second_factor_disabled', label: '停用两步验证' },
  { value: 'auth.second_factor_reset', label: '管理员重置两步验证' },
  { value: 'auth.recovery_code_used', label: '使用恢复码登录' },
  { value: 'auth.token_refused', label: '访问令牌被拒（已吊销、过期）' },
  { value: 'child.', label: '儿童档案（全部）' },
  { value: 'child.viewed', label: '查看档案' },
  { value: 'children.listed', label: '查询儿童名单' },
  { value: 'children.exported', label: '导出儿童名册' },
  { value: 'user.', label: '账号管理（全部）' },
  { value: 'audit.', label: '审计日志的查阅与导出' },
  { value: 'api_client.', label: '接口客户端的创建与吊销' },
];

const REASONS: Record<string, string> = {
  unknown_user: '用户名不存在',
  bad_password: '密码错误',
  locked: '账号已锁定',
  disabled: '账号已停用',
  throttled: '尝试过于频繁',
  wrong_second_factor: '动态验证码错误',
  too_large: '请求过大',
  bad_input: '输入无效',
  idle: '长时间未操作',
  absolute: '超过最长登录时间',
  revoked: '访问令牌已吊销',
  expired: '访问令牌已过期',
  department_disabled: '令牌所属部门已停用',
};

function describe(item: TrailItem): string {
  const parts: string[] = [];
  const detail = item.detail ?? {};
  if (typeof detail.reason === 'string') parts.push(`原因：${REASONS[detail.reason] ?? detail.reason}`);
  if (typeof detail.username === 'string') parts.push(`用户名：${detail.username}`);
  if (detail.filters && typeof detail.filters === 'object' && Object.keys(detail.filters).length)
    parts.push(`条件：${JSON.stringify(detail.filters)}`);
  if (typeof detail.count === 'number') parts.push(`${detail.count}条`);
  if (item.changes?.length) parts.push(`变更字段：${item.changes.map((c) => c.field).join('、')}`);
  return parts.join('；') || '—';
}

function AuditTrailPage() {
  const [form] = Form.useForm();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const trail = useQuery<{ total: number; items: TrailItem[] }, ApiError>({
    queryKey: ['audit-trail', filters, page],
    queryFn: () => api.get('/audit/events', { query: { ...filters, page, pageSize } }),
  });

  function apply(values: {
    actor?: string;
    childId?: string;
    action?: string;
    dates?: [Dayjs | null, Dayjs | null] | null;
    address?: string;
  }) {
    setPage(1);
    setFilters({
      actor: values.actor?.trim() || undefined,
      childId: values.childId?.trim() || undefined,
      action: values.action || undefined,
      from: values.dates?.[0]?.format('YYYY-MM-DD'),
      to: values.dates?.[1]?.format('YYYY-MM-DD'),
      address: values.address?.trim() || undefined,
    });
  }

  return (
    <Card
      title="审计日志"
      extra={
        <Button icon={<DownloadOutlined />} href={withQuery(apiUrl('/audit/events.xlsx'), { ...filters })}>
          导出 Excel
        </Button>
      }
    >
      <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="actor" label="人员">
          <Input placeholder="用户名或姓名" allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="childId" label="儿童档案">
          <Input placeholder="档案编号" allowClear style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="action" label="操作">
          <Select options={ACTIONS} allowClear placeholder="全部" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="dates" label="日期">
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="address" label="客户端地址">
          <Input placeholder="IP地址或前缀" allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {trail.error && (
        <Alert type="error" showIcon title={trail.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<TrailItem>
        rowKey="id"
        size="small"
        loading={trail.isPending}
        dataSource={trail.data?.items}
        scroll={{ x: 1200 }}
        pagination={{
          current: page,
          pageSize,
          total: trail.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 条`,
        }}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 80 },
          { title: '时间', dataIndex: 'occurredAt', width: 170, render: (v: string) => chineseDateTime(v) },
          {
            title: '人员',
            key: 'actor',
            width: 160,
            render: (_, i) => (i.username ? `${i.actorName}（${i.username}）` : i.actorName),
          },
          { title: '操作', dataIndex: 'action', width: 200 },
          {
            title: '对象',
            key: 'object',
            width: 220,
            render: (_, i) =>
              i.childId ? (
                <Typography.Text copyable={{ text: i.childId }}>
                  档案 {i.childId.slice(0, 8)}…
                </Typography.Text>
              ) : (
                [i.entity, i.entityId].filter(Boolean).join(' ')
              ),
          },
          { title: '说明', key: 'detail', render: (_, i) => describe(i) },
          {
            title: '客户端',
            key: 'client',
            width: 160,
            render: (_, i) => (
              <Tooltip
                title={[
                  i.userAgent && `浏览器：${i.userAgent}`,
                  i.sessionHash && `会话：${i.sessionHash.slice(0, 16)}…`,
                  i.requestId && `请求号：${i.requestId}`,
                ]
                  .filter(Boolean)
                  .join('\n')}
              >
                {i.clientAddress ?? '—'}
              </Tooltip>
            ),
          },
        ]}
      />
    </Card>
  );
}

export default AuditTrailPage;
