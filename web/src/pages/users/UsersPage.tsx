// 账号管理 for administrators: accounts under their region, new ones, edits, password resets (the new
// password shown once), lock and unlock.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { get, post } from '../../api/client';
import type { User } from '../../api/types';
import { chineseDateTime } from '../../shared/format';
import { OneTimePassword } from './OneTimePassword';
import { UserFormModal } from './UserFormModal';
import { withFeedback } from '../../shared/withFeedback';

function Status({ user }: { user: User }) {
  if (user.disabled) return <Tag>已停用</Tag>;
  if (user.locked) return <Tag color="red">已锁定</Tag>;
  return <Tag color="green">正常</Tag>;
}

function UsersPage() {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const users = useQuery<{ items: User[] }, ApiError>({ queryKey: ['users'], queryFn: () => get('/users') });
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
    mutationFn: (u) => post(`/users/${u.id}/reset-password`, {}),
    onSuccess: (result, u) => showPassword(u, result.password, `已重置 ${u.displayName} 的密码`),
    onError: (e) => message.error(e.message),
  });
  const lock = useMutation<User, ApiError, { user: User; locked: boolean }>({
    mutationFn: ({ user, locked }) => post(`/users/${user.id}/${locked ? 'lock' : 'unlock'}`),
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
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新建账号
        </Button>
      }
    >
      {users.error && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isPending}
        dataSource={users.data?.items}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个账号` }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'roleName' },
          { title: '所属区划', dataIndex: 'regionName', render: (n, u) => n ?? u.regionCode },
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
