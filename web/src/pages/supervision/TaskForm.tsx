// 新增任务: a task of the plan added by hand — under one of its actions or a new one, with its deadline (empty:
// the plan's end) and its measures, each with the units responsible, as the plan's text lists them.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Plan } from '../../api/supervision';
import { DateInput } from '../../shared/DateInput';

const NEW_ACTION = 0;

interface Values {
  action: number;
  actionNo?: string;
  actionTitle?: string;
  taskNo?: string;
  title: string;
  dueOn?: string;
  measures?: { text: string; units: string[] }[];
}

export function TaskForm({ plan }: { plan: Plan }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch('action', form);
  const units = plan.units.map((u) => ({ value: u.name, label: u.name }));
  const add = useMutation<{ id: string }, ApiError, Values>({
    mutationFn: (v) => {
      const existing = plan.actions.find((a) => a.no === v.action);
      return api.post('/supervision/plans/{id}/tasks', {
        params: { id: plan.id },
        body: {
          actionNo: existing ? existing.no : Number(v.actionNo),
          actionTitle: existing ? existing.title : (v.actionTitle ?? ''),
          taskNo: v.taskNo ? Number(v.taskNo) : null,
          title: v.title,
          dueOn: v.dueOn || null,
          measures: (v.measures ?? []).map((m) => ({ text: m.text, units: m.units })),
        },
      });
    },
    onSuccess: () => {
      message.success('已新增任务');
      setOpen(false);
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
        新增任务
      </Button>
      <Modal
        open={open}
        title="新增重点任务"
        okText="保存"
        cancelText="取消"
        width={720}
        confirmLoading={add.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ action: plan.actions[0]?.no ?? NEW_ACTION, measures: [{ text: '', units: [] }] }}
          onFinish={(v) => add.mutate(v)}
        >
          <Form.Item name="action" label="所属行动">
            <Select
              options={[
                ...plan.actions.map((a) => ({ value: a.no, label: `${a.no}. ${a.title}` })),
                { value: NEW_ACTION, label: '新的行动…' },
              ]}
            />
          </Form.Item>
          {action === NEW_ACTION && (
            <Space wrap>
              <Form.Item name="actionNo" label="行动序号" rules={required('请填写行动序号')}>
                <Input type="number" min={1} max={20} style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="actionTitle" label="行动名称" rules={required('请填写行动名称')}>
                <Input maxLength={100} style={{ width: 420 }} />
              </Form.Item>
            </Space>
          )}
          <Space wrap>
            <Form.Item name="taskNo" label="任务序号（不填则接续编号）">
              <Input type="number" min={1} max={200} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="dueOn" label="完成期限（不填为方案结束日）">
              <DateInput style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item name="title" label="重点任务" rules={required('请填写重点任务')}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
          <Form.List name="measures">
            {(fields, { add: addMeasure, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
                    <Form.Item
                      name={[field.name, 'text']}
                      label={`举措${i + 1}`}
                      rules={required('请填写举措，或删去这一条')}
                    >
                      <Input.TextArea rows={2} maxLength={4000} style={{ width: 360 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'units']}
                      label="责任单位"
                      rules={[{ required: true, message: '请填写责任单位' }]}
                    >
                      <Select
                        mode="tags"
                        aria-label={`举措${i + 1}的责任单位`}
                        style={{ width: 220 }}
                        options={units}
                        placeholder="选择或输入单位"
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`删去举措${i + 1}`}
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => addMeasure({ text: '', units: [] })}
                >
                  添加举措
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </>
  );
}
