// 覆盖情况: the care duties of the region's policy document with their citations, how far each reached this
// period in the whole region, every village (and township) with who was reached and who not, the names of
// those not reached (a recorded read), and the workbook.
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Modal, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api, apiUrl } from '../../api/client';
import type { CareRule, CoverageReport, RuleChildren, VillageCoverage } from '../../api/care';
import { can, useSignedIn } from '../../auth/session';
import { Citation } from '../../shared/Citation';
import { chineseDate } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { ApiProblem } from '../../shared/NotYetAvailable';

const toChildren = (r: CareRule) => r.reach === 'target_family' || r.reach === 'target_child';

function NamesModal({ rule, onClose }: { rule: CareRule | null; onClose: () => void }) {
  const names = useQuery<RuleChildren, ApiError>({
    queryKey: ['care', 'coverage', 'children', rule?.id],
    queryFn: () =>
      api.get('/care-activities/coverage/children', { query: { rule: rule!.id, pageSize: 200 } }),
    enabled: rule !== null,
  });
  return (
    <Modal
      title={
        rule
          ? `${rule.kindName}：${rule.period.label}尚未覆盖的${rule.reach === 'target_family' ? '家庭' : '儿童'}`
          : ''
      }
      open={rule !== null}
      onCancel={onClose}
      footer={null}
      width={720}
    >
      {names.error && <ApiProblem error={names.error} what="名单" />}
      <Table
        className="coverage-names"
        rowKey="childId"
        size="small"
        loading={names.isPending}
        dataSource={names.data?.items}
        pagination={false}
        scroll={{ y: 420 }}
        locale={{ emptyText: '全部已覆盖' }}
        columns={[
          {
            title: '姓名',
            dataIndex: 'name',
            render: (n: string, c) => <Link to={`/children/${c.childId}`}>{n}</Link>,
          },
          { title: '乡镇（街道）', dataIndex: 'townshipName' },
          { title: '村（社区）', dataIndex: 'villageName' },
          { title: '年龄', dataIndex: 'age', render: (n: number) => `${n}岁` },
          { title: '等级', dataIndex: 'level', render: (l) => <LevelTag level={l} /> },
        ]}
      />
      {names.data && names.data.total > names.data.items.length && (
        <Typography.Text type="secondary">
          仅显示前 {names.data.items.length} 名（共 {names.data.total} 名），完整名单请导出 Excel。
        </Typography.Text>
      )}
    </Modal>
  );
}

function ruleCell(rule: CareRule, v: VillageCoverage) {
  const c = v.rules[rule.id];
  if (!c) return '—';
  if (rule.reach === 'village')
    return c.reached ? <Tag color="green">已开展</Tag> : <Tag color="red">未开展</Tag>;
  return c.missing ? (
    <span className="coverage-missing">
      {c.reached}/{c.of}
    </span>
  ) : (
    `${c.reached}/${c.of}`
  );
}

export function CoverageTab() {
  const me = useSignedIn();
  const [names, setNames] = useState<CareRule | null>(null);
  const report = useQuery<CoverageReport, ApiError>({
    queryKey: ['care', 'coverage'],
    queryFn: () => api.get('/care-activities/coverage'),
  });
  if (report.error) return <ApiProblem error={report.error} what="覆盖情况" />;
  const r = report.data;
  if (!r) return <Card loading />;
  const villageRules = r.rules.filter((x) => x.reach !== 'township');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={`${r.regionName} · 截至${chineseDate(r.asOf)} · 按${r.policy.name}的方案统计`}
        description="“已覆盖”为各项要求在其周期内（每年、每季度；未规定频次的为当年）参加活动的服务对象或开展活动的村、乡镇。"
        action={
          can(me, 'report.roster') ? (
            <Button icon={<DownloadOutlined />} href={apiUrl('/care-activities/coverage.xlsx')}>
              导出 Excel
            </Button>
          ) : undefined
        }
      />
      <Row gutter={[12, 12]} className="coverage-rules">
        {r.rules.map((rule) => {
          const c = r.total.rules[rule.id] ?? { of: 0, reached: 0, missing: 0 };
          const unit =
            rule.reach === 'village'
              ? '个村'
              : rule.reach === 'township'
                ? '个乡镇'
                : rule.reach === 'target_family'
                  ? '户'
                  : '名';
          return (
            <Col xs={24} md={12} xl={8} key={rule.id}>
              <Card
                size="small"
                title={`${rule.kindName} · ${rule.reachName}`}
                extra={<Citation source={rule.source} />}
              >
                <Statistic
                  title={`${rule.rateName ?? '未规定频次（当年）'} · ${rule.period.label} 未覆盖`}
                  value={c.missing}
                  suffix={`${unit} / 共 ${c.of}`}
                  styles={{ content: { color: c.missing && rule.every ? '#cf1322' : undefined } }}
                />
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2, tooltip: rule.text }}
                  style={{ marginBottom: 4 }}
                >
                  {rule.adopted ? '（借用）' : ''}
                  {rule.text}
                </Typography.Paragraph>
                {toChildren(rule) && c.missing > 0 && can(me, 'care_activity.read') && (
                  <Button size="small" onClick={() => setNames(rule)}>
                    查看未覆盖名单
                  </Button>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      {r.townships.length > 1 && r.rules.some((x) => x.reach === 'township') && (
        <Table
          className="coverage-townships"
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={r.townships}
          columns={[
            { title: '乡镇（街道）', dataIndex: 'name' },
            ...r.rules
              .filter((x) => x.reach === 'township')
              .map((rule) => ({
                title: `${rule.kindName}（${rule.period.label}）`,
                key: rule.id,
                render: (_: unknown, t: CoverageReport['townships'][number]) =>
                  t.rules[rule.id]?.reached ? <Tag color="green">已开展</Tag> : <Tag color="red">未开展</Tag>,
              })),
          ]}
        />
      )}
      <Table<VillageCoverage>
        className="coverage-villages"
        rowKey="code"
        size="small"
        dataSource={r.villages.filter(
          (v) => v.targetChildren > 0 || Object.values(v.activities).some(Boolean),
        )}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 900 }}
        locale={{ emptyText: '辖区内暂无服务对象或活动' }}
        columns={[
          { title: '乡镇（街道）', dataIndex: 'townshipName', width: 120 },
          { title: '村（社区）', dataIndex: 'name', width: 140 },
          { title: '服务对象', dataIndex: 'targetChildren', width: 80 },
          ...villageRules.map((rule) => ({
            title: `${rule.kindName}${rule.reach === 'village' ? '进村' : rule.reach === 'target_family' ? '（家庭）' : ''}`,
            key: rule.id,
            render: (_: unknown, v: VillageCoverage) => ruleCell(rule, v),
          })),
        ]}
      />
      <Typography.Text type="secondary">
        列表只显示有服务对象或开展过活动的村（社区）；各村是否开展安全知识进村活动以导出的 Excel 为全。
      </Typography.Text>
      <NamesModal rule={names} onClose={() => setNames(null)} />
    </Space>
  );
}
