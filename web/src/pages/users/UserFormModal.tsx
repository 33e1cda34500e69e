// New account or edit one: a role and the region it is bound to (a director to a village, a supervisor to
// a township, the bureau to the county or above), picked from the administrator's own region down.
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { fullCode, shortCode } from '../../../../src/domain/region-code.ts';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Department } from '../../api/departments';
import type { User } from '../../api/types';
import { useSignedIn } from '../../auth/session';
import { ROLE_NAMES, ROLES } from '../../shared/codes';
import { RegionCascader } from '../../shared/RegionCascader';

interface Values {
  username: string;
  displayName: string;
  role: ApiBody<'/users', 'post'>['role'];
  region: string[];
  phone?: string;
  disabled?: boolean;
  departmentId?: string;
}

/** The server's field names, as the form's fields (the message itself is already in Chinese). */
const FORM_FIELDS: Record<string, keyof Values> = {
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  regionCode: 'region',
  phone: 'phone',
  departmentId: 'departmentId',
};

const LEVEL_HINT: Record<string, string> = {
  director: '儿童主任绑定到村（社区）',
  supervisor: '儿童督导员绑定到乡镇（街道）',
  civil_affairs: '民政局工作人员绑定到县（区）或以上',
  admin: '管理员绑定到县（区）或以上',
  department: '部门用户绑定到所属部门所在的县（区）',
};

/** The cascader's path for a stored region: the codes below the administrator's region down to it. */
function pathTo(regionCode: string, root: string): string[] {
  const short = shortCode(regionCode);
  const rootLength = shortCode(root).length;
  return [2, 4, 6, 9, 12]
    .filter((n) => n > rootLength && n <= short.length)
    .map((n) => short.slice(0, n).padEnd(12, '0'));
}

export function UserFormModal({
  user,
  open,
  onClose,
  onCreated,
  onSaved,
}: {
  user: User | null;
  open: boolean;
  onClose: () => void;
  onCreated: (user: User, password: string | null) => void;
  onSaved: () => void;
}) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const isDepartment = role === 'department';
  // A department account lives in its department's county: choosing the department sets the region.
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', 'for-accounts'],
    queryFn: () => api.get('/departments'),
    enabled: isDepartment,
  });
  const manyCounties = new Set(departments.data?.items.map((d) => d.countyCode)).size > 1;
  const save = useMutation<unknown, ApiError, Values>({
    mutationFn: async (v) => {
      const department = departments.data?.items.find((d) => d.id === v.departmentId);
      const regionCode =
        v.role === 'department' && department
          ? fullCode(department.countyCode)
          : (v.region?.at(-1) ?? me.regionCode);
      const departmentId = v.role === 'department' ? (v.departmentId ?? null) : null;
      if (user)
        return api.patch('/users/{id}', {
          params: { id: user.id },
          body: {
            displayName: v.displayName,
            role: v.role,
            regionCode,
            phone: v.phone || null,
            disabled: v.disabled ?? false,
            departmentId,
          },
        });
      const created = await api.post('/users', {
        body: {
          username: v.username,
          displayName: v.displayName,
          role: v.role,
          regionCode,
          phone: v.phone || null,
          departmentId,
        },
      });
      onCreated(created.user, created.password);
      return created;
    },
    onSuccess: () => {
      if (user) {
        message.success('已保存');
        onSaved();
      }
    },
    onError: (e) => {
      let field = e.field ? FORM_FIELDS[e.field] : undefined;
      // The department's county is the account's region: a wrong region is the department's to fix.
      if (field === 'region' && isDepartment) field = 'departmentId';
      if (field) form.setFields([{ name: field, errors: [e.message] }]);
      else message.error(e.message);
    },
  });
  return (
    <Modal
      title={user ? `修改账号：${user.username}` : '新建账号'}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={user ? '保存' : '创建'}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                role: user.role,
                region: pathTo(user.regionCode, me.regionCode),
                phone: user.phone ?? undefined,
                disabled: user.disabled,
                departmentId: user.departmentId ?? undefined,
              }
            : { role: 'director', region: [] }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="username"
          label="用户名"
          rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}
        >
          <Input disabled={!!user} autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))} />
        </Form.Item>
        {isDepartment ? (
          <Form.Item
            name="departmentId"
            label="所属部门"
            extra={LEVEL_HINT.department}
            rules={[{ required: true, message: '请选择所属部门' }]}
          >
            <Select
              id="user-department"
              placeholder="请选择本县已登记的部门"
              loading={departments.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              notFoundContent={departments.isPending ? '加载中…' : '尚未登记部门，请先在“部门管理”中登记'}
              options={departments.data?.items.map((d) => ({
                value: d.id,
                label: manyCounties ? `${d.name}（${d.countyName ?? d.countyCode}）` : d.name,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="region" label="所属区划" extra={role ? LEVEL_HINT[role] : undefined}>
            <RegionCascader
              root={me.regionCode}
              placeholder={me.regionName ?? '本级'}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        <Form.Item name="phone" label="联系电话">
          <Input maxLength={30} />
        </Form.Item>
        {user && (
          <Form.Item name="disabled" label="停用账号" valuePropName="checked">
            <Switch checkedChildren="停用" unCheckedChildren="启用" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
