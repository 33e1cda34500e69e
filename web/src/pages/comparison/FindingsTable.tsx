// The findings worklist: the child (or the roster's person when not registered), the finding, where it came
// from, and confirm / dismiss for those who verify.
import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import {
  FINDING_NAMES,
  ROSTER_KINDS,
  STATUS_NAMES,
  type ComparisonFinding,
  type FindingStatus,
  type RosterKind,
} from '../../api/comparison';
import type { Page } from '../../api/types';
import { chineseDate, chineseDateTime } from '../../shared/format';
import { RegionCascader } from '../../shared/RegionCascader';

export interface FindingFilters {
  status: FindingStatus | 'all';
  kind?: RosterKind;
  finding?: string;
  /** The cascader's path; the last code is the region asked for. */
  region?: string[];
  runId?: string;
  page: number;
}

const ROW_FIELDS: Record<RosterKind, Record<string, string>> = {
  school_enrolment: { school: '学校', grade: '年级' },
  deaths: { date: '死亡日期' },
  dibao_roll: { kind: '类别' },
  disability_certificates: { grade: '残疾等级', category: '残疾类别' },
};
const ROW_VALUES: Record<string, string> = { dibao: '低保', tekun: '特困' };

function rosterRow(f: ComparisonFinding): string {
  if (f.row === null) return '名册中无此人';
  const where = `第${f.row}行`;
  const fields = Object.entries(f.rosterRow ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => {
      const value = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? chineseDate(v) : String(v);
      return `${ROW_FIELDS[f.rosterKind]?.[k] ?? k}：${ROW_VALUES[value] ?? value}`;
    });
  return [where, ...fields].join('，');
}

const STATUS_COLOURS: Record<FindingStatus, string> = {
  open: 'orange',
  confirmed: 'green',
  dismissed: 'default',
};

function Verify({ finding, onDone }: { finding: ComparisonFinding; onDone: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<'confirm' | 'dismiss' | null>(null);
  const [text, setText] = useState('');
  const act = useMutation<ComparisonFinding, ApiError, 'confirm' | 'dismiss'>({
    mutationFn: (action) =>
      action === 'confirm'
        ? api.post('/comparison/findings/{id}/confirm', {
            params: { id: finding.id },
            body: { note: text || null },
          })
        : api.post('/comparison/findings/{id}/dismiss', {
            params: { id: finding.id },
            body: { reason: text },
          }),
    onSuccess: (f) => {
      message.success(f.status === 'confirmed' ? '已核实并处理' : '已排除');
      setOpen(null);
      setText('');
      onDone();
    },
    onError: (e) => message.error(e.message),
  });
  const who = finding.childName ?? finding.name ?? '此人';
  return (
    <>
      <Space size={0}>
        <Button type="link" size="small" onClick={() => setOpen('confirm')}>
          核实属实
        </Button>
        <Button type="link" size="small" danger onClick={() => setOpen('dismiss')}>
          排除
        </Button>
      </Space>
      <Modal
        open={open !== null}
        title={open === 'confirm' ? `核实属实：${who}` : `排除：${who}`}
        okText={open === 'confirm' ? '确认并处理' : '排除'}
        cancelText="取消"
        okButtonProps={{ disabled: open === 'dismiss' && !text.trim(), loading: act.isPending }}
        onOk={() => open && act.mutate(open)}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>{finding.findingName}</Typography.Paragraph>
        {open === 'confirm' && (
          <Typography.Paragraph type="secondary">
            {CONFIRM_EFFECT[finding.finding] ?? ''}
          </Typography.Paragraph>
        )}
        <Input.TextArea
          aria-label={open === 'dismiss' ? '排除理由' : '核实说明'}
          rows={3}
          maxLength={2000}
          placeholder={open === 'dismiss' ? '请写明排除理由（必填）' : '核实情况说明（可选）'}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </>
  );
}

const CONFIRM_EFFECT: Record<string, string> = {
  deceased_still_registered: '确认后将以死亡为由办理该儿童退出登记。',
  suspected_dropout: '确认后将在档案中记入“疑似辍学”情形（重新评估等级），并转介教育部门。',
  should_exit: '确认后将取消档案中的低保、特困情形。',
  grade_changed: '确认后将按残疾人证更新档案的重度残疾情形。',
  not_registered: '确认后记为待登记，由村（社区）按常规填报登记。',
};

function outcomeText(f: ComparisonFinding): string {
  const parts = [`${f.verifiedByName ?? ''} ${chineseDateTime(f.verifiedAt)}`.trim()];
  const referral = f.outcome?.referral as { pending?: boolean } | undefined;
  if (referral) parts.push(referral.pending ? '待转介教育部门' : '已转介教育部门');
  if (f.note) parts.push(f.note);
  return parts.join('；');
}

export function FindingsTable({
  filters,
  onChange,
  canVerify,
  regionRoot,
}: {
  filters: FindingFilters;
  onChange: (next: Partial<FindingFilters>) => void;
  canVerify: boolean;
  /** The signed-in person's region: the cascader starts there. */
  regionRoot: string;
}) {
  const client = useQueryClient();
  const pageSize = 50;
  const query = useQuery<Page<ComparisonFinding>, ApiError>({
    queryKey: ['comparison-findings', filters],
    queryFn: () =>
      api.get('/comparison/findings', {
        query: {
          status: filters.status,
          kind: filters.kind,
          finding: filters.finding,
          region: filters.region?.at(-1),
          runId: filters.runId,
          page: filters.page,
          pageSize,
        },
      }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['comparison-findings'] });

  const columns: ColumnsType<ComparisonFinding> = [
    {
      title: '比对结果',
      dataIndex: 'findingName',
      width: 200,
      render: (name: string, f) => (
        <Space orientation="vertical" size={0}>
          <Tag color="volcano" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {name}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.rosterTitle}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '儿童',
      key: 'child',
      render: (_, f) =>
        f.childId ? (
          <Link to={`/children/${f.childId}`}>{f.childName}</Link>
        ) : (
          <span>
            {f.name ?? '—'} <Tag>未登记</Tag>
          </span>
        ),
    },
    {
      title: '身份证号码',
      dataIndex: 'idNumber',
      width: 190,
      render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
    },
    { title: '出生日期', dataIndex: 'birthDate', render: (d) => chineseDate(d) },
    {
      title: '所在地',
      key: 'where',
      render: (_, f) => [f.townshipName, f.villageName].filter(Boolean).join(' ') || f.regionCode,
    },
    {
      title: '匹配方式',
      dataIndex: 'match',
      render: (m) => (m === 'exact' ? '身份证号一致' : <Tag color="gold">姓名与出生日期一致（待核）</Tag>),
    },
    { title: '名册记录', key: 'row', render: (_, f) => rosterRow(f) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: FindingStatus) => <Tag color={STATUS_COLOURS[s]}>{STATUS_NAMES[s]}</Tag>,
    },
    {
      title: '核实',
      key: 'verify',
      width: 200,
      fixed: 'right',
      render: (_, f) =>
        f.status === 'open' ? (
          canVerify ? (
            <Verify finding={f} onDone={() => void refresh()} />
          ) : (
            '待乡镇核实'
          )
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {outcomeText(f)}
          </Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label="状态"
          style={{ width: 140 }}
          value={filters.status}
          onChange={(status) => onChange({ status })}
          options={[
            { value: 'open', label: '待核实' },
            { value: 'confirmed', label: '已核实属实' },
            { value: 'dismissed', label: '已排除' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Select
          aria-label="名册类型筛选"
          allowClear
          placeholder="全部名册"
          style={{ width: 200 }}
          value={filters.kind}
          onChange={(kind) => onChange({ kind })}
          options={ROSTER_KINDS.map((k) => ({ value: k.kind, label: k.title }))}
        />
        <Select
          aria-label="比对结果类型筛选"
          allowClear
          placeholder="全部结果类型"
          style={{ width: 240 }}
          value={filters.finding}
          onChange={(finding) => onChange({ finding })}
          options={Object.entries(FINDING_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <RegionCascader
          root={regionRoot}
          value={filters.region}
          onChange={(path) => onChange({ region: path.length ? path : undefined })}
          style={{ width: 240 }}
          id="findings-region"
        />
        {filters.runId && (
          <Tag closable color="blue" onClose={() => onChange({ runId: undefined })}>
            仅看所选比对的结果
          </Tag>
        )}
      </Space>
      {query.error && (
        <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<ComparisonFinding>
        rowKey="id"
        size="middle"
        className="comparison-findings"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        scroll={{ x: 1400 }}
        pagination={{
          current: filters.page,
          pageSize,
          total: query.data?.total,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: (page) => onChange({ page }),
        }}
        locale={{ emptyText: query.isFetching ? '正在载入…' : '没有比对结果' }}
      />
    </>
  );
}
