// 儿童主任工作量 (issue 18.3): for a township supervisor or the county, each director's month — visits and
// contacts they recorded, their village's overdue and never-visited children today, their last sign-in — for a
// region and a month, with the same table as an Excel file.
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from '../../shared/dayjs';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { WorkloadReport, WorkloadRow } from '../../api/workforce';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate, chineseDateTime, todayInChina } from '../../shared/format';
import { NoPermission } from '../../shared/NoPermission';
import { RegionCascader } from '../../shared/RegionCascader';
import { withFeedback } from '../../shared/withFeedback';
import { downloadReport } from '../reports/download';

const NOT_LINKED = <Tag>未关联账号</Tag>;

function WorkloadPage() {
  const me = useSignedIn();
  if (!can(me, 'workforce.read')) return <NoPermission what="儿童主任工作量" />;
  return <Workload />;
}

function Workload() {
  const me = useSignedIn();
  const { message } = App.useApp();
  const [path, setPath] = useState<string[]>([]);
  const [month, setMonth] = useState(todayInChina().slice(0, 7));
  const [busy, setBusy] = useState(false);
  const region = path.at(-1);
  const query = { region, month };
  const report = useQuery<WorkloadReport, ApiError>({
    queryKey: ['workforce', 'workload', query],
    queryFn: () => api.get('/workforce/workload', { query }),
    placeholderData: keepPreviousData,
  });
  const r = report.data;

  async function download() {
    setBusy(true);
    try {
      const name = await downloadReport('/workforce/workload.xlsx', query, `儿童主任工作量-${month}.xlsx`);
      message.success(`已下载 ${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  }

  const columns = [
    { title: '乡镇（街道）', dataIndex: 'townshipName', render: (v: string | null) => v ?? '' },
    {
      title: '村（社区）',
      dataIndex: 'villageName',
      render: (v: string | null, row: WorkloadRow) => v ?? row.villageCode,
    },
    { title: '儿童主任', dataIndex: 'name' },
    {
      title: '本月走访（次）',
      dataIndex: 'visits',
      align: 'right' as const,
      sorter: (a: WorkloadRow, b: WorkloadRow) => (a.visits ?? -1) - (b.visits ?? -1),
      render: (v: number | null) => (v === null ? NOT_LINKED : v),
    },
    {
      title: '本月电话/视频联系（次）',
      dataIndex: 'contacts',
      align: 'right' as const,
      sorter: (a: WorkloadRow, b: WorkloadRow) => (a.contacts ?? -1) - (b.contacts ?? -1),
      render: (v: number | null) => (v === null ? NOT_LINKED : v),
    },
    { title: '服务对象（人）', dataIndex: 'targetChildren', align: 'right' as const },
    {
      title: r?.figuresOn === 'month_end' ? '月末逾期（人）' : '当前逾期（人）',
      dataIndex: 'overdue',
      align: 'right' as const,
      sorter: (a: WorkloadRow, b: WorkloadRow) => a.overdue - b.overdue,
      render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : v),
    },
    {
      title: '从未走访（人）',
      dataIndex: 'neverVisited',
      align: 'right' as const,
      sorter: (a: WorkloadRow, b: WorkloadRow) => a.neverVisited - b.neverVisited,
      render: (v: number) => (v > 0 ? <Typography.Text type="warning">{v}</Typography.Text> : v),
    },
    {
      title: '最近登录',
      dataIndex: 'lastSignInAt',
      render: (v: string | null, row: WorkloadRow) =>
        !row.hasAccount ? NOT_LINKED : v ? chineseDateTime(v) : <Tag color="red">从未登录</Tag>,
    },
  ];

  return (
    <Card title="儿童主任工作量">
      <Space wrap style={{ marginBottom: 12 }}>
        <RegionCascader
          root={me.regionCode}
          value={path}
          onChange={setPath}
          style={{ width: 240 }}
          id="workload-region"
        />
        <DatePicker
          picker="month"
          allowClear={false}
          format="YYYY年M月"
          placeholder="选择月份"
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          aria-label="月份"
        />
        <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
          导出Excel
        </Button>
      </Space>
      {report.error && <Alert type="error" showIcon title={report.error.message} />}
      {r && (
        <>
          <Typography.Paragraph type="secondary">
            走访、联系：{chineseDate(r.from)}至{chineseDate(r.to)}
            儿童主任本人账号记录的次数；
            {r.figuresOn === 'month_end'
              ? `服务对象、逾期、从未走访：该月末（${chineseDate(r.asOf)}）本村（社区）的情况，按当时的走访联系记录和应访日期回溯。`
              : `服务对象、逾期、从未走访：截至今天（${chineseDate(r.asOf)}）本村（社区）的情况。`}
          </Typography.Paragraph>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={5}>
              <Statistic title="在岗儿童主任" value={r.totals.directors} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title="本月走访（次）" value={r.totals.visits} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title="本月电话/视频联系（次）" value={r.totals.contacts} />
            </Col>
            <Col xs={12} md={5}>
              <Statistic title="从未登录" value={r.totals.neverSignedIn} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="未关联账号" value={r.totals.withoutAccount} />
            </Col>
          </Row>
          <Table
            rowKey={(row) => `${row.personId}-${row.villageCode}`}
            size="small"
            loading={report.isFetching}
            dataSource={r.directors}
            columns={columns}
            pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人次` }}
            locale={{ emptyText: '本辖区本月没有在岗的儿童主任' }}
          />
        </>
      )}
    </Card>
  );
}

export default withFeedback(WorkloadPage);
