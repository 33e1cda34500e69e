// 调高等级: a person may raise a child's level above the one the facts give, with a written reason, never
// below it; a raised level may be withdrawn, back to the derived one.
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildFile, Level, VersionLevel } from '../../api/types';
import { LEVELS, levelRank } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';

interface Values {
  level: Level | 'derived';
  reason?: string;
}

export function RaiseLevelModal({
  child,
  open,
  onClose,
  onSaved,
  onConflict,
}: {
  child: ChildFile;
  open: boolean;
  onClose: () => void;
  onSaved: (result: VersionLevel) => void;
  onConflict: (message: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const derived = child.derivedLevel ?? 'green';
  const higher = LEVELS.filter((l) => levelRank(l) > levelRank(derived));
  const choice = Form.useWatch('level', form);
  const save = useMutation<VersionLevel, ApiError, Values>({
    mutationFn: (v) =>
      api.post('/children/{id}/level', {
        params: { id: child.id },
        body: {
          level: v.level === 'derived' ? null : v.level,
          reason: v.level === 'derived' ? null : v.reason,
          version: child.version,
        },
      }),
    onSuccess: (result) => {
      form.resetFields();
      onSaved(result);
    },
    onError: (e) => {
      if (e.status === 409 && e.field === 'version') return onConflict(e.message);
      if (e.field === 'reason') form.setFields([{ name: 'reason', errors: [e.message] }]);
      else message.error(e.message);
    },
  });
  return (
    <Modal
      title="人工调整风险等级"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        根据档案事实评定为 <LevelTag level={child.derivedLevel} />
        。可调高等级并写明理由；不能低于评定等级，如事实有变请修改档案。
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ level: child.manualLevel ?? higher[higher.length - 1] ?? 'derived' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="level" label="调整为">
          <Radio.Group>
            <Space orientation="vertical">
              {higher.map((l) => (
                <Radio key={l} value={l}>
                  <LevelTag level={l} />
                </Radio>
              ))}
              {child.manualLevel && <Radio value="derived">取消人工调高，恢复评定等级</Radio>}
            </Space>
          </Radio.Group>
        </Form.Item>
        {choice !== 'derived' && (
          <Form.Item
            name="reason"
            label="理由"
            rules={[{ required: true, whitespace: true, message: '人工调高等级须写明理由' }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder="如：邻居反映孩子身上有伤痕，需进一步核实"
            />
          </Form.Item>
        )}
      </Form>
      {!higher.length && !child.manualLevel && (
        <Typography.Text type="secondary">已是最高等级，无需调高。</Typography.Text>
      )}
    </Modal>
  );
}
