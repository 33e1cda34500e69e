// 受限档案（敏感个案）: what someone not named on a restricted file sees (that it exists, whom to contact), and
// for the bureau the form that restricts a file, names its case workers, or lifts the restriction.
import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Modal, Result, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiAnswer, ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildFile } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';

const REASONS = [
  { value: 'sexual_abuse', label: '遭受性侵害' },
  { value: 'whereabouts_hidden', label: '去向须对父母（一方）保密' },
  { value: 'other', label: '其他' },
];

type RestrictionView = ApiAnswer<'/children/{id}/restriction'>;

type RestrictionBody = ApiBody<'/children/{id}/restriction', 'put'>;

const useRestriction = (childId: string) =>
  useQuery<RestrictionView, ApiError>({
    queryKey: ['child', childId, 'restriction'],
    queryFn: () => api.get('/children/{id}/restriction', { params: { id: childId } }),
  });

export const RestrictedTag = () => (
  <Tag icon={<LockOutlined />} color="purple">
    受限
  </Tag>
);

/** In place of the file, for someone in scope who is not named on it. */
export function RestrictedStub({ childId }: { childId: string }) {
  const view = useRestriction(childId);
  const contact = view.data?.contact;
  return (
    <Result
      icon={<LockOutlined />}
      title="受限档案（敏感个案）"
      subTitle={
        <>
          <p>只有负责的儿童主任、指定个案工作人员和县级指定联系人可查看该档案详情。</p>
          {contact ? (
            <p>
              如需了解或协助，请联系{contact.role}：{contact.name}
              {contact.phone ? `（${contact.phone}）` : ''}
            </p>
          ) : (
            <p>如需了解或协助，请联系县民政局。</p>
          )}
        </>
      }
      extra={<Link to="/children">返回儿童列表</Link>}
    />
  );
}

/** On the file: the restriction as set, and for the bureau the means to set, change or lift it. */
export function RestrictionCard({ child, onChanged }: { child: ChildFile; onChanged: () => void }) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const view = useRestriction(child.id);
  const [editing, setEditing] = useState(false);
  const [lifting, setLifting] = useState(false);
  const [form] = Form.useForm<RestrictionBody>();
  const [liftReason, setLiftReason] = useState('');
  const users = useQuery<{ items: { id: string; displayName: string; roleName: string; role: string }[] }>({
    queryKey: ['users'],
    queryFn: () => api.get('/users'),
    enabled: editing && can(me, 'user.manage'),
  });
  const save = useMutation<unknown, ApiError, RestrictionBody>({
    mutationFn: (body) => api.put('/children/{id}/restriction', { params: { id: child.id }, body }),
    onSuccess: () => {
      message.success('已保存受限设置，并记录在案');
      setEditing(false);
      void view.refetch();
      onChanged();
    },
    onError: (e) => message.error(e.message),
  });
  const lift = useMutation<unknown, ApiError, string>({
    mutationFn: (reason) =>
      api.delete('/children/{id}/restriction', { params: { id: child.id }, body: { reason } }),
    onSuccess: () => {
      message.success('已取消受限，并记录在案');
      setLifting(false);
      void view.refetch();
      onChanged();
    },
    onError: (e) => message.error(e.message),
  });
  const d = view.data?.details;
  const may = can(me, 'child.restrict');
  if (!view.data?.restricted && !may) return null;
  const members = d?.members ?? [];
  const options = [
    ...members.map((m) => ({ value: m.id, label: m.name })),
    ...(users.data?.items ?? [])
      .filter((u) => u.role !== 'department' && !members.some((m) => m.id === u.id))
      .map((u) => ({ value: u.id, label: `${u.displayName}（${u.roleName}）` })),
  ];
  return (
    <Card
      size="small"
      title={
        <Space>
          <LockOutlined />
          受限档案（敏感个案）
        </Space>
      }
      style={{ marginBottom: 16 }}
      extra={
        may && (
          <Space>
            <Button size="small" onClick={() => setEditing(true)}>
              {view.data?.restricted ? '修改设置' : '设为受限档案'}
            </Button>
            {view.data?.restricted && (
              <Button size="small" danger onClick={() => setLifting(true)}>
                取消受限
              </Button>
            )}
          </Space>
        )
      }
    >
      {d ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="受限原因">{d.reasonName}</Descriptions.Item>
          {d.note && <Descriptions.Item label="说明">{d.note}</Descriptions.Item>}
          <Descriptions.Item label="指定个案工作人员">
            {members.map((m) => m.name).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="县级指定联系人">{view.data?.contact?.name ?? '未指定'}</Descriptions.Item>
        </Descriptions>
      ) : (
        '未设为受限档案。性侵害案件、须对父母保密去向等敏感个案可设为受限，只有负责的儿童主任、指定个案工作人员和县级指定联系人可查看详情。'
      )}
      <Modal
        title="受限档案设置"
        open={editing}
        okText="保存（记录在案）"
        confirmLoading={save.isPending}
        onCancel={() => setEditing(false)}
        onOk={() =>
          void form.validateFields().then((v) => save.mutate({ ...v, memberIds: v.memberIds ?? [] }))
        }
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ reason: d?.reason, note: d?.note ?? '', memberIds: members.map((m) => m.id) }}
        >
          <Form.Item name="reason" label="受限原因" rules={[{ required: true, message: '请选择受限原因' }]}>
            <Select options={REASONS} />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="memberIds" label="指定个案工作人员（负责的儿童主任和县级指定联系人无须指定）">
            <Select mode="multiple" options={options} optionFilterProp="label" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="取消受限"
        open={lifting}
        okText="取消受限（记录在案）"
        okButtonProps={{ danger: true, disabled: liftReason.trim().length < 2 }}
        confirmLoading={lift.isPending}
        onCancel={() => setLifting(false)}
        onOk={() => lift.mutate(liftReason.trim())}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label="取消理由"
          rows={2}
          placeholder="请写明取消理由"
          value={liftReason}
          onChange={(e) => setLiftReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
