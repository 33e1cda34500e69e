// 一人一档: one child's file in tabs. Opening it is recorded by the server; a child outside the person's
// region is "not found", exactly like a missing one.
import {
  ArrowLeftOutlined,
  CheckCircleOutlined,
  EditOutlined,
  FormOutlined,
  PrinterOutlined,
  RiseOutlined,
} from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Result, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ChildFile, VersionLevel } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { levelLabel } from '../../shared/codes';
import { DueText } from '../../shared/DueText';
import { LevelTag } from '../../shared/LevelTag';
import { PageLoading } from '../../shared/PageLoading';
import { useIsPhone } from '../../layout/useIsPhone';
import { AssessmentTab } from './AssessmentTab';
import { AuditTab } from './AuditTab';
import { BasicTab } from './BasicTab';
import { CareActivitiesTab } from './CareActivitiesTab';
import { ContactsTab } from './ContactsTab';
import { EditFactsDrawer } from './EditFactsDrawer';
import { FamilyTab } from './FamilyTab';
import { InterventionsTab } from './InterventionsTab';
import { PhoneTabBar } from './PhoneTabBar';
import { RaiseLevelModal } from './RaiseLevelModal';
import { useChildFile, useRefreshChild } from './useChild';
import { withFeedback } from '../../shared/withFeedback';
import { RestrictedStub, RestrictedTag, RestrictionCard } from './Restriction';
import { ChildReferralsTab } from '../departments/ChildReferralsTab';

function Header({ child, actions }: { child: ChildFile; actions: React.ReactNode }) {
  return (
    <div className="child-header">
      <div>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {child.name}
          </Typography.Title>
          <LevelTag level={child.level} />
          {child.restricted && <RestrictedTag />}
          <Typography.Text type="secondary">
            {child.gender === 'male' ? '男' : child.gender === 'female' ? '女' : ''} · {child.age}岁 ·{' '}
            {child.townshipName}
            {child.villageName}
          </Typography.Text>
        </Space>
        {child.status === 'active' && child.target && (
          <div className="child-due">
            下次走访：
            <DueText due={child.nextVisitDue} /> 下次联系：
            <DueText due={child.nextContactDue} />
          </div>
        )}
      </div>
      <Space wrap>{actions}</Space>
    </div>
  );
}

function ChildPage() {
  const { id = '' } = useParams();
  const me = useSignedIn();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const file = useChildFile(id);
  const refresh = useRefreshChild(id);
  const [editing, setEditing] = useState(false);
  const [raising, setRaising] = useState(false);
  const phone = useIsPhone();

  function conflict(text: string) {
    modal.confirm({
      title: '档案已被他人修改',
      content: `${text}。您的修改尚未保存；重新加载后可在最新的档案上再次修改。`,
      okText: '重新加载',
      cancelText: '取消',
      onOk: async () => {
        setEditing(false);
        setRaising(false);
        await refresh();
      },
    });
  }

  function saved(result: VersionLevel) {
    setEditing(false);
    setRaising(false);
    message.success(result.level ? `已保存。当前等级：${levelLabel(result.level)}` : '已保存');
    void refresh();
  }

  const confirm = useMutation<{ version: number }, ApiError>({
    mutationFn: () =>
      api.post('/children/{id}/confirm', { params: { id }, body: { version: file.data!.version } }),
    onSuccess: () => {
      message.success('已确认评估');
      void refresh();
    },
    onError: (e) =>
      e.status === 409 && e.field === 'version' ? conflict(e.message) : message.error(e.message),
  });

  if (file.isPending) return <PageLoading />;
  if (file.error?.field === 'restricted') return <RestrictedStub childId={id} />;
  if (file.error)
    return file.error.status === 404 ? (
      <Result
        status="404"
        title="未找到该儿童档案"
        subTitle="档案不存在，或不在您的辖区内。"
        extra={<Link to="/children">返回儿童列表</Link>}
      />
    ) : (
      <Result status="error" title="无法打开档案" subTitle={file.error.message} />
    );

  const child = file.data;
  const active = child.status === 'active';
  const actions = [
    <Button key="back" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      返回
    </Button>,
    <Button key="print" icon={<PrinterOutlined />} onClick={() => navigate(`/children/${child.id}/print`)}>
      打印档案
    </Button>,
    can(me, 'child.write') && active && (
      <Button key="visit" icon={<FormOutlined />} onClick={() => navigate(`/visit/${child.id}`)}>
        记录走访
      </Button>
    ),
    can(me, 'child.write') && active && (
      <Button key="edit" type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
        修改档案
      </Button>
    ),
    can(me, 'child.level.raise') && active && child.target && (
      <Button key="raise" icon={<RiseOutlined />} onClick={() => setRaising(true)}>
        调整等级
      </Button>
    ),
    can(me, 'child.level.confirm') && active && child.level && (
      <Popconfirm
        key="confirm"
        title="确认该儿童的风险评估？"
        description="乡镇确认后记录确认人和时间。"
        okText="确认"
        cancelText="取消"
        onConfirm={() => confirm.mutate()}
      >
        <Button icon={<CheckCircleOutlined />} loading={confirm.isPending}>
          {child.confirmedAt ? '重新确认' : '确认评估'}
        </Button>
      </Popconfirm>
    ),
  ].filter(Boolean);

  const tabs = [
    {
      key: 'basic',
      label: '基本信息',
      children: (
        <>
          <RestrictionCard child={child} onChanged={() => void refresh()} />
          <BasicTab child={child} />
        </>
      ),
    },
    { key: 'family', label: '家庭与监护', children: <FamilyTab child={child} /> },
    { key: 'assessment', label: '风险评估', children: <AssessmentTab child={child} /> },
    { key: 'contacts', label: '走访记录', children: <ContactsTab child={child} /> },
    { key: 'interventions', label: '帮扶干预', children: <InterventionsTab child={child} /> },
    ...(can(me, 'care_activity.read')
      ? [{ key: 'care', label: '关爱活动', children: <CareActivitiesTab child={child} /> }]
      : []),
    ...(can(me, 'referral.read')
      ? [{ key: 'referrals', label: '报送与转介', children: <ChildReferralsTab child={child} /> }]
      : []),
    ...(can(me, 'audit.read')
      ? [{ key: 'audit', label: '变更记录', children: <AuditTab childId={child.id} /> }]
      : []),
  ];
  const tab = tabs.some((t) => t.key === params.get('tab')) ? params.get('tab')! : 'basic';
  const selectTab = (key: string) => setParams({ tab: key }, { replace: true });

  return (
    <Card>
      <Header child={child} actions={actions} />
      <Tabs
        activeKey={tab}
        onChange={selectTab}
        items={tabs}
        destroyOnHidden
        renderTabBar={
          phone ? () => <PhoneTabBar items={tabs} active={tab} onChange={selectTab} /> : undefined
        }
      />
      {editing && (
        <EditFactsDrawer
          child={child}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={saved}
          onConflict={conflict}
        />
      )}
      <RaiseLevelModal
        child={child}
        open={raising}
        onClose={() => setRaising(false)}
        onSaved={saved}
        onConflict={conflict}
      />
    </Card>
  );
}

export default withFeedback(ChildPage);
