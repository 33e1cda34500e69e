// 进展报送: the last year whose deadline has passed (late units in red), the current year's pending units,
// the reports so far, and the form a unit (or the bureau for it) reports with.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Plan, PlanOverview, ReportYear } from '../../api/supervision';
import { chineseDate } from '../../shared/format';
import { DateInput } from '../../shared/DateInput';

function YearState({ year, label }: { year: ReportYear; label: string }) {
  return (
    <Card size="small" title={`${year.year}年度进展报送（${label}，截止 ${chineseDate(year.deadline)}）`}>
      <Typography.Paragraph>
        应报 {year.units} 个单位，已报 {year.submitted} 个
        {year.submittedLate.length ? `，其中逾期报送 ${year.submittedLate.length} 个` : ''}。
      </Typography.Paragraph>
      {year.late.length > 0 && (
        <div className="reports-late">
          逾期未报：
          {year.late.map((u) => (
            <Tag color="red" key={u.unitId}>
              {u.name}
            </Tag>
          ))}
        </div>
      )}
      {year.pending.length > 0 && (
        <div>
          尚未报送：
          {year.pending.map((u) => (
            <Tag color="orange" key={u.unitId}>
              {u.name}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  );
}

interface ReportForm {
  unitId: string;
  year: number;
  submittedOn?: string;
  content: string;
}

export function ReportsPanel({
  plan,
  overview,
  asOf,
  canReport,
}: {
  plan: Plan;
  overview: PlanOverview;
  asOf: string;
  canReport: boolean;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ReportForm>();
  const submit = useMutation<{ id: string }, ApiError, ReportForm>({
    mutationFn: (v) =>
      api.post('/supervision/plans/{id}/reports', {
        params: { id: plan.id },
        body: {
          unitId: v.unitId,
          year: v.year,
          submittedOn: v.submittedOn || null,
          content: v.content,
        },
      }),
    onSuccess: () => {
      message.success('已报送');
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });
  const { lastDue, current, rule } = overview.reports;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {rule && (
        <Typography.Text type="secondary">
          报送要求：{rule.text}（{rule.source}）
        </Typography.Text>
      )}
      {lastDue && <YearState year={lastDue} label="已过截止日" />}
      {current && <YearState year={current} label="本年度" />}
      <Table
        rowKey="id"
        size="small"
        dataSource={plan.reports}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无进展报送' }}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '责任单位', dataIndex: 'unitName' },
          { title: '报送日期', dataIndex: 'submittedOn', render: (d) => chineseDate(d) },
          { title: '工作进展', dataIndex: 'content' },
          { title: '报送人', dataIndex: 'submittedBy', render: (n) => n ?? '—' },
        ]}
      />
      {canReport && (
        <Card size="small" title="报送年度工作进展">
          <Form<ReportForm>
            form={form}
            layout="vertical"
            initialValues={{ year: Number(asOf.slice(0, 4)) }}
            onFinish={(v) => submit.mutate(v)}
          >
            <Space wrap>
              <Form.Item
                name="unitId"
                label="责任单位"
                rules={[{ required: true, message: '请选择责任单位' }]}
              >
                <Select
                  style={{ width: 200 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={plan.units.map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
              <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
                <InputNumber min={2024} max={2100} style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="submittedOn" label="报送日期（不填为今天）">
                <DateInput style={{ width: 160 }} />
              </Form.Item>
            </Space>
            <Form.Item
              name="content"
              label="工作进展"
              rules={[{ required: true, message: '请填写工作进展' }]}
            >
              <Input.TextArea rows={4} maxLength={20000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              报送
            </Button>
          </Form>
        </Card>
      )}
      {!lastDue && !current && <Alert type="info" showIcon title="暂无应报送的年度" />}
    </Space>
  );
}
