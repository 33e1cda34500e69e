// 督导: the three-year action plan — its phases, what is late at a glance (tasks, units' progress reports,
// inspections, spot checks), every task with its measures and responsible units, reports and inspections.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Select,
  Space,
  Statistic,
  Steps,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { useState } from 'react';
import type { Overview, Plan, PlanOverview, TaskListTemplate } from '../../api/supervision';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { withFeedback } from '../../shared/withFeedback';
import { InspectionsPanel } from './InspectionsPanel';
import { LateTasks } from './LateTasks';
import { ReportsPanel } from './ReportsPanel';
import { TaskForm } from './TaskForm';
import { TasksTable } from './TasksTable';

function red(n: number) {
  return { content: { color: n ? '#cf1322' : undefined } };
}

function PlanCard({ overview, asOf }: { overview: PlanOverview; asOf: string }) {
  const me = useSignedIn();
  const plan = useQuery<Plan, ApiError>({
    queryKey: ['supervision', 'plan', overview.id],
    queryFn: () => api.get('/supervision/plans/{id}', { params: { id: overview.id } }),
  });
  const current = overview.phases.findIndex((p) => p.state === 'current');
  const lastDue = overview.reports.lastDue;
  return (
    <Card
      className="plan-card"
      title={overview.title}
      extra={
        <Space>
          {overview.regionName && <Tag>{overview.regionName}</Tag>}
          {overview.ended ? (
            <Tag>方案期已结束</Tag>
          ) : overview.currentPhase ? (
            <Tag color="blue">
              当前阶段：{overview.currentPhase.name}（至 {chineseDate(overview.currentPhase.endsOn)}）
            </Tag>
          ) : null}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Steps
        size="small"
        current={current >= 0 ? current : overview.ended ? overview.phases.length : 0}
        style={{ marginBottom: 20 }}
        items={overview.phases.map((p) => ({
          title: p.name,
          content: `${chineseDate(p.startsOn)}—${chineseDate(p.endsOn)}`,
          status: p.state === 'past' ? 'finish' : p.state === 'current' ? 'process' : 'wait',
        }))}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic
            title="重点任务（已完成/总数）"
            value={`${overview.tasks.done}/${overview.tasks.total}`}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="逾期任务"
            value={overview.tasks.late.length}
            styles={red(overview.tasks.late.length)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={lastDue ? `${lastDue.year}年度逾期未报送单位` : '逾期未报送单位'}
            value={lastDue?.late.length ?? 0}
            styles={red(lastDue?.late.length ?? 0)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="督促检查 / 档案抽查"
            value={`${overview.inspections.overdue ? '检查逾期' : '检查按时'} / ${overview.spotChecks.overdue ? '抽查逾期' : '抽查按时'}`}
            styles={red(Number(overview.inspections.overdue || overview.spotChecks.overdue))}
          />
        </Col>
      </Row>
      {plan.error && <Alert type="error" showIcon title={plan.error.message} />}
      <Tabs
        items={[
          {
            key: 'late',
            label: `逾期任务（${overview.tasks.late.length}）`,
            children: <LateTasks tasks={overview.tasks.late} />,
          },
          {
            key: 'tasks',
            label: '全部任务',
            children: plan.data && (
              <>
                {can(me, 'supervision.manage') && <LoadOwnList plan={plan.data} />}
                {can(me, 'supervision.manage') && <TaskForm plan={plan.data} />}
                <TasksTable plan={plan.data} asOf={asOf} canManage={can(me, 'supervision.manage')} />
              </>
            ),
          },
          {
            key: 'reports',
            label: '进展报送',
            children: plan.data && (
              <ReportsPanel
                plan={plan.data}
                overview={overview}
                asOf={asOf}
                canReport={can(me, 'supervision.report')}
              />
            ),
          },
          {
            key: 'inspections',
            label: '督促检查',
            children: plan.data && (
              <InspectionsPanel
                plan={plan.data}
                overview={overview}
                canManage={can(me, 'supervision.manage')}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

function useTemplates() {
  return useQuery<{ items: TaskListTemplate[] }, ApiError>({
    queryKey: ['supervision', 'templates'],
    queryFn: () => api.get('/supervision/templates'),
  });
}

function NoPlan() {
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const templates = useTemplates();
  const own = templates.data?.items.find((t) => t.own);
  const [chosen, setChosen] = useState<string | null>(null);
  const template = chosen ?? own?.id ?? null;
  const create = useMutation<{ id: string; tasks: number }, ApiError, string | null>({
    mutationFn: (name) =>
      api.post('/supervision/plans', { body: { regionCode: me.regionCode, template: name } }),
    onSuccess: (r) => {
      message.success(`已建立行动方案（${r.tasks} 项重点任务）`);
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Empty description="本辖区尚未建立三年行动方案">
      {can(me, 'supervision.manage') && (
        <Space wrap style={{ justifyContent: 'center' }}>
          <Select
            aria-label="任务清单"
            style={{ width: 420 }}
            value={template}
            placeholder="选择任务清单"
            onChange={setChosen}
            options={templates.data?.items.map((t) => ({
              value: t.id,
              label: `${t.title}（${t.tasks} 项${t.own ? '，本地政策文件' : ''}）`,
            }))}
          />
          <Button
            type="primary"
            disabled={!template}
            loading={create.isPending}
            onClick={() => create.mutate(template)}
          >
            按任务清单建立
          </Button>
          <Button loading={create.isPending} onClick={() => create.mutate(null)}>
            不带任务清单建立
          </Button>
        </Space>
      )}
    </Empty>
  );
}

/** A plan made without a list: its own policy document's list can be loaded into it (again without doubling). */
function LoadOwnList({ plan }: { plan: Plan }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const templates = useTemplates();
  const own = templates.data?.items.find((t) => t.own);
  const load = useMutation<{ template: string; added: number; matched: number }, ApiError>({
    mutationFn: () => api.post('/supervision/plans/{id}/task-list', { params: { id: plan.id }, body: {} }),
    onSuccess: (r) => {
      message.success(
        `已载入任务清单：新增 ${r.added} 项${r.matched ? `，${r.matched} 项已有同名任务补记出处` : ''}`,
      );
      void client.invalidateQueries({ queryKey: ['supervision'] });
    },
    onError: (e) => message.error(e.message),
  });
  if (plan.template || !own) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`本方案尚未载入本地政策文件的任务清单（${own.title}，${own.tasks} 项）`}
      action={
        <Button size="small" type="primary" loading={load.isPending} onClick={() => load.mutate()}>
          载入任务清单
        </Button>
      }
    />
  );
}

function SupervisionPage() {
  const overview = useQuery<Overview, ApiError>({
    queryKey: ['supervision', 'overview'],
    queryFn: () => api.get('/supervision/overview'),
  });
  const o = overview.data;
  return (
    <Card
      title="督导"
      extra={o && <Typography.Text type="secondary">截至 {chineseDate(o.asOf)}</Typography.Text>}
    >
      {overview.error && <Alert type="error" showIcon title={overview.error.message} />}
      {o && o.plans.length === 0 && <NoPlan />}
      {o && o.plans.length > 1 && (
        <Alert
          type={o.late.tasks + o.late.reports ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          title={`全辖区：逾期任务 ${o.late.tasks} 项，逾期未报送 ${o.late.reports} 个单位，督促检查逾期 ${o.late.inspections} 个，档案抽查逾期 ${o.late.spotChecks} 个`}
        />
      )}
      {o?.plans.map((p) => (
        <PlanCard key={p.id} overview={p} asOf={o.asOf} />
      ))}
    </Card>
  );
}

export default withFeedback(SupervisionPage);
