// 账号管理 for administrators: accounts under their region, searched (name, username, phone) and filtered
// (role, township or village, status, never signed in) on the server a page at a time, exported as XLSX with
// the same filters; new ones, edits, password resets (the new password shown once), lock and unlock, and a
// reset of 两步验证 for someone who lost the phone.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Checkbox, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { regionLevel } from '../../../../src/domain/region-code.ts';
import type { ApiError, ApiQuery } from '../../api/client';
import { api, apiUrl, withQuery } from '../../api/client';
import type { Page, User } from '../../api/types';
import { RegionCascader } from '../../shared/RegionCascader';
import { ROLE_NAMES, ROLES } from '../../shared/codes';
import { chineseDateTime } from '../../shared/format';
import { OneTimePassword } from './OneTimePassword';
import { UserFormModal } from './UserFormModal';
import { withFeedback } from '../../shared/withFeedback';
import { can, useSignedIn } from '../../auth/session';

function Status({ user }: { user: User }) {
  if (user.disabled) return <Tag>已停用</Tag>;
  if (user.locked) return <Tag color="red">已锁定</Tag>;
  return <Tag color="green">正常</Tag>;
}

interface Filters {
  q?: string;
  role?: NonNullable<ApiQuery<'/users'>>['role'];
  township?: string;
  village?: string;
  status?: 'enabled' | 'disabled';
  neverSignedIn?: 'true';
}

/** The cascader's chosen path as the township and village filters. */
function areaOf(path: string[]): Pick<Filters, 'township' | 'village'> {
  const last = path.at(-1);
  if (!last) return {};
  const level = regionLevel(last);
  if (level === 'village') return { village: last };
  if (level === 'township') return { township: last };
  return {};
}

function UsersPage() {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  // 三员分立: the security administrator sees the accounts to unlock them and change roles, makes none.
  const manage = can(useSignedIn(), 'user.manage');
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const me = useSignedIn();
  const [filters, setFilters] = useState<Filters>({});
  const [area, setArea] = useState<string[]>([]);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const users = useQuery<Page<User>, ApiError>({
    queryKey: ['users', filters, paging],
    queryFn: () => api.get('/users', { query: { ...filters, ...paging } }),
    placeholderData: keepPreviousData,
  });
  const filter = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });

  function showPassword(user: User, password: string | null, title: string) {
    if (!password) return;
    modal.info({
      title,
      width: 480,
      content: <OneTimePassword username={user.username} password={password} />,
      okText: '我已记下',
    });
  }

  const reset = useMutation<{ password: string | null }, ApiError, User>({
    mutationFn: (u) => api.post('/users/{id}/reset-password', { params: { id: u.id }, body: {} }),
    onSuccess: (result, u) => showPassword(u, result.password, `已重置 ${u.displayName} 的密码`),
    onError: (e) => message.error(e.message),
  });
  const canResetFactor = can(me, 'user.second_factor.reset');
  const resetFactor = useMutation<User, ApiError, User>({
    mutationFn: (u) => api.post('/users/{id}/second-factor/reset', { params: { id: u.id } }),
    onSuccess: (u) => {
      message.success(`已重置 ${u.displayName} 的两步验证，其下次登录后须重新绑定`);
      void refresh();
    },
    onError: (e) => message.error(e.message),
  });
  const lock = useMutation<User, ApiError, { user: User; locked: boolean }>({
    mutationFn: ({ user, locked }) =>
      locked
        ? api.post('/users/{id}/lock', { params: { id: user.id } })
        : api.post('/users/{id}/unlock', { params: { id: user.id } }),
    onSuccess: (u) => {
      message.success(u.locked ? `已锁定 ${u.displayName}` : `已解锁 ${u.displayName}`);
      void refresh();
    },
    onError: (e) => message.error(e.message),
  });

  return (
    <Card
      title="账号管理"
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={withQuery(apiUrl('/users/export.xlsx'), { ...filters })}>
            导出
          </Button>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              新建账号
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }} className="user-filters">
        <Input.Search
          id="user-search"
          allowClear
          placeholder="姓名、用户名或电话"
          style={{ width: 220 }}
          onSearch={(q) => filter({ q: q.trim() || undefined })}
        />
        <Select
          id="user-role"
          allowClear
          placeholder="全部角色"
          style={{ width: 160 }}
          value={filters.role}
          onChange={(role?: Filters['role']) => filter({ role })}
          options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
        />
        <RegionCascader
          id="user-area"
          root={me.regionCode}
          placeholder="全部乡镇、村"
          style={{ width: 240 }}
          value={area}
          onChange={(path) => {
            setArea(path ?? []);
            filter({ township: undefined, village: undefined, ...areaOf(path ?? []) });
          }}
        />
        <Select
          id="user-status"
          allowClear
          placeholder="全部状态"
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status?: 'enabled' | 'disabled') => filter({ status })}
          options={[
            { value: 'enabled', label: '启用' },
            { value: 'disabled', label: '已停用' },
          ]}
        />
        <Checkbox
          checked={filters.neverSignedIn === 'true'}
          onChange={(e) => filter({ neverSignedIn: e.target.checked ? 'true' : undefined })}
        >
          从未登录
        </Checkbox>
      </Space>
      {users.error && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isFetching}
        dataSource={users.data?.items}
        scroll={{ x: 1100 }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => `共 ${n} 个账号`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        locale={{ emptyText: '没有符合条件的账号' }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roleName' },
          {
            title: '所属区划',
            dataIndex: 'regionName',
            // Villages of one name lie in several townships: the township goes with it.
            render: (n: string | null, u) => [u.townshipName, n ?? u.regionCode].filter(Boolean).join(' '),
          },
          { title: '所属部门', dataIndex: 'departmentName', render: (d: string | null) => d ?? '—' },
          { title: '联系电话', dataIndex: 'phone', render: (p) => p ?? '—' },
          { title: '状态', key: 'status', render: (_, u) => <Status user={u} /> },
          {
            title: '最近登录',
            dataIndex: 'lastLoginAt',
            render: (t) => (t ? chineseDateTime(t) : '从未登录'),
          },
          {
            title: '操作',
            key: 'actions',
            fixed: 'right',
            render: (_, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(u)}>
                  修改
                </Button>
                <Popconfirm
                  title={`重置 ${u.displayName} 的密码？`}
                  description="将生成新密码并只显示一次，原密码立即失效。"
                  okText="重置"
                  cancelText="取消"
                  onConfirm={() => reset.mutate(u)}
                >
                  <Button type="link" size="small">
                    重置密码
                  </Button>
                </Popconfirm>
                {canResetFactor && u.secondFactorEnabled && u.id !== me.id && (
                  <Popconfirm
                    title={`重置 ${u.displayName} 的两步验证？`}
                    description="用于手机丢失：其现有登录将退出，凭密码登录后须重新绑定。此操作记入审计日志。"
                    okText="重置"
                    cancelText="取消"
                    onConfirm={() => resetFactor.mutate(u)}
                  >
                    <Button type="link" size="small">
                      重置两步验证
                    </Button>
                  </Popconfirm>
                )}
                {u.locked ? (
                  <Button type="link" size="small" onClick={() => lock.mutate({ user: u, locked: false })}>
                    解锁
                  </Button>
                ) : (
                  <Popconfirm
                    title={`锁定 ${u.displayName}？`}
                    description="锁定后该账号无法登录，直至解锁。"
                    okText="锁定"
                    cancelText="取消"
                    onConfirm={() => lock.mutate({ user: u, locked: true })}
                  >
                    <Button type="link" size="small" danger>
                      锁定
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <UserFormModal
          user={editing}
          open
          onClose={() => setEditing(undefined)}
          onCreated={(user, password) => {
            setEditing(undefined);
            void refresh();
            if (password) showPassword(user, password, `已创建账号 ${user.displayName}`);
            else message.success('已创建账号');
          }}
          onSaved={() => {
            setEditing(undefined);
            void refresh();
          }}
        />
      )}
    </Card>
  );
}

export default withFeedback(UsersPage);
