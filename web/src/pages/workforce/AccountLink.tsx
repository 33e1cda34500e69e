// 关联账号: links a person of the ledger to the login account they use (a director's or supervisor's of the
// same village or township as one of their posts), or unlinks it. The server lists only accounts it would
// accept; one already linked to someone else is shown with that person's name and cannot be chosen.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Popconfirm, Select, Space } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { AccountCandidate, PersonFile } from '../../api/workforce';

export function AccountLink({
  person,
  link,
  saving,
}: {
  person: PersonFile;
  link: (userId: string | null) => void;
  saving: boolean;
}) {
  const accounts = useQuery<{ items: AccountCandidate[] }, ApiError>({
    queryKey: ['workforce-person', person.id, 'accounts'],
    queryFn: () => api.get('/workforce/people/{id}/accounts', { params: { id: person.id } }),
  });
  const items = accounts.data?.items ?? [];
  const options = items
    .filter((a) => a.id !== person.user?.id)
    .map((a) => {
      const holder = a.linkedTo && a.linkedTo.id !== person.id ? a.linkedTo.name : null;
      return {
        value: a.id,
        disabled: holder !== null,
        label: `${a.displayName}（${a.username}）${holder !== null ? ` · 已关联 ${holder}` : ''}`,
      };
    });
  return (
    <Form<{ userId: string }>
      layout="inline"
      style={{ rowGap: 8, marginBottom: 12 }}
      onFinish={(v) => link(v.userId)}
      className="account-link"
    >
      {accounts.error && <Alert type="error" showIcon title={accounts.error.message} />}
      <Form.Item name="userId" label="关联账号" rules={[{ required: true, message: '请选择账号' }]}>
        <Select
          aria-label="关联账号"
          style={{ width: 260 }}
          loading={accounts.isLoading}
          options={options}
          notFoundContent={accounts.isLoading ? '加载中…' : '没有与此人任职相符的账号'}
        />
      </Form.Item>
      <Space>
        <Button htmlType="submit" loading={saving} disabled={!options.some((o) => !o.disabled)}>
          {person.user ? '改为关联此账号' : '关联账号'}
        </Button>
        {person.user && (
          <Popconfirm
            title="解除此人与系统账号的关联？"
            okText="解除"
            cancelText="取消"
            onConfirm={() => link(null)}
          >
            <Button danger>解除关联</Button>
          </Popconfirm>
        )}
      </Space>
    </Form>
  );
}
