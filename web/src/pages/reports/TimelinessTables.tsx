// 走访及时性 on screen: one table per level of area between the region and its villages (townships for a
// county), then the villages with their child directors; the same figures as the workbook.
import { Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Timeliness, TimelinessArea, TimelinessFigures, TimelinessVillage } from '../../api/reports';

function share(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function figureColumns<T extends TimelinessFigures>(): ColumnsType<T> {
  return [
    { title: '服务对象', dataIndex: 'targetChildren', align: 'right' },
    {
      title: '走访逾期',
      dataIndex: 'visitsOverdue',
      align: 'right',
      render: (n: number) => (n ? <span className="late">{n}</span> : n),
    },
    { title: '7日内应走访', dataIndex: 'visitsDueSoon', align: 'right' },
    { title: '联系逾期', dataIndex: 'contactsOverdue', align: 'right' },
    { title: '7日内应联系', dataIndex: 'contactsDueSoon', align: 'right' },
    {
      title: '近三个月按时走访率',
      key: 'onTime',
      align: 'right',
      render: (_: unknown, r: T) => (
        <span title={`应走访 ${r.visitsFellDueLastQuarter} 次，按时 ${r.visitsOnTimeLastQuarter} 次`}>
          {share(r.onTimeShare)}
        </span>
      ),
    },
    { title: '从未走访', dataIndex: 'neverVisited', align: 'right' },
    { title: '留守儿童', dataIndex: 'leftBehind', align: 'right' },
    { title: '未签委托照护协议', dataIndex: 'leftBehindWithoutAgreement', align: 'right' },
  ];
}

const areaColumns = (title: string): ColumnsType<TimelinessArea> => [
  { title, dataIndex: 'name', fixed: 'left' },
  ...figureColumns<TimelinessArea>(),
  {
    title: '未配备儿童主任的村',
    key: 'noDirector',
    align: 'right',
    render: (_: unknown, r) => `${r.villagesWithoutDirector} / ${r.villages}`,
  },
];

const villageColumns: ColumnsType<TimelinessVillage> = [
  { title: '村（社区）', dataIndex: 'name', fixed: 'left' },
  {
    title: '儿童主任',
    key: 'directors',
    render: (_: unknown, v) =>
      v.hasDirector ? v.directors.map((d) => d.name).join('、') : <Tag color="orange">未配备儿童主任</Tag>,
  },
  ...figureColumns<TimelinessVillage>(),
];

function AreaTable({ rows, title, total }: { rows: TimelinessArea[]; title: string; total: TimelinessArea }) {
  const columns = areaColumns(title);
  return (
    <Table<TimelinessArea>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 1200 }}
      summary={() => (
        <Table.Summary.Row>
          {columns.map((col, i) => (
            <Table.Summary.Cell key={i} index={i} align={i === 0 ? 'left' : 'right'}>
              <strong>
                {i === 0
                  ? '合计'
                  : 'render' in col && col.render
                    ? (col.render(undefined, total, 0) as React.ReactNode)
                    : String(total[(col as { dataIndex: keyof TimelinessArea }).dataIndex] ?? '')}
              </strong>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}

export function TimelinessTables({ data }: { data: Timeliness }) {
  const areas: { key: string; label: string; rows: TimelinessArea[] }[] = [];
  if (data.cities?.length) areas.push({ key: 'cities', label: '市', rows: data.cities });
  if (data.counties?.length) areas.push({ key: 'counties', label: '县（市、区）', rows: data.counties });
  if (data.townships?.length) areas.push({ key: 'townships', label: '乡镇（街道）', rows: data.townships });
  return (
    <Tabs
      items={[
        ...areas.map((a) => ({
          key: a.key,
          label: `按${a.label}`,
          children: <AreaTable rows={a.rows} title={a.label} total={data.total} />,
        })),
        {
          key: 'villages',
          label: '按村（社区）',
          children: (
            <Table<TimelinessVillage>
              rowKey="code"
              size="small"
              dataSource={data.villages}
              columns={villageColumns}
              scroll={{ x: 1300 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: '没有服务对象或儿童主任的村（社区）' }}
            />
          ),
        },
      ]}
    />
  );
}
