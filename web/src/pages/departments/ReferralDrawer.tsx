// One referral opened from a list: what was found, the minimum of the child the department was given, the
// history as a timeline and the steps this person may take.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Space, Typography } from 'antd';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ReferralDetail } from '../../api/departments';
import { chineseDate } from '../../shared/format';
import { useIsPhone } from '../../layout/useIsPhone';
import { PageLoading } from '../../shared/PageLoading';
import { ReferralDue, ReferralStatusTag, ReferralStepButtons, ReferralTimeline } from './ReferralParts';
import type { Side } from './referralSteps';

type ChildData = ReferralDetail['childData'];

const genderName = (g: string | null | undefined) => (g === 'male' ? '男' : g === 'female' ? '女' : '—');

export function ChildDataList({ data }: { data: Record<string, unknown> }) {
  const d = data as ChildData;
  const rows: { label: string; value: React.ReactNode }[] = [
    { label: '姓名', value: d.name },
    { label: '性别', value: genderName(d.gender) },
    { label: '年龄', value: d.age !== undefined ? `${d.age}岁` : '—' },
    { label: '乡镇村', value: `${d.townshipName ?? ''}${d.villageName ?? ''}` || '—' },
  ];
  if ('idNumber' in d) rows.push({ label: '身份证号码', value: d.idNumber ?? '—' });
  if ('address' in d) rows.push({ label: '住址', value: d.address ?? '—' });
  if ('schoolName' in d)
    rows.push({ label: '学校', value: [d.schoolName, d.schoolGrade].filter(Boolean).join(' ') || '—' });
  if ('disabilityCategory' in d)
    rows.push({
      label: '残疾情况',
      value:
        [d.disabilityCategory, d.disabilityGrade ? `${d.disabilityGrade}级` : null, d.disabilityCertificate]
          .filter(Boolean)
          .join('，') || '—',
    });
  if ('healthStatus' in d) rows.push({ label: '健康状况', value: d.healthStatus ?? '—' });
  rows.push({
    label: '家庭联系人',
    value: d.guardian ? (
      <span data-testid="guardian-contact">
        {(d.guardian.name && d.guardian.relation
          ? `${d.guardian.name}（${d.guardian.relation}）`
          : (d.guardian.name ?? d.guardian.relation)) ?? '—'}{' '}
        {d.guardian.phone ? <a href={`tel:${d.guardian.phone}`}>{d.guardian.phone}</a> : '（未留电话）'}
      </span>
    ) : (
      '—'
    ),
  });
  rows.push({
    label: '报送人',
    value: d.referrer ? [d.referrer.name, d.referrer.phone].filter(Boolean).join(' ') : '—',
  });
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={rows.map((r) => ({ key: r.label, label: r.label, children: r.value }))}
    />
  );
}

export function ReferralDrawer({
  id,
  side,
  onClose,
  onChanged,
}: {
  id: string | null;
  side: Side;
  onClose: () => void;
  onChanged: () => void;
}) {
  const client = useQueryClient();
  const phone = useIsPhone();
  const referral = useQuery<ReferralDetail, ApiError>({
    queryKey: ['referral', id],
    queryFn: () => api.get('/referrals/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
  const r = referral.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={phone ? '100%' : 560}
      title={r ? `${r.child.name} · ${r.findingName}` : '报送详情'}
      destroyOnHidden
    >
      {referral.isPending ? (
        <PageLoading />
      ) : referral.error ? (
        <Alert type="error" showIcon title="无法打开该报送" description={referral.error.message} />
      ) : (
        r && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              <ReferralStatusTag status={r.status} />
              <span>接收部门：{r.department.name}</span>
            </Space>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'finding', label: '发现的情形', children: r.findingName },
                { key: 'detail', label: '情况说明', children: r.detail },
                {
                  key: 'sent',
                  label: '报送',
                  children: `${chineseDate(r.sentOn)} · ${r.sentByName}${r.sends > 1 ? `（第${r.sends}次报送）` : ''}`,
                },
                {
                  key: 'due',
                  label: '答复期限',
                  children: <ReferralDue dueOn={r.dueOn} overdue={r.overdue} daysOverdue={r.daysOverdue} />,
                },
              ]}
            />
            <ReferralStepButtons
              referral={r}
              side={side}
              onDone={(updated) => {
                client.setQueryData(['referral', id], updated);
                onChanged();
              }}
            />
            <Typography.Title level={5}>儿童信息（报送时提供的最少必要信息）</Typography.Title>
            <ChildDataList data={r.childData} />
            <Typography.Title level={5}>办理经过</Typography.Title>
            <ReferralTimeline referral={r} />
          </Space>
        )
      )}
    </Drawer>
  );
}
