// A mandatory report (强制报告) as a timeline — discovered, opened, reported to the police (who, when, how,
// which unit, receipt), the police's feedback and follow-ups, closed with its outcome — with the clock from
// discovery to the report, and the steps one may take on it (record the police report, a follow-up, close).
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { MandatoryReport, MandatoryReportCodes } from '../../api/departments';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate, chineseDateTime, todayInChina } from '../../shared/format';
import { DateInput, DateTimeInput } from '../../shared/DateInput';

export function useReportCodes() {
  return useQuery<MandatoryReportCodes, ApiError>({
    queryKey: ['mandatory-report-codes'],
    queryFn: () => api.get('/mandatory-reports/codes'),
    staleTime: Infinity,
  });
}

const STATUS_COLORS = { open: 'red', reported: 'gold', closed: 'default' } as const;

export function ReportStatusTag({ report }: { report: MandatoryReport }) {
  return (
    <Space size={4}>
      <Tag color={STATUS_COLORS[report.status]}>{report.statusName}</Tag>
      {report.alert && <Tag color="red">超时未报告</Tag>}
    </Space>
  );
}

/** 已开启30小时 (open) or 9小时内报告 (reported). */
export function ReportClock({ report }: { report: MandatoryReport }) {
  if (report.hoursToReport !== null) return <span>发现后 {report.hoursToReport} 小时报告</span>;
  if (report.hoursOpen !== null)
    return report.alert ? (
      <Typography.Text type="danger">发现已 {report.hoursOpen} 小时，尚未报告</Typography.Text>
    ) : (
      <span>发现已 {report.hoursOpen} 小时，尚未报告</span>
    );
  return <span>—</span>;
}

export function MandatoryReportTimeline({ report }: { report: MandatoryReport }) {
  const items = [
    {
      key: 'discovered',
      color: 'red',
      content: (
        <div>
          <Typography.Text strong>发现</Typography.Text>{' '}
          <Typography.Text type="secondary">{chineseDateTime(report.discoveredAt)}</Typography.Text>
          <div>
            {report.situationName}
            {report.factors.length > 0 && `（${report.factors.map((f) => f.name).join('；')}）`}
          </div>
          {report.note && <div>{report.note}</div>}
        </div>
      ),
    },
    {
      key: 'opened',
      color: 'gray',
      content: (
        <div>
          <Typography.Text strong>{report.source === 'auto' ? '系统开启' : '开启强制报告'}</Typography.Text>{' '}
          <Typography.Text type="secondary">{chineseDateTime(report.openedAt)}</Typography.Text>
        </div>
      ),
    },
  ];
  if (report.reportedAt)
    items.push({
      key: 'reported',
      color: 'gold',
      content: (
        <div>
          <Typography.Text strong>向公安机关报告</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {chineseDateTime(report.reportedAt)} · {report.reporterName ?? '—'}
          </Typography.Text>
          <div>
            {report.reportMethodName} · {report.policeUnit}
            {report.receiptNumber && ` · 回执/案件编号 ${report.receiptNumber}`}
          </div>
          <div>
            <ReportClock report={report} />
          </div>
        </div>
      ),
    });
  for (const f of report.followups)
    items.push({
      key: f.id,
      color: f.kind === 'police_feedback' ? 'blue' : 'gray',
      content: (
        <div>
          <Typography.Text strong>{f.kind === 'police_feedback' ? '公安反馈' : '跟进'}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            {chineseDate(f.occurredOn)} · {f.authorName}
          </Typography.Text>
          <div>{f.note}</div>
        </div>
      ),
    });
  if (report.closedAt)
    items.push({
      key: 'closed',
      color: 'green',
      content: (
        <div>
          <Typography.Text strong>结案</Typography.Text>{' '}
          <Typography.Text type="secondary">{chineseDateTime(report.closedAt)}</Typography.Text>
          <div>
            {report.outcomeName}
            {report.outcomeNote && `：${report.outcomeNote}`}
          </div>
        </div>
      ),
    });
  return <Timeline items={items} />;
}

type StepKind = 'police' | 'followup' | 'close';

type PoliceBody = ApiBody<'/mandatory-reports/{id}/police-report', 'post'>;
type FollowupBody = ApiBody<'/mandatory-reports/{id}/followups', 'post'>;

/** The fields of whichever step is open: each required by its form when that step is shown. */
interface StepValues {
  reportedAt?: string;
  method?: PoliceBody['method'];
  policeUnit?: string;
  receiptNumber?: string;
  reporterName?: string;
  kind?: FollowupBody['kind'];
  occurredOn?: string;
  note?: string;
  outcome?: ApiBody<'/mandatory-reports/{id}/close', 'post'>['outcome'];
}

/** "2026-11-23T09:30" from a date-and-time field (China local time to the minute), as China's time with its offset. */
export function chinaInstant(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}

export function nowInChinaLocal(): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date());
  return parts.replace(' ', 'T');
}

export function MandatoryReportSteps({
  report,
  onDone,
}: {
  report: MandatoryReport;
  onDone: (updated: MandatoryReport) => void;
}) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const codes = useReportCodes();
  const [step, setStep] = useState<StepKind | null>(null);
  const [form] = Form.useForm<StepValues>();
  const take = useMutation<MandatoryReport, ApiError, { step: StepKind; v: StepValues }>({
    mutationFn: ({ step, v }) => {
      if (step === 'police')
        return api.post('/mandatory-reports/{id}/police-report', {
          params: { id: report.id },
          body: {
            reportedAt: chinaInstant(v.reportedAt ?? ''),
            method: v.method!,
            policeUnit: v.policeUnit!,
            receiptNumber: v.receiptNumber || null,
            reporterName: v.reporterName || null,
            note: v.note || null,
          },
        });
      if (step === 'followup')
        return api.post('/mandatory-reports/{id}/followups', {
          params: { id: report.id },
          body: {
            kind: v.kind!,
            occurredOn: v.occurredOn!,
            note: v.note!,
          },
        });
      return api.post('/mandatory-reports/{id}/close', {
        params: { id: report.id },
        body: { outcome: v.outcome!, note: v.note || null },
      });
    },
    onSuccess: (updated) => {
      message.success('已保存');
      setStep(null);
      onDone(updated);
    },
    onError: (e) => message.error(e.message),
  });
  if (!can(me, 'mandatory_report.manage') || report.status === 'closed') return null;
  const outcomes =
    report.status === 'open'
      ? (codes.data?.outcomes ?? []).filter((o) => o.code === 'recorded_in_error')
      : (codes.data?.outcomes ?? []).filter((o) => o.code !== 'recorded_in_error');
  const mayClose = report.status === 'reported' || can(me, 'mandatory_report.void');
  const required = (text: string) => [{ required: true, whitespace: true, message: text }];
  const titles: Record<StepKind, string> = {
    police: '记录向公安机关报告',
    followup: '登记反馈或跟进',
    close: report.status === 'open' ? '以录入错误结案' : '结案',
  };
  return (
    <>
      <Space wrap>
        {report.status === 'open' && (
          <Button type="primary" danger onClick={() => setStep('police')}>
            记录报警
          </Button>
        )}
        <Button onClick={() => setStep('followup')}>登记跟进</Button>
        {mayClose && <Button onClick={() => setStep('close')}>{titles.close}</Button>}
      </Space>
      <Modal
        open={step !== null}
        title={step ? `${titles[step]}：${report.child.name}` : ''}
        okText="保存"
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
          initialValues={{
            reportedAt: nowInChinaLocal(),
            method: 'phone_110',
            occurredOn: todayInChina(),
            kind: report.status === 'open' ? 'follow_up' : 'police_feedback',
            outcome: outcomes[0]?.code,
          }}
          onFinish={(v) => step && take.mutate({ step, v })}
        >
          {step === 'police' && (
            <>
              <Form.Item name="reportedAt" label="报告时间" rules={required('请填写报告时间')}>
                <DateTimeInput />
              </Form.Item>
              <Form.Item name="method" label="报告方式" rules={required('请选择报告方式')}>
                <Select
                  options={(codes.data?.methods ?? []).map((m) => ({ value: m.code, label: m.name }))}
                />
              </Form.Item>
              <Form.Item name="policeUnit" label="接报的公安机关" rules={required('请填写接报的公安机关')}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="receiptNumber" label="回执或案件编号">
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="reporterName" label="报告人（不填为本人）">
                <Input maxLength={50} />
              </Form.Item>
            </>
          )}
          {step === 'followup' && (
            <>
              <Form.Item name="kind" label="类别" rules={required('请选择类别')}>
                <Select
                  options={[
                    ...(report.status === 'reported'
                      ? [{ value: 'police_feedback', label: '公安反馈' }]
                      : []),
                    { value: 'follow_up', label: '跟进情况' },
                  ]}
                />
              </Form.Item>
              <Form.Item name="occurredOn" label="日期" rules={required('请填写日期')}>
                <DateInput max={todayInChina()} />
              </Form.Item>
            </>
          )}
          {step === 'close' && (
            <Form.Item name="outcome" label="结果" rules={required('请选择结果')}>
              <Select options={outcomes.map((o) => ({ value: o.code, label: o.name }))} />
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={
              step === 'followup' ? '情况' : step === 'close' && report.status === 'open' ? '原因' : '备注'
            }
            rules={
              step === 'followup'
                ? required('请写明情况')
                : step === 'close' && report.status === 'open'
                  ? required('请写明原因')
                  : []
            }
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

interface OpenValues {
  situation: ApiBody<'/children/{id}/mandatory-reports', 'post'>['situation'];
  discoveredAt: string;
  note?: string;
}

/** 开启强制报告 by hand for one of the nine situations, with the instant it was discovered. */
export function OpenMandatoryReport({ childId, onOpened }: { childId: string; onOpened: () => void }) {
  const { message } = App.useApp();
  const codes = useReportCodes();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OpenValues>();
  const save = useMutation<MandatoryReport, ApiError, OpenValues>({
    mutationFn: (v) =>
      api.post('/children/{id}/mandatory-reports', {
        params: { id: childId },
        body: {
          situation: v.situation,
          discoveredAt: chinaInstant(v.discoveredAt),
          note: v.note || null,
        },
      }),
    onSuccess: () => {
      message.success('已开启强制报告，请立即向公安机关报告');
      setOpen(false);
      onOpened();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        开启强制报告
      </Button>
      <Modal
        open={open}
        title="开启强制报告"
        okText="开启"
        cancelText="取消"
        width={640}
        confirmLoading={save.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form<OpenValues>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ discoveredAt: nowInChinaLocal() }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item name="situation" label="情形" rules={[{ required: true, message: '请选择情形' }]}>
            <Select
              placeholder="九类情形之一"
              options={(codes.data?.situations ?? []).map((s) => ({ value: s.code, label: s.name }))}
            />
          </Form.Item>
          <Form.Item
            name="discoveredAt"
            label="发现时间"
            rules={[{ required: true, message: '请填写发现时间' }]}
          >
            <DateTimeInput />
          </Form.Item>
          <Form.Item name="note" label="情况说明">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {codes.data && <Typography.Text type="secondary">依据：{codes.data.source}</Typography.Text>}
        </Form>
      </Modal>
    </>
  );
}
