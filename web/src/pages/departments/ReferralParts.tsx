// A referral's parts shared by the department inbox and the child's file: its status tag, its history as a
// timeline (each step, who, when, what was said) and the step buttons the workflow allows the person.
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Department, ReferralDetail, ReferralStatus } from '../../api/departments';
import { chineseDate, chineseDateTime } from '../../shared/format';
import {
  EVENT_NAMES,
  REFERRAL_STATUS_COLORS,
  REFERRAL_STATUS_NAMES,
  STEP_RULES,
  stepsFor,
  type ReferralStep,
  type Side,
} from './referralSteps';
import { DateInput } from '../../shared/DateInput';

/** A child in a list row: the name links to the file (without opening the row), what follows in grey. */
export function ChildCell({ id, name, detail }: { id: string; name: string; detail: string }) {
  return (
    <span>
      <Link to={`/children/${id}`} onClick={(e) => e.stopPropagation()}>
        {name}
      </Link>
      <Typography.Text type="secondary"> {detail}</Typography.Text>
    </span>
  );
}

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return <Tag color={REFERRAL_STATUS_COLORS[status]}>{REFERRAL_STATUS_NAMES[status] ?? status}</Tag>;
}

/** 逾期3天 in red, else the due date. */
export function ReferralDue({
  dueOn,
  overdue,
  daysOverdue,
}: {
  dueOn: string;
  overdue: boolean;
  daysOverdue: number;
}) {
  return overdue ? (
    <Typography.Text type="danger">
      {chineseDate(dueOn)}（逾期{daysOverdue}天）
    </Typography.Text>
  ) : (
    <span>{chineseDate(dueOn)}</span>
  );
}

const EVENT_COLORS: Record<string, string> = {
  sent: 'blue',
  resend: 'blue',
  receive: 'cyan',
  progress: 'gray',
  answer: 'green',
  return: 'orange',
  close: 'gray',
};

export function ReferralTimeline({ referral }: { referral: ReferralDetail }) {
  return (
    <Timeline
      className="referral-timeline"
      items={referral.events.map((e) => ({
        key: e.id,
        color: EVENT_COLORS[e.action] ?? 'gray',
        content: (
          <div data-testid="referral-event">
            <Space wrap size={4}>
              <Typography.Text strong>{EVENT_NAMES[e.action] ?? e.action}</Typography.Text>
              <Typography.Text type="secondary">
                {chineseDateTime(e.occurredAt)} · {e.actorName}
              </Typography.Text>
            </Space>
            {e.action === 'answer' ? (
              <>
                <div>答复：{e.note ?? '—'}</div>
                {referral.actionsTaken && referral.answer === e.note && (
                  <div>已采取的措施：{referral.actionsTaken}</div>
                )}
              </>
            ) : e.action === 'return' ? (
              <div>退回原因：{e.note ?? '—'}</div>
            ) : (
              e.note && <div>{e.note}</div>
            )}
          </div>
        ),
      }))}
    />
  );
}

interface StepValues {
  note?: string;
  answer?: string;
  actionsTaken?: string;
  reason?: string;
  detail?: string;
  departmentId?: string;
  dueOn?: string;
}

/** POST /referrals/{id}/{step} with the body that step takes. */
function takeStep(id: string, step: ReferralStep, v: StepValues): Promise<ReferralDetail> {
  const params = { id };
  switch (step) {
    case 'answer':
      return api.post('/referrals/{id}/answer', {
        params,
        body: { answer: v.answer ?? '', actionsTaken: v.actionsTaken || null },
      });
    case 'return':
      return api.post('/referrals/{id}/return', { params, body: { reason: v.reason ?? '' } });
    case 'progress':
      return api.post('/referrals/{id}/progress', { params, body: { note: v.note ?? '' } });
    case 'resend':
      return api.post('/referrals/{id}/resend', {
        params,
        body: {
          detail: v.detail || null,
          note: v.note || null,
          departmentId: v.departmentId || null,
          dueOn: v.dueOn || null,
        },
      });
    case 'receive':
      return api.post('/referrals/{id}/receive', { params, body: { note: v.note || null } });
    case 'close':
      return api.post('/referrals/{id}/close', { params, body: { note: v.note || null } });
  }
}

export function ReferralStepButtons({
  referral,
  side,
  onDone,
}: {
  referral: ReferralDetail;
  side: Side;
  onDone: (updated: ReferralDetail) => void;
}) {
  const { message } = App.useApp();
  const [step, setStep] = useState<ReferralStep | null>(null);
  const [form] = Form.useForm<StepValues>();
  const take = useMutation<ReferralDetail, ApiError, { step: ReferralStep; values: StepValues }>({
    mutationFn: ({ step, values }) => takeStep(referral.id, step, values),
    onSuccess: (updated, { step }) => {
      message.success(`已${STEP_RULES[step].name}`);
      setStep(null);
      form.resetFields();
      onDone(updated);
    },
    onError: (e) => message.error(e.message),
  });
  // Sending again may go to another department of the county (one that can act on it after a return).
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments'],
    queryFn: () => api.get('/departments'),
    enabled: step === 'resend',
  });
  const steps = stepsFor(side, referral.status);
  if (!steps.length) return null;
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  return (
    <>
      <Space wrap>
        {steps.map((s) => (
          <Button
            key={s}
            type={s === 'answer' || s === 'receive' ? 'primary' : 'default'}
            danger={s === 'return'}
            onClick={() => setStep(s)}
          >
            {STEP_RULES[s].name}
          </Button>
        ))}
      </Space>
      <Modal
        open={step !== null}
        title={step ? `${STEP_RULES[step].name}：${referral.child.name} · ${referral.findingName}` : ''}
        okText={step ? STEP_RULES[step].name : '确定'}
        cancelText="取消"
        confirmLoading={take.isPending}
        onCancel={() => setStep(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<StepValues>
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values) => step && take.mutate({ step, values })}
        >
          {step === 'answer' && (
            <>
              <Form.Item name="answer" label="答复意见" rules={required('请填写答复意见')}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Form.Item name="actionsTaken" label="已采取的措施">
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
            </>
          )}
          {step === 'return' && (
            <Form.Item name="reason" label="退回原因" rules={required('请写明退回原因')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {step === 'progress' && (
            <Form.Item name="note" label="办理进展" rules={required('请写明办理进展')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
          {step === 'resend' && (
            <>
              <Form.Item name="departmentId" label={`接收部门（不选则仍报送${referral.department.name}）`}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={referral.department.name}
                  loading={departments.isFetching}
                  options={(departments.data?.items ?? [])
                    .filter((d) => !d.disabled)
                    .map((d) => ({ value: d.id, label: `${d.name}（${d.kindName}）` }))}
                />
              </Form.Item>
              <Form.Item name="dueOn" label="答复期限（不填按默认：一般15天，公安7天）">
                <DateInput />
              </Form.Item>
              <Form.Item name="detail" label="补充情况（不填则沿用原报送内容）">
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {(step === 'receive' || step === 'close' || step === 'resend') && (
            <Form.Item name="note" label="备注（可不填）">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
