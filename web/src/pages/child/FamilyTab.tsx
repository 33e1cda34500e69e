// 家庭与监护: the parents with their statuses, and the entrusted caregiver with the signed agreement
// (《委托监护责任确认书》), which a left-behind child must have: its absence is flagged.
import { Alert, Card, Descriptions, Empty, Space, Tag } from 'antd';
import type { ChildFile, Parent } from '../../api/types';
import { GUARDIANSHIP_NAMES, nameIn, PARENT_STATUS_NAMES } from '../../shared/codes';
import { chineseDate } from '../../shared/format';
import { RevealIdNumber } from './RevealIdNumber';

const yesNo = (v: boolean | null) => (v === null ? '—' : v ? '是' : '否');

function ParentCard({ childId, parent }: { childId: string; parent: Parent }) {
  const migrant = parent.statuses.includes('migrant');
  const items = [
    { key: 'name', label: '姓名', children: parent.name ?? '—' },
    { key: 'phone', label: '联系电话', children: parent.phone ?? '—' },
    {
      key: 'id',
      label: '身份证号码',
      children: (
        <RevealIdNumber childId={childId} field={`${parent.relation}.idNumber`} masked={parent.idNumber} />
      ),
    },
    {
      key: 'statuses',
      label: '状况',
      children: parent.statuses.length ? (
        <span className="tags">
          {parent.statuses.map((s) => (
            <Tag key={s}>{nameIn(PARENT_STATUS_NAMES, s)}</Tag>
          ))}
        </span>
      ) : (
        '在家'
      ),
    },
    ...(migrant
      ? [
          {
            key: 'months',
            label: '连续外出',
            children: parent.migrantMonths === null ? '—' : `${parent.migrantMonths}个月`,
          },
          { key: 'cross', label: '跨县务工', children: yesNo(parent.crossCounty) },
          { key: 'core', label: '工作地与户籍地同属一市中心城区', children: yesNo(parent.coreUrbanBoth) },
          { key: 'work', label: '务工地点', children: parent.workPlace ?? '—' },
        ]
      : []),
    ...(parent.note ? [{ key: 'note', label: '备注', children: parent.note }] : []),
  ];
  return (
    <Card size="small" title={parent.relation === 'father' ? '父亲' : '母亲'}>
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}

export function FamilyTab({ child }: { child: ChildFile }) {
  const caregiver = child.caregiver;
  const missingAgreement = child.leftBehind && !caregiver?.agreementSignedOn;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {missingAgreement && (
        <Alert
          type="warning"
          showIcon
          title={caregiver ? '尚未签订《委托监护责任确认书》' : '尚未确定委托照护人'}
          description="留守儿童的父母外出务工，应委托有监护能力的亲属或其他成年人代为照护，并签订《委托监护责任确认书》。请尽快补签并在档案中登记签订日期。"
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'g',
            label: '监护状况',
            children: nameIn(GUARDIANSHIP_NAMES, child.guardianship) || '未评估',
          },
        ]}
      />
      <div className="cards-2">
        {child.parents.length ? (
          child.parents.map((p) => <ParentCard key={p.relation} childId={child.id} parent={p} />)
        ) : (
          <Card size="small" title="父母">
            <Empty description="未登记父母信息" />
          </Card>
        )}
      </div>
      <Card size="small" title="委托照护人">
        {caregiver ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'name', label: '姓名', children: caregiver.name },
              { key: 'relation', label: '与儿童关系', children: caregiver.relation ?? '—' },
              { key: 'phone', label: '联系电话', children: caregiver.phone ?? '—' },
              {
                key: 'id',
                label: '身份证号码',
                children: (
                  <RevealIdNumber childId={child.id} field="caregiver.idNumber" masked={caregiver.idNumber} />
                ),
              },
              {
                key: 'agreement',
                label: '委托监护责任确认书',
                children: caregiver.agreementSignedOn ? (
                  `${chineseDate(caregiver.agreementSignedOn)}签订`
                ) : (
                  <Tag color="warning">未签订</Tag>
                ),
              },
              {
                key: 'assessment',
                label: '照护能力评估',
                children: caregiver.assessment
                  ? `${nameIn(GUARDIANSHIP_NAMES, caregiver.assessment)}${caregiver.assessedOn ? `（${chineseDate(caregiver.assessedOn)}）` : ''}`
                  : '未评估',
              },
              ...(caregiver.assessmentNote
                ? [
                    {
                      key: 'note',
                      label: '评估说明',
                      children: caregiver.assessmentNote,
                      span: 'filled' as const,
                    },
                  ]
                : []),
            ]}
          />
        ) : (
          <Empty description="未登记委托照护人" />
        )}
      </Card>
    </Space>
  );
}
