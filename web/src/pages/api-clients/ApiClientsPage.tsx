// 接口客户端: the county's bureau gives a department's own system a token for the API (issue 22) — a name,
// the department, what it may do, until when. The secret is shown once, here, right after creating it; the
// server keeps only its hash. Revoking ends the system's access at once.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from '../../shared/dayjs';
import { useState } from 'react';
import { API_SCOPE_NAMES, type ApiClient, type ApiScope, type CreatedApiClient } from '../../api/apiClients';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Department } from '../../api/departments';
import { chineseDate, chineseDateTime, todayInChina } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { DateInput } from '../../shared/DateInput';

const STATUS: Record<ApiClient['status'], { text: string; color?: string }> = {
  active: { text: '有效', color: 'green' },
  expired: { text: '已过期', color: 'orange' },
  revoked: { text: '已吊销' },
};

interface FormValues {
  name: string;
  departmentId: string;
  scopes: ApiScope[];
  expiresOn: string;
}

function OneTimeSecret({ created }: { created: CreatedApiClient }) {
  return (
    <div>
      <Alert
        type="warning"
        showIcon
        title="密钥只显示这一次"
        description="请立即复制，通过安全渠道交给该部门系统的负责人，配置在其服务器上；不要通过聊天工具或邮件明文发送。关闭后无法再次查看，遗失只能吊销后重新创建。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph>
        客户端：<Typography.Text strong>{created.client.name}</Typography.Text>（
        {created.client.department.name}）
      </Typography.Paragraph>
      <Typography.Paragraph>
        访问令牌：
        <Typography.Text
          strong
          copyable={{ text: created.secret, tooltips: ['复制', '已复制'] }}
          className="mono api-client-secret"
          style={{ wordBreak: 'break-all' }}
        >
          {created.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        调用时在请求头中携带 <Typography.Text code>Authorization: Bearer 访问令牌</Typography.Text>
        ，详见 /api/docs 与对接指南。
      </Typography.Paragraph>
    </div>
  );
}

function CreateModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (c: CreatedApiClient) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments'],
    queryFn: () => api.get('/departments'),
  });
  const create = useMutation<CreatedApiClient, ApiError, FormValues>({
    mutationFn: (v) =>
      api.post('/api-clients', {
        body: {
          name: v.name,
          departmentId: v.departmentId,
          scopes: v.scopes,
          expiresOn: v.expiresOn,
        },
      }),
    onSuccess: onCreated,
    onError: (e) => {
      if (e.field) form.setFields([{ name: e.field as keyof FormValues, errors: [e.message] }]);
    },
  });
  const today = dayjs(todayInChina());
  return (
    <Modal
      open
      title="新建接口客户端"
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {create.error && !create.error.field && (
        <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ scopes: [], expiresOn: today.add(6, 'month').format('YYYY-MM-DD') }}
        onFinish={(v) => create.mutate(v)}
      >
        <Form.Item
          name="name"
          label="名称"
          extra="审计日志以此名称记录该系统的每次操作，如“教育局学籍系统”"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 60, message: '最多60个字' },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="departmentId" label="所属部门" rules={[{ required: true, message: '请选择部门' }]}>
          <Select
            loading={departments.isPending}
            showSearch
            optionFilterProp="label"
            options={departments.data?.items
              .filter((d) => !d.disabled)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="scopes" label="权限范围" rules={[{ required: true, message: '请至少选择一项' }]}>
          <Checkbox.Group
            options={(Object.keys(API_SCOPE_NAMES) as ApiScope[]).map((s) => ({
              value: s,
              label: `${API_SCOPE_NAMES[s]}（${s}）`,
            }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label="有效期至"
          extra="最长12个月；到期后令牌自动失效"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DateInput min={today.format('YYYY-MM-DD')} max={today.add(12, 'month').format('YYYY-MM-DD')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ApiClientsPage() {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [creating, setCreating] = useState(false);
  const clients = useQuery<{ items: ApiClient[] }, ApiError>({
    queryKey: ['api-clients'],
    queryFn: () => api.get('/api-clients'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['api-clients'] });
  const revoke = useMutation<ApiClient, ApiError, ApiClient>({
    mutationFn: (c) => api.post('/api-clients/{id}/revoke', { params: { id: c.id } }),
    onSuccess: (c) => {
      message.success(`已吊销 ${c.name}，其令牌已失效`);
      void refresh();
    },
    onError: (e) => message.error(e.message),
  });

  return (
    <Card
      title="接口客户端"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建接口客户端
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        为本县部门的业务系统发放访问令牌，使其通过接口上传比对名册、查看和答复报送。令牌只能在所选部门和权限范围内使用，其操作与人员操作一样记入审计日志。
      </Typography.Paragraph>
      {clients.error && (
        <Alert type="error" showIcon title={clients.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<ApiClient>
        rowKey="id"
        size="middle"
        loading={clients.isPending}
        dataSource={clients.data?.items}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个` }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '所属部门', key: 'department', render: (_, c) => c.department.name },
          {
            title: '权限范围',
            dataIndex: 'scopes',
            render: (scopes: ApiScope[]) => scopes.map((s) => <Tag key={s}>{API_SCOPE_NAMES[s]}</Tag>),
          },
          { title: '有效期至', dataIndex: 'expiresOn', render: (d: string) => chineseDate(d) },
          {
            title: '状态',
            dataIndex: 'status',
            render: (s: ApiClient['status']) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag>,
          },
          { title: '密钥开头', dataIndex: 'secretHint', render: (h: string) => <code>{h}…</code> },
          {
            title: '最近使用',
            dataIndex: 'lastUsedAt',
            render: (t: string | null) => (t ? chineseDateTime(t) : '从未使用'),
          },
          {
            title: '创建',
            key: 'created',
            render: (_, c) => `${c.createdByName} ${chineseDateTime(c.createdAt)}`,
          },
          {
            title: '操作',
            key: 'actions',
            fixed: 'right',
            render: (_, c) =>
              c.status === 'revoked' ? (
                <Typography.Text type="secondary">
                  {c.revokedByName} 于 {chineseDateTime(c.revokedAt)} 吊销
                </Typography.Text>
              ) : (
                <Popconfirm
                  title={`吊销 ${c.name}？`}
                  description="吊销后该系统的令牌立即失效，且不能恢复。"
                  okText="吊销"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => revoke.mutate(c)}
                >
                  <Button type="link" size="small" danger>
                    吊销
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {creating && (
        <CreateModal
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void refresh();
            modal.info({
              title: `已创建接口客户端 ${created.client.name}`,
              width: 560,
              content: <OneTimeSecret created={created} />,
              okText: '我已妥善保存',
            });
          }}
        />
      )}
    </Card>
  );
}

export default withFeedback(ApiClientsPage);
