// 统计报表: Annex 1 (摸排情况数据表) on screen as the paper form and as a workbook, the Annex 2 roster
// (排查表) as a workbook, and visit timeliness per township and village, for a region (one's own or below)
// on a date (today unless chosen).
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Space, Spin, Typography } from 'antd';
import dayjs from '../../shared/dayjs';
import { useState } from 'react';
import { api, ApiError, withQuery, type PathOf } from '../../api/client';
import { useNavigate } from 'react-router-dom';
import type { Annex1, Timeliness } from '../../api/reports';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { NoPermission } from '../../shared/NoPermission';
import { RegionCascader } from '../../shared/RegionCascader';
import { withFeedback } from '../../shared/withFeedback';
import { Annex1Table } from './Annex1Table';
import { downloadReport } from './download';
import { TimelinessTables } from './TimelinessTables';
import './reports.css';

function ReportsPage() {
  const me = useSignedIn();
  if (!can(me, 'report.read')) return <NoPermission what="统计报表" />;
  return <Reports />;
}

function Reports() {
  const me = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [path, setPath] = useState<string[]>([]);
  // No date chosen: the server's today (its clock decides, not the browser's).
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const region = path[path.length - 1] ?? me.regionCode;
  const query = { region, asOf };

  const annex1 = useQuery<Annex1, ApiError>({
    queryKey: ['reports', 'annex1', query],
    queryFn: () => api.get('/reports/annex1', { query }),
    placeholderData: keepPreviousData,
  });
  const timeliness = useQuery<Timeliness, ApiError>({
    queryKey: ['reports', 'timeliness', query],
    queryFn: () => api.get('/reports/timeliness', { query }),
    placeholderData: keepPreviousData,
  });
  // The region's name as the timeliness report gives it (not while the previous region's answer is shown).
  const regionName = timeliness.data && !timeliness.isPlaceholderData ? timeliness.data.regionName : '';

  async function download(
    key: string,
    path: PathOf<'get'>,
    fallback: string,
    extra: Record<string, string> = {},
  ) {
    setBusy(key);
    try {
      const name = await downloadReport(path, { ...query, ...extra }, fallback);
      message.success(`已下载 ${name}`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '下载失败，请稍后再试');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="统计报表">
        <Space wrap size="middle">
          <span>
            <label htmlFor="report-region" style={{ marginRight: 8 }}>
              辖区
            </label>
            <RegionCascader
              id="report-region"
              root={me.regionCode}
              value={path}
              onChange={setPath}
              placeholder={me.regionName ?? '本辖区'}
              style={{ width: 260 }}
            />
          </span>
          <span>
            <label htmlFor="report-as-of" style={{ marginRight: 8 }}>
              统计日期
            </label>
            <DatePicker
              id="report-as-of"
              value={(asOf ?? annex1.data?.asOf) ? dayjs(asOf ?? annex1.data?.asOf) : null}
              allowClear={false}
              format="YYYY年M月D日"
              onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
            />
          </span>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          按统计日期当天在册的儿童及其当天的年龄、等级、干预和走访情况统计；报表只含人数，不列姓名（附件2
          排查表除外）。
        </Typography.Paragraph>
      </Card>

      <Card
        title={`附件1 摸排情况数据表${regionName ? ` · ${regionName}` : ''}`}
        extra={
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              loading={busy === 'annex1'}
              onClick={() => void download('annex1', '/reports/annex1.xlsx', '附件1摸排情况数据表.xlsx')}
            >
              下载附件1（Excel）
            </Button>
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(withQuery('/reports/annex1/print', { ...query, name: regionName }))}
            >
              打印附件1
            </Button>
            {can(me, 'report.roster') && (
              <Button
                icon={<DownloadOutlined />}
                loading={busy === 'annex2'}
                onClick={() => void download('annex2', '/reports/annex2.xlsx', '附件2排查表.xlsx')}
              >
                下载附件2 排查表（Excel）
              </Button>
            )}
            {can(me, 'report.roster') && (
              <Button
                icon={<PrinterOutlined />}
                onClick={() => navigate(withQuery('/reports/annex2/print', query))}
              >
                打印附件2
              </Button>
            )}
          </Space>
        }
      >
        {annex1.error ? (
          <Alert type="error" showIcon title={annex1.error.message} />
        ) : !annex1.data ? (
          <div className="center">
            <Spin />
          </div>
        ) : (
          <>
            <div className="list-summary" style={{ marginBottom: 8 }}>
              统计日期 {chineseDate(annex1.data.asOf)} · 服务对象合计 {annex1.data.total} 人
            </div>
            <Spin spinning={annex1.isFetching}>
              <div style={{ overflowX: 'auto' }}>
                <Annex1Table data={annex1.data} />
              </div>
            </Spin>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              同一名儿童可同时计入本等级的多行；人数小计、合计按人计，不重复；“已干预”指统计日期前有帮扶干预记录。
              {can(me, 'report.roster') && ' 附件2 排查表列出儿童姓名，每次下载均记录在案。'}
            </Typography.Paragraph>
          </>
        )}
      </Card>

      <Card
        title="走访及时性"
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'timeliness'}
            onClick={() => void download('timeliness', '/reports/timeliness.xlsx', '走访及时性统计表.xlsx')}
          >
            下载走访及时性（Excel）
          </Button>
        }
      >
        {timeliness.error ? (
          <Alert type="error" showIcon title={timeliness.error.message} />
        ) : !timeliness.data ? (
          <div className="center">
            <Spin />
          </div>
        ) : (
          <>
            <div className="list-summary" style={{ marginBottom: 8 }}>
              服务对象 {timeliness.data.total.targetChildren} 人 · 走访逾期{' '}
              {timeliness.data.total.visitsOverdue} 人 · 从未走访 {timeliness.data.total.neverVisited} 人 ·
              近三个月（{chineseDate(timeliness.data.quarterStart)}
              起）按时走访率{' '}
              {timeliness.data.total.onTimeShare === null
                ? '—'
                : `${(timeliness.data.total.onTimeShare * 100).toFixed(1)}%`}
            </div>
            <TimelinessTables data={timeliness.data} />
          </>
        )}
      </Card>
    </Space>
  );
}

export default withFeedback(ReportsPage);
