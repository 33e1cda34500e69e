// 部门管理: the county bureau registers the departments referrals, conferences and shared lists go to
// (公安、检察院、法院、教育 …), edits their contact and retires them (a department is never deleted: retiring
// closes its accounts' view). Above the list, the kinds referrals need that the county has not registered.
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
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Department, DepartmentGap } from '../../api/departments';
import { regionLevel } from '../../../../src/domain/region-code.ts';
import { GapAlert } from './GapAlert';
import { useSignedIn } from '../../auth/session';
import { withFeedback } from '../../shared/withFeedback';

interface Values {
  countyCode: string;
  kind: ApiBody<'/departments', 'post'>['kind'];
  name: string;
  contactPerson?: string;
  phone?: string;
}

const FIELDS = ['countyCode', 'kind', 'name', 'contactPerson', 'phone'] as const;

function DepartmentForm({
  editing,
  counties,
  onClose,
}: {
  editing: Department | null;
  counties: { value: string; label: string }[];
  onClose: () => void;
}) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kinds = useQuery<{ items: { kind: string; name: string }[] }, ApiError>({
    queryKey: ['departments', 'kinds'],
    queryFn: () => api.get('/departments/kinds'),
  });
  const save = useMutation<Department, ApiError, Values>({
    mutationFn: (v) =>
      editing
        ? api.patch('/departments/{id}', {
            params: { id: editing.id },
            body: {
              name: v.name,
              contactPerson: v.contactPerson?.trim() || null,
              phone: v.phone?.trim() || null,
            },
          })
        : api.post('/departments', {
            body: {
              countyCode: v.countyCode,
              kind: v.kind,
              name: v.name,
              contactPerson: v.contactPerson?.trim() || null,
              phone: v.phone?.trim() || null,
            },
          }),
    onSuccess: (d) => {
      message.success(editing ? `已保存 ${d.name}` : `已登记 ${d.name}`);
      void client.invalidateQueries({ queryKey: ['departments'] });
      onClose();
    },
    onError: (e) => {
      if (e.field && (FIELDS as readonly string[]).includes(e.field))
        form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      else message.error(e.message);
    },
  });
  return (
    <Modal
      open
      title={editing ? `修改部门：${editing.name}` : '登记部门'}
      okText={editing ? '保存' : '登记'}
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          editing
            ? {
                countyCode: editing.countyCode,
                kind: editing.kind,
                name: editing.name,
                contactPerson: editing.contactPerson ?? undefined,
                phone: editing.phone ?? undefined,
              }
            : { countyCode: counties[0]?.value }
        }
        onFinish={(v) => save.mutate(v)}
      >
        {counties.length > 1 && (
          <Form.Item
            name="countyCode"
            label="所属县（市、区）"
            rules={[{ required: true, message: '请选择县（市、区）' }]}
          >
            <Select options={counties} disabled={!!editing} placeholder="请选择" />
          </Form.Item>
        )}
        {counties.length <= 1 && (
          <Form.Item name="countyCode" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="kind" label="部门类别" rules={[{ required: true, message: '请选择部门类别' }]}>
          <Select
            id="department-kind"
            disabled={!!editing}
            placeholder="请选择"
            showSearch={{ optionFilterProp: 'label' }}
            options={kinds.data?.items.map((k) => ({ value: k.kind, label: k.name }))}
            loading={kinds.isPending}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label="部门名称"
          rules={[{ required: true, whitespace: true, message: '请填写部门名称' }]}
        >
          <Input maxLength={100} placeholder="如：普宁市公安局" />
        </Form.Item>
        <Form.Item name="contactPerson" label="联系人">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label="联系电话">
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DepartmentsPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<Department | null | undefined>(undefined);
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', 'all', showRetired],
    queryFn: () => api.get('/departments', { query: { includeDisabled: showRetired ? 'true' : undefined } }),
  });
  const gaps = useQuery<{ items: DepartmentGap[] }, ApiError>({
    queryKey: ['departments', 'gaps'],
    queryFn: () => api.get('/departments/gaps'),
  });
  // A county's bureau registers its own county's departments; a city's chooses among its counties.
  const countyLevel = regionLevel(me.regionCode) !== 'province' && regionLevel(me.regionCode) !== 'city';
  const counties = useQuery<{ items: { code: string; name: string }[] }, ApiError>({
    queryKey: ['regions', me.regionCode, 'counties'],
    queryFn: () => api.get('/regions/{code}/children', { params: { code: me.regionCode } }),
    enabled: !countyLevel,
  });
  const countyOptions = countyLevel
    ? [{ value: me.regionCode.slice(0, 6), label: me.regionName ?? me.regionCode.slice(0, 6) }]
    : (counties.data?.items ?? []).map((c) => ({ value: c.code.slice(0, 6), label: c.name }));
  const retire = useMutation<Department, ApiError, { department: Department; disabled: boolean }>({
    mutationFn: ({ department, disabled }) =>
      api.patch('/departments/{id}', { params: { id: department.id }, body: { disabled } }),
    onSuccess: (d) => {
      message.success(d.disabled ? `已停用 ${d.name}` : `已启用 ${d.name}`);
      void client.invalidateQueries({ queryKey: ['departments'] });
    },
    onError: (e) => message.error(e.message),
  });

  return (
    <Card
      title="部门管理"
      extra={
        <Space>
          <Checkbox checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)}>
            显示已停用
          </Checkbox>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            登记部门
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <GapAlert gaps={gaps.data?.items ?? []} />
        {departments.error && <Alert type="error" showIcon title={departments.error.message} />}
        <Table<Department>
          rowKey="id"
          size="middle"
          loading={departments.isPending}
          dataSource={departments.data?.items}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: '尚未登记部门' }}
          columns={[
            ...(countyLevel ? [] : [{ title: '县（市、区）', dataIndex: 'countyName' as const }]),
            { title: '类别', dataIndex: 'kindName' },
            { title: '名称', dataIndex: 'name' },
            { title: '联系人', dataIndex: 'contactPerson', render: (v: string | null) => v ?? '—' },
            { title: '联系电话', dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
            {
              title: '状态',
              key: 'status',
              render: (_: unknown, d: Department) =>
                d.disabled ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>,
            },
            {
              title: '操作',
              key: 'actions',
              render: (_: unknown, d: Department) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(d)}>
                    修改
                  </Button>
                  {d.disabled ? (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => retire.mutate({ department: d, disabled: false })}
                    >
                      启用
                    </Button>
                  ) : (
                    <Popconfirm
                      title={`停用 ${d.name}？`}
                      description="停用后该部门的账号立即看不到报送，也不能再向它报送。"
                      okText="停用"
                      cancelText="取消"
                      onConfirm={() => retire.mutate({ department: d, disabled: true })}
                    >
                      <Button type="link" size="small" danger>
                        停用
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {editing !== undefined && (
        <DepartmentForm editing={editing} counties={countyOptions} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}

export default withFeedback(DepartmentsPage);
