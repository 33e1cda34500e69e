// 报送与转介 on the child's file: each referral of the child as a timeline (every step, who, when, the
// department's answer), the sender's steps (close, send again), and the child's mandatory reports as
// timelines. "报送" sends a finding to the department the route proposes (/referrals/route).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Department, FindingRoute, MandatoryReport, ReferralDetail } from '../../api/departments';
import type { ChildFile } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import {
  MandatoryReportSteps,
  MandatoryReportTimeline,
  OpenMandatoryReport,
  ReportStatusTag,
} from './MandatoryReportParts';
import { ReferralDue, ReferralStatusTag, ReferralStepButtons, ReferralTimeline } from './ReferralParts';
import { DateInput } from '../../shared/DateInput';

export interface SendValues {
  finding: ApiBody<'/children/{id}/referrals', 'post'>['finding'];
  departmentIds: string[];
  detail: string;
  dueOn?: string;
}

/** `initial` pre-fills the form (a red visit's saved screen passes what it just recorded). */
export function SendReferral({
  child,
  onSent,
  initial,
  label = '报送',
}: {
  child: ChildFile;
  onSent: () => void;
  initial?: Partial<SendValues>;
  label?: string;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SendValues>();
  const finding = Form.useWatch('finding', form);
  const county = child.villageCode.slice(0, 6);
  const findings = useQuery<{ items: FindingRoute[] }, ApiError>({
    queryKey: ['referral-findings'],
    queryFn: () => api.get('/referrals/findings'),
    enabled: open,
    staleTime: Infinity,
  });
  const route = useQuery<FindingRoute & { departments: Department[] }, ApiError>({
    queryKey: ['referral-route', finding, county],
    queryFn: () => api.get('/referrals/route', { query: { finding, county } }),
    enabled: open && !!finding,
  });
  // 其他: the sender chooses among all the county's departments.
  const all = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', county],
    queryFn: () => api.get('/departments', { query: { county } }),
    enabled: open && finding === 'other',
  });
  const choices = (finding === 'other' ? all.data?.items : route.data?.departments) ?? [];
  const send = useMutation<{ items: ReferralDetail[] }, ApiError, SendValues>({
    mutationFn: (v) =>
      api.post('/children/{id}/referrals', {
        params: { id: child.id },
        body: {
          finding: v.finding,
          detail: v.detail,
          departmentIds: v.departmentIds?.length ? v.departmentIds : null,
          dueOn: v.dueOn || null,
        },
      }),
    onSuccess: (res) => {
      message.success(`已报送：${res.items.map((r) => r.department.name).join('、')}`);
      setOpen(false);
      onSent();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={`报送相关部门：${child.name}`}
        okText="报送"
        cancelText="取消"
        width={640}
        confirmLoading={send.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<SendValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={initial}
          onFinish={(v) => send.mutate(v)}
          onValuesChange={(changed) => {
            if ('finding' in changed) form.setFieldValue('departmentIds', []);
          }}
        >
          <Form.Item
            name="finding"
            label="发现的情形"
            rules={[{ required: true, message: '请选择发现的情形' }]}
          >
            <Select
              placeholder="选择情形"
              loading={findings.isPending}
              options={(findings.data?.items ?? []).map((f) => ({
                value: f.finding,
                label: f.kinds.length ? `${f.name}（${f.kinds.map((k) => k.kindName).join('、')}）` : f.name,
              }))}
            />
          </Form.Item>
          {finding && route.data && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={
                route.data.kinds.length
                  ? `按规定报送：${route.data.kinds.map((k) => k.kindName).join('、')}`
                  : '请选择接收部门'
              }
              description={
                choices.length
                  ? `本县已登记：${choices.map((d) => d.name).join('、')}`
                  : '本县尚未登记对应的部门，请联系县民政局登记后再报送。'
              }
            />
          )}
          {choices.length > 0 && (
            <Form.Item
              name="departmentIds"
              label="接收部门（不选则报送全部建议的部门）"
              rules={
                finding === 'other'
                  ? [{ required: true, type: 'array', min: 1, message: '请选择接收部门' }]
                  : []
              }
            >
              <Checkbox.Group options={choices.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          )}
          <Form.Item
            name="detail"
            label="情况说明"
            rules={[{ required: true, whitespace: true, message: '请写明发现的情况' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} placeholder="发现的时间、经过，需要部门做什么" />
          </Form.Item>
          <Form.Item name="dueOn" label="答复期限（不填按默认：一般15天，公安7天）">
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function ChildReferralsTab({ child }: { child: ChildFile }) {
  const me = useSignedIn();
  const client = useQueryClient();
  const referrals = useQuery<{ items: ReferralDetail[] }, ApiError>({
    queryKey: ['child', child.id, 'referrals'],
    queryFn: () => api.get('/children/{id}/referrals', { params: { id: child.id } }),
  });
  const reports = useQuery<{ items: MandatoryReport[] }, ApiError>({
    queryKey: ['child', child.id, 'mandatory-reports'],
    queryFn: () => api.get('/children/{id}/mandatory-reports', { params: { id: child.id } }),
    enabled: can(me, 'mandatory_report.read'),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['child', child.id, 'referrals'] });
    void client.invalidateQueries({ queryKey: ['child', child.id, 'mandatory-reports'] });
  };
  const mayAnswerFor = (r: ReferralDetail) =>
    can(me, 'referral.respond') && me.role !== 'department' && r.department.kind === 'civil_affairs';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title="报送与转介"
        extra={
          can(me, 'referral.send') &&
          child.status === 'active' && <SendReferral child={child} onSent={refresh} />
        }
      >
        {referrals.error ? (
          <ApiProblem error={referrals.error} what="报送记录" />
        ) : referrals.isPending ? (
          <Typography.Text type="secondary">载入中…</Typography.Text>
        ) : referrals.data.items.length === 0 ? (
          <Empty description="尚未报送相关部门" />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {referrals.data.items.map((r) => (
              <Card
                key={r.id}
                size="small"
                type="inner"
                data-testid="referral-card"
                title={
                  <Space wrap>
                    <span>{r.findingName}</span>
                    <span>→ {r.department.name}</span>
                    <ReferralStatusTag status={r.status} />
                  </Space>
                }
                extra={
                  <span>
                    答复期限：
                    <ReferralDue dueOn={r.dueOn} overdue={r.overdue} daysOverdue={r.daysOverdue} />
                  </span>
                }
              >
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Typography.Text type="secondary">
                    {chineseDate(r.sentOn)} {r.sentByName} 报送{r.sends > 1 ? `（第${r.sends}次）` : ''}
                  </Typography.Text>
                  {r.answer && (
                    <Alert
                      type="success"
                      title={`${r.department.name}答复：${r.answer}`}
                      description={r.actionsTaken ? `已采取的措施：${r.actionsTaken}` : undefined}
                    />
                  )}
                  <ReferralTimeline referral={r} />
                  {can(me, 'referral.send') && (
                    <ReferralStepButtons referral={r} side="sender" onDone={refresh} />
                  )}
                  {mayAnswerFor(r) && <ReferralStepButtons referral={r} side="department" onDone={refresh} />}
                </Space>
              </Card>
            ))}
          </Space>
        )}
      </Card>
      {can(me, 'mandatory_report.read') && (
        <Card
          size="small"
          title="强制报告"
          extra={
            can(me, 'mandatory_report.manage') &&
            child.status === 'active' && (
              <OpenMandatoryReport
                childId={child.id}
                // The file lists its reports too (帮扶干预): reload it with them.
                onOpened={() => void client.invalidateQueries({ queryKey: ['child', child.id] })}
              />
            )
          }
        >
          {reports.error ? (
            <ApiProblem error={reports.error} what="强制报告" />
          ) : reports.isPending ? (
            <Typography.Text type="secondary">载入中…</Typography.Text>
          ) : reports.data.items.length === 0 ? (
            <Typography.Text type="secondary">无强制报告</Typography.Text>
          ) : (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              {reports.data.items.map((r) => (
                <Card
                  key={r.id}
                  size="small"
                  type="inner"
                  title={
                    <Space wrap>
                      <span>{r.situationName}</span>
                      <ReportStatusTag report={r} />
                    </Space>
                  }
                >
                  <MandatoryReportSteps report={r} onDone={refresh} />
                  <div style={{ marginTop: 12 }}>
                    <MandatoryReportTimeline report={r} />
                  </div>
                </Card>
              ))}
            </Space>
          )}
        </Card>
      )}
    </Space>
  );
}
