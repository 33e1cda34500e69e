// 新增人员: one director (a village) or supervisor (a township) entered by hand, with the first post, phone and
// background check; the server checks the ID number and the region's level for the role.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, Space } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import type { WorkerRole } from '../../api/workforce';
import { todayInChina } from '../../shared/format';
import { RegionCascader } from '../../shared/RegionCascader';
import { DateInput } from '../../shared/DateInput';

interface Values {
  name: string;
  idNumber: string;
  role: WorkerRole;
  region: string[];
  phone?: string;
  startedOn?: string;
  backgroundCheckedOn?: string;
  backgroundCheckResult?: 'passed' | 'restricted';
}

export function PersonForm({ me, open, onClose }: { me: Me; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation<{ id: string }, ApiError, Values>({
    mutationFn: (v) =>
      api.post('/workforce/people', {
        body: {
          name: v.name,
          idNumber: v.idNumber,
          role: v.role,
          regionCode: v.region.at(-1)!,
          phone: v.phone || null,
          startedOn: v.startedOn || null,
          backgroundCheckedOn: v.backgroundCheckedOn || null,
          backgroundCheckResult: v.backgroundCheckedOn ? (v.backgroundCheckResult ?? 'passed') : null,
        },
      }),
    onSuccess: (_, v) => {
      message.success(`已登记 ${v.name}`);
      form.resetFields();
      for (const key of ['workforce-ledger', 'workforce-coverage', 'training-coverage'])
        void client.invalidateQueries({ queryKey: [key] });
      onClose();
    },
    onError: (e) => {
      if (e.field === 'regionCode') form.setFields([{ name: 'region', errors: [e.message] }]);
      else if (e.field === 'idNumber') form.setFields([{ name: 'idNumber', errors: [e.message] }]);
      else message.error(e.message);
    },
  });
  return (
    <Modal
      open={open}
      title="新增人员"
      okText="登记"
      cancelText="取消"
      okButtonProps={{ loading: create.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ role: 'director', backgroundCheckResult: 'passed' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Space wrap>
          <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input maxLength={50} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="身份证号码"
            rules={[{ required: true, message: '请填写身份证号码' }]}
          >
            <Input maxLength={18} style={{ width: 220 }} className="mono" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="role" label="岗位">
            <Select
              aria-label="新增人员岗位"
              style={{ width: 140 }}
              options={[
                { value: 'director', label: '儿童主任' },
                { value: 'supervisor', label: '儿童督导员' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="region"
            label="任职地（儿童主任选村，督导员选乡镇）"
            rules={[{ required: true, message: '请选择任职地' }]}
          >
            <RegionCascader
              root={me.regionCode}
              placeholder="选择乡镇或村（社区）"
              style={{ width: 260 }}
              id="person-region"
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={20} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="startedOn" label="任职日期">
            <DateInput max={todayInChina()} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="backgroundCheckedOn" label="入职查询日期">
            <DateInput max={todayInChina()} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="backgroundCheckResult" label="查询结果">
            <Select
              style={{ width: 180 }}
              options={[
                { value: 'passed', label: '通过（无从业限制）' },
                { value: 'restricted', label: '存在从业限制' },
              ]}
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
