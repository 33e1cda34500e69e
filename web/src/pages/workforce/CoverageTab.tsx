// 配备情况: every village with target children or a director — required, in post, shortfall, untrained this
// year — and every village with no director at all (每个村（社区）至少一名儿童主任), those with children first.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import type { Coverage, CoverageVillage } from '../../api/workforce';
import { chineseDate } from '../../shared/format';
import { RegionCascader } from '../../shared/RegionCascader';

export function CoverageTab({ me }: { me: Me }) {
  const [region, setRegion] = useState<string[] | undefined>();
  const code = region?.at(-1);
  const coverage = useQuery<Coverage, ApiError>({
    queryKey: ['workforce-coverage', code],
    queryFn: () => api.get('/workforce/coverage', { query: { region: code } }),
  });
  const c = coverage.data;
  const without = [...(c?.villagesWithoutDirector ?? [])].sort(
    (a, b) => b.targetChildren - a.targetChildren || a.villageCode.localeCompare(b.villageCode),
  );
  const names = new Map(c?.villages.map((v) => [v.villageCode, v.villageName]) ?? []);
  const withChildren = without.filter((v) => v.targetChildren > 0).length;

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <RegionCascader
          root={me.regionCode}
          value={region}
          onChange={(path) => setRegion(path.length ? path : undefined)}
          style={{ width: 240 }}
          id="coverage-region"
        />
        {c && <Typography.Text type="secondary">统计日期：{chineseDate(c.asOf)}</Typography.Text>}
      </Space>
      {coverage.error && <Alert type="error" showIcon title={coverage.error.message} />}
      {c && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={4}>
              <Statistic title="服务对象儿童" value={c.totals.targetChildren} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="应配儿童主任" value={c.totals.required} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="在岗儿童主任" value={c.totals.directors} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title="缺额"
                value={c.totals.shortfall}
                styles={{ content: { color: c.totals.shortfall ? '#cf1322' : undefined } }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title="无儿童主任的村（社区）"
                value={without.length}
                styles={{ content: { color: without.length ? '#cf1322' : undefined } }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title="本年未培训" value={c.totals.untrainedThisYear} />
            </Col>
          </Row>
          {(c.directorsWithoutBackgroundCheck.length > 0 || c.directorsWithRestriction.length > 0) && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title="入职查询"
              description={
                <>
                  {c.directorsWithoutBackgroundCheck.length > 0 && (
                    <div>
                      未做从业限制和入职查询：
                      {c.directorsWithoutBackgroundCheck
                        .map((d) => `${d.name}（${names.get(d.villageCode) ?? d.villageCode}）`)
                        .join('、')}
                    </div>
                  )}
                  {c.directorsWithRestriction.length > 0 && (
                    <div>
                      查询发现存在从业限制：
                      {c.directorsWithRestriction
                        .map((d) => `${d.name}（${names.get(d.villageCode) ?? d.villageCode}）`)
                        .join('、')}
                    </div>
                  )}
                </>
              }
            />
          )}
          <Card size="small" title="各村（社区）配备情况" style={{ marginBottom: 16 }}>
            <Table<CoverageVillage>
              rowKey="villageCode"
              size="small"
              className="coverage-villages"
              dataSource={c.villages}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '辖区内没有服务对象儿童或儿童主任' }}
              columns={[
                { title: '乡镇（街道）', dataIndex: 'townshipName', render: (n) => n ?? '—' },
                { title: '村（社区）', dataIndex: 'villageName', render: (n, v) => n ?? v.villageCode },
                { title: '服务对象儿童', dataIndex: 'targetChildren' },
                { title: '应配', dataIndex: 'required' },
                { title: '在岗', dataIndex: 'directors' },
                {
                  title: '缺额',
                  dataIndex: 'shortfall',
                  render: (n: number, v) =>
                    n > 0 ? (
                      <Tag color="red">{v.directors === 0 ? '无儿童主任' : `缺 ${n} 名`}</Tag>
                    ) : (
                      <Tag color="green">已配齐</Tag>
                    ),
                },
                {
                  title: '本年未培训',
                  dataIndex: 'untrainedThisYear',
                  render: (n: number) => (n ? <Tag color="orange">{n} 名</Tag> : '—'),
                },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={`无儿童主任的村（社区）：${without.length} 个${withChildren ? `，其中 ${withChildren} 个有服务对象儿童` : ''}`}
          >
            <Table
              rowKey="villageCode"
              size="small"
              className="coverage-without"
              dataSource={without}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: '每个村（社区）都有儿童主任' }}
              columns={[
                { title: '村（社区）', dataIndex: 'villageName', render: (n, v) => n ?? v.villageCode },
                {
                  title: '区划代码',
                  dataIndex: 'villageCode',
                  render: (v) => <span className="mono">{v}</span>,
                },
                { title: '服务对象儿童', dataIndex: 'targetChildren' },
                {
                  title: '',
                  key: 'flag',
                  render: (_, v) =>
                    v.targetChildren > 0 ? (
                      <Tag color="red">无儿童主任，有服务对象</Tag>
                    ) : (
                      <Tag color="orange">无儿童主任</Tag>
                    ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
