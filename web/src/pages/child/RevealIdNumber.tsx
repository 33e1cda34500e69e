// 查看完整身份证号码: one number of one child at a time, with a reason chosen or typed; the server records it
// and limits how many a person may see an hour. The number is kept only in this component's state.
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { can, useSignedIn } from '../../auth/session';

export type RevealField = 'idNumber' | 'father.idNumber' | 'mother.idNumber' | 'caregiver.idNumber';

const REASONS = ['办理救助或保障待遇', '核对户籍或学籍信息', '部门核实或转介', '强制报告或报警'];
const OTHER = '其他';

export function RevealIdNumber({
  childId,
  field,
  masked,
}: {
  childId: string;
  field: RevealField;
  masked: string | null;
}) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [form] = Form.useForm<{ choice: string; other?: string }>();
  const choice = Form.useWatch('choice', form);
  const reveal = useMutation<{ value: string | null; remaining: number }, ApiError, string>({
    mutationFn: (reason) =>
      api.post('/children/{id}/reveal', { params: { id: childId }, body: { field, reason } }),
    onSuccess: (result) => {
      setValue(result.value ?? '—');
      setOpen(false);
      message.info(`已记录本次查看，本小时内还可查看 ${result.remaining} 次`);
    },
    onError: (error) => message.error(error.message),
  });
  if (!masked) return <>—</>;
  return (
    <Space size={4}>
      <span className="mono">{value ?? masked}</span>
      {can(me, 'child.id_number.reveal') && value === null && (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
          查看
        </Button>
      )}
      <Modal
        title="查看完整身份证号码"
        open={open}
        okText="查看（记录在案）"
        confirmLoading={reveal.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          void form
            .validateFields()
            .then((v) => reveal.mutate(v.choice === OTHER ? (v.other ?? '').trim() : v.choice))
        }
        destroyOnHidden
      >
        <p>完整号码只用于办理具体事项。每次查看都会记录查看人、时间和理由。</p>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="choice" label="查看理由" rules={[{ required: true, message: '请选择查看理由' }]}>
            <Radio.Group>
              <Space direction="vertical">
                {[...REASONS, OTHER].map((r) => (
                  <Radio key={r} value={r}>
                    {r}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          {choice === OTHER && (
            <Form.Item
              name="other"
              label="写明理由"
              rules={[{ required: true, whitespace: true, min: 2, message: '请写明查看理由' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
