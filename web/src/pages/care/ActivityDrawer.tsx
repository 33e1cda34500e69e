// One activity: when, where, who organised it, the children and families of one's region it reached; the
// keeper adds more or voids an activity entered in error (with a reason; the record stays).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { ActivityDetail } from '../../api/care';
import { can, useSignedIn } from '../../auth/session';
import { chineseDate } from '../../shared/format';
import { ApiProblem } from '../../shared/NotYetAvailable';
import { ChildPicker, type PickedChild } from './ChildPicker';

export function ActivityDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [adding, setAdding] = useState<PickedChild[]>([]);
  const [voiding, setVoiding] = useState(false);
  const [reason, setReason] = useState('');
  const detail = useQuery<ActivityDetail, ApiError>({
    queryKey: ['care', 'activity', id],
    queryFn: () => api.get('/care-activities/{id}', { params: { id: id! } }),
    enabled: id !== null,
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['care'] });
  const add = useMutation<{ added: number }, ApiError, 'child' | 'family'>({
    mutationFn: (as) =>
      api.post('/care-activities/{id}/reached', {
        params: { id: id! },
        body: { reached: adding.map((c) => ({ childId: c.id, as })) },
      }),
    onSuccess: (r) => {
      message.success(`已补充 ${r.added} 名`);
      setAdding([]);
      refresh();
    },
    onError: (e) => message.error(e.message),
  });
  const cancel = useMutation<unknown, ApiError>({
    mutationFn: () => api.post('/care-activities/{id}/void', { params: { id: id! }, body: { reason } }),
    onSuccess: () => {
      message.success('已撤销该活动');
      setVoiding(false);
      refresh();
    },
    onError: (e) => message.error(e.message),
  });
  const a = detail.data;
  const keeper = a?.keeper && !a.voided && can(me, 'care_activity.write');
  return (
    <Drawer title={a?.title ?? '关爱活动'} open={id !== null} onClose={onClose} size="large">
      {detail.error && <ApiProblem error={detail.error} what="关爱活动" />}
      {a && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {a.voided && <Tag color="default">已撤销：{a.voidReason}</Tag>}
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { label: '活动类型', children: a.kindName },
              {
                label: '日期',
                children: chineseDate(a.heldOn) + (a.endsOn ? ` 至 ${chineseDate(a.endsOn)}` : ''),
              },
              { label: '地点', children: `${a.place}（${a.regionName ?? a.regionCode}）` },
              { label: '组织单位', children: a.organiserName },
              {
                label: '覆盖',
                children: `儿童 ${a.childrenReached} 名，家庭 ${a.familiesReached} 户，不记名 ${a.anonymousCount} 人${a.reachedElsewhere ? `；另有辖区外儿童 ${a.reachedElsewhere} 名` : ''}`,
              },
              { label: '记录人', children: a.recordedBy },
              ...(a.note ? [{ label: '备注', children: a.note }] : []),
            ]}
          />
          <Table
            className="activity-reached"
            rowKey={(r) => `${r.childId}:${r.as}`}
            size="small"
            pagination={false}
            dataSource={a.reached}
            locale={{ emptyText: '没有从登记名单中选择儿童' }}
            columns={[
              {
                title: '姓名',
                dataIndex: 'name',
                render: (n: string, r) => <Link to={`/children/${r.childId}`}>{n}</Link>,
              },
              { title: '村（社区）', dataIndex: 'villageName' },
              { title: '年龄', dataIndex: 'age', render: (n: number) => `${n}岁` },
              { title: '覆盖', dataIndex: 'asName' },
            ]}
          />
          {keeper && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <ChildPicker value={adding} onChange={setAdding} />
              <Space>
                <Button disabled={!adding.length} loading={add.isPending} onClick={() => add.mutate('child')}>
                  补充为参加儿童
                </Button>
                <Button
                  disabled={!adding.length}
                  loading={add.isPending}
                  onClick={() => add.mutate('family')}
                >
                  补充为覆盖家庭
                </Button>
                <Button danger onClick={() => setVoiding(true)}>
                  撤销活动
                </Button>
              </Space>
            </Space>
          )}
        </Space>
      )}
      <Modal
        title="撤销误录的活动"
        open={voiding}
        okText="撤销"
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: cancel.isPending }}
        cancelText="取消"
        onOk={() => cancel.mutate()}
        onCancel={() => setVoiding(false)}
      >
        <Form layout="vertical">
          <Form.Item label="撤销理由" required>
            <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
