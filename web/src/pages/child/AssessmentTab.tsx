// 风险评估: the current level with every reason and the paragraph it comes from, why the child is served,
// the visit and contact schedule with its rules, and the history of assessments.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import type { AssessmentHistoryItem, ChildFile, Explanation, Reason } from '../../api/types';
import { Citation } from '../../shared/Citation';
import { chineseDate, chineseDateTime, chineseDuration } from '../../shared/format';
import { REASSESS_TRIGGER_NAMES } from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';

function CitedList({ items, empty }: { items: (Reason | Explanation)[]; empty: string }) {
  if (!items.length) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ul className="cited-list">
      {items.map((item) => (
        <li key={item.code} className="cited">
          <span className="cited-text">
            {'level' in item && <LevelTag level={item.level} short />} {item.text}
          </span>
          <Citation source={item.source} />
          {item.adopted && (
            <Tag color="default" title="本地方案未作规定，采用其他地方方案的条款">
              采用他地条款
            </Tag>
          )}
        </li>
      ))}
    </ul>
  );
}

function History({ childId }: { childId: string }) {
  const history = useQuery({
    queryKey: ['child', childId, 'assessments'],
    queryFn: () => api.get('/children/{id}/assessments', { params: { id: childId } }),
  });
  return (
    <Table<AssessmentHistoryItem>
      rowKey="id"
      size="small"
      loading={history.isPending}
      dataSource={history.data?.items}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 700 }}
      columns={[
        { title: '评估时间', dataIndex: 'assessedAt', render: (t) => chineseDateTime(t) },
        {
          title: '起因',
          dataIndex: 'trigger',
          render: (t: AssessmentHistoryItem['trigger']) => REASSESS_TRIGGER_NAMES[t],
        },
        { title: '等级', dataIndex: 'level', render: (l) => <LevelTag level={l} /> },
        {
          title: '人工调高',
          dataIndex: 'manualLevel',
          render: (l, a) => (l ? <span>{a.manualReason}</span> : '—'),
        },
        {
          title: '风险因素',
          dataIndex: 'reasons',
          render: (reasons: Reason[]) =>
            reasons
              .filter((r) => r.code !== 'manual')
              .map((r) => r.text)
              .join('；') || '无',
        },
        { title: '操作人', dataIndex: 'actorName', render: (n) => n ?? '系统' },
      ]}
    />
  );
}

export function AssessmentTab({ child }: { child: ChildFile }) {
  const a = child.assessment;
  const reasons = (a?.reasons ?? []) as Reason[];
  const schedule = a?.schedule;
  // Older stored assessments predate the mandatory-report explanation (issue 19).
  const reportWhy = a?.explanation.mandatoryReport ?? [];
  const watched =
    !child.target && (a?.explanation.target ?? []).some((e) => e.code === 'single_parent_rural');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="当前等级">
        <Space wrap size="middle" className="current-level">
          <LevelTag level={child.level} />
          {child.manualLevel && (
            <Typography.Text>
              根据档案事实评定为 <LevelTag level={child.derivedLevel} />
              ，人工调高，理由：{child.manualReason}
            </Typography.Text>
          )}
          {child.confirmedAt ? (
            <Tag color="success">已确认评估（{chineseDate(child.confirmedAt)}）</Tag>
          ) : (
            child.level && <Tag>尚未确认评估</Tag>
          )}
          {a && <Typography.Text type="secondary">评估日期 {chineseDate(a.asOf)}</Typography.Text>}
        </Space>
        {a?.mandatoryReport && (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            title="须强制报告"
            description={
              <>
                应立即向公安机关等有关部门报告，并记录报告人、时间、报告对象及处理结果。
                <CitedList items={reportWhy} empty="" />
              </>
            }
          />
        )}
        {watched && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            title="农村单亲家庭儿童：列入儿童主任工作台账关注"
            description="不属于农村留守儿童或困境儿童，不计入目标儿童统计和附件1、附件2；按低风险频次走访关注，发现侵害依法强制报告。"
          />
        )}
      </Card>
      <Card size="small" title="评定理由">
        <CitedList items={reasons} empty="无风险因素，按低风险（绿色）管理" />
      </Card>
      <Card size="small" title="服务对象认定">
        <CitedList items={a?.explanation.target ?? []} empty="尚无评估" />
      </Card>
      <Card size="small" title="走访联系频次">
        {schedule ? (
          <Space wrap style={{ marginBottom: 8 }}>
            {schedule.immediate && <Tag color="red">须立即介入处置</Tag>}
            <Tag>
              走访：{schedule.visitEvery ? `每${chineseDuration(schedule.visitEvery)}至少一次` : '未规定'}
            </Tag>
            <Tag>
              联系：{schedule.contactEvery ? `每${chineseDuration(schedule.contactEvery)}至少一次` : '未规定'}
            </Tag>
          </Space>
        ) : (
          <Typography.Text type="secondary">非服务对象，无走访联系要求</Typography.Text>
        )}
        <CitedList items={a?.explanation.schedule ?? []} empty="" />
      </Card>
      <Card size="small" title="评估历史">
        <History childId={child.id} />
      </Card>
    </Space>
  );
}
