// 儿童档案: the children of the person's region, filtered and paged on the server, exportable to XLSX.
import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Alert, Button, Card, Checkbox, Input, Modal, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { ChildListItem } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { DueText } from '../../shared/DueText';
import { chineseDate } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { PopulationTags } from '../../shared/PopulationTags';
import { ChildFiltersBar } from './ChildFiltersBar';
import { downloadExport } from './exportXlsx';
import { apiQuery, readFilters, writeFilters, type ChildFilters } from './filters';
import { withFeedback } from '../../shared/withFeedback';
import { RestrictedTag } from '../child/Restriction';

const columns: ColumnsType<ChildListItem> = [
  {
    title: '姓名',
    dataIndex: 'name',
    render: (name: string, c) => (
      <Space size={4}>
        <Link to={`/children/${c.id}`}>{name}</Link>
        {c.restricted && <RestrictedTag />}
      </Space>
    ),
  },
  {
    title: '性别',
    dataIndex: 'gender',
    width: 60,
    render: (g) => (g === 'male' ? '男' : g === 'female' ? '女' : ''),
  },
  { title: '年龄', dataIndex: 'age', width: 60 },
  {
    title: '身份证号码',
    dataIndex: 'idNumber',
    render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
  },
  {
    title: '村（社区）',
    dataIndex: 'villageName',
    render: (v: string | null, c) => (
      <span>
        {c.townshipName ? `${c.townshipName} ` : ''}
        {v ?? c.villageCode}
      </span>
    ),
  },
  { title: '风险等级', dataIndex: 'level', render: (level) => <LevelTag level={level} /> },
  {
    title: '服务类别',
    key: 'populations',
    render: (_, c) => (
      <PopulationTags leftBehind={c.leftBehind} difficultyTypes={c.difficultyTypes} target={c.target} />
    ),
  },
  {
    title: '下次走访/联系截止',
    dataIndex: 'nextDue',
    render: (due, c) => <DueText due={due} overdue={c.overdue} />,
  },
  { title: '上次走访', dataIndex: 'lastVisitOn', render: (d) => chineseDate(d) },
];

function ChildrenPage() {
  const me = useSignedIn();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [fullIdNumber, setFullIdNumber] = useState(false);
  const [exporting, setExporting] = useState(false);
  // A full-ID export asks its purpose first: printed on every sheet and recorded (docs/privacy.md).
  const [askPurpose, setAskPurpose] = useState(false);
  const [purpose, setPurpose] = useState('');

  const query = useQuery({
    queryKey: ['children', apiQuery(filters)],
    queryFn: () => api.get('/children', { query: apiQuery(filters) }),
    placeholderData: keepPreviousData,
  });

  function change(next: Partial<ChildFilters>) {
    // Any change of filter starts again from the first page.
    setParams(writeFilters({ ...filters, page: 1, ...next }), { replace: true });
  }

  async function exportXlsx(withPurpose?: string) {
    if (fullIdNumber && !withPurpose) {
      setAskPurpose(true);
      return;
    }
    setExporting(true);
    try {
      await downloadExport({
        ...apiQuery(filters, false),
        fullIdNumber: fullIdNumber || undefined,
        purpose: fullIdNumber ? withPurpose : undefined,
      });
      setAskPurpose(false);
      message.success('名册已导出');
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '导出失败');
    } finally {
      setExporting(false);
    }
  }

  return (
    <Card
      title="儿童档案"
      extra={
        <Space wrap>
          {can(me, 'child.id_number.export') && (
            <Checkbox checked={fullIdNumber} onChange={(e) => setFullIdNumber(e.target.checked)}>
              含完整身份证号码
            </Checkbox>
          )}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Modal
        title="导出完整身份证号码"
        open={askPurpose}
        okText="导出（记录在案）"
        okButtonProps={{ disabled: purpose.trim().length < 2 }}
        confirmLoading={exporting}
        onCancel={() => setAskPurpose(false)}
        onOk={() => void exportXlsx(purpose.trim())}
        destroyOnHidden
      >
        <p>名册将含完整身份证号码。请写明用途：用途、导出人和时间会印在表格每一页上，并记录在案。</p>
        <Input.TextArea
          aria-label="导出用途"
          rows={3}
          maxLength={200}
          value={purpose}
          placeholder="如：报送县公安局核对户籍"
          onChange={(e) => setPurpose(e.target.value)}
        />
      </Modal>
      <ChildFiltersBar me={me} filters={filters} onChange={change} />
      {query.error && (
        <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<ChildListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        scroll={{ x: 1000 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: query.data?.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => `共 ${total} 名儿童`,
          onChange: (page, pageSize) =>
            setParams(writeFilters({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize })),
        }}
        locale={{ emptyText: query.isFetching ? '正在载入…' : '没有符合条件的儿童' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        身份证号码默认脱敏显示；查看完整号码的操作均记录在案。
      </Typography.Paragraph>
    </Card>
  );
}

export default withFeedback(ChildrenPage);
