// 数据比对: upload a department's roster (学籍、死亡、低保特困、残疾人证) with progress, read what it found, and
// verify each finding (confirm and act, or dismiss with a reason); the runs so far.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Tabs } from 'antd';
import { useState } from 'react';
import type { RunResult } from '../../api/comparison';
import { can, useSignedIn } from '../../auth/session';
import { withFeedback } from '../../shared/withFeedback';
import { FindingsTable, type FindingFilters } from './FindingsTable';
import { RunsTable } from './RunsTable';
import { UploadPanel } from './UploadPanel';

function RunSummary({ result }: { result: RunResult }) {
  return (
    <Alert
      type={result.findings.length ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      title={`“${result.file.name}”比对完成：发现 ${result.findings.length} 条需核实的结果（新增 ${result.newFindings} 条）`}
      description={
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3, md: 5 }}
            items={[
              { label: '名册人数', children: result.rows },
              { label: '身份证号匹配', children: result.matched - result.probable },
              { label: '姓名出生日期匹配', children: result.probable },
              { label: '无法确定', children: result.ambiguous.length },
              { label: '比对结果', children: result.findings.length },
            ]}
          />
          {result.ambiguous.length > 0 && (
            <div style={{ marginTop: 8 }}>
              以下名册行与多名登记儿童的姓名、出生日期相同，未自动判断，请人工核对：
              {result.ambiguous
                .slice(0, 20)
                .map((a) => `第${a.row}行${a.name ? ` ${a.name}` : ''}（${a.candidates}名儿童）`)
                .join('；')}
              {result.ambiguous.length > 20 ? ` 等 ${result.ambiguous.length} 行` : ''}
            </div>
          )}
        </>
      }
    />
  );
}

function ComparisonPage() {
  const me = useSignedIn();
  const client = useQueryClient();
  const [tab, setTab] = useState('findings');
  const [result, setResult] = useState<RunResult | null>(null);
  const [filters, setFilters] = useState<FindingFilters>({ status: 'open', page: 1 });
  const change = (next: Partial<FindingFilters>) => setFilters((f) => ({ ...f, page: 1, ...next }));

  function done(r: RunResult) {
    setResult(r);
    setTab('findings');
    setFilters({ status: 'all', runId: r.runId, page: 1 });
    void client.invalidateQueries({ queryKey: ['comparison-findings'] });
    void client.invalidateQueries({ queryKey: ['comparison-runs'] });
  }

  return (
    <Card title="数据比对">
      {can(me, 'comparison.run') && <UploadPanel onDone={done} />}
      {result && <RunSummary result={result} />}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'findings',
            label: '比对结果核实',
            children: (
              <FindingsTable
                filters={filters}
                onChange={change}
                canVerify={can(me, 'comparison.verify')}
                regionRoot={me.regionCode}
              />
            ),
          },
          {
            key: 'runs',
            label: '比对记录',
            children: (
              <RunsTable
                onShow={(run) => {
                  setFilters({ status: 'all', runId: run.id, page: 1 });
                  setTab('findings');
                }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

export default withFeedback(ComparisonPage);
