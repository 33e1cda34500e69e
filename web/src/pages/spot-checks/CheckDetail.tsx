// One spot check: the files drawn (in drawing order), what the system suggests each lacks, the checker's
// review (accept suggestions, add notes), and each finding's fix by the village.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { SpotCheck, SpotCheckFinding, SpotCheckItem } from '../../api/supervision';
import { chineseDate } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';

function ReviewModal({
  check,
  item,
  onClose,
}: {
  check: SpotCheck;
  item: SpotCheckItem;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [accept, setAccept] = useState<string[]>(item.suggestions.map((s) => s.code));
  const [notes, setNotes] = useState('');
  const review = useMutation<{ findings: number }, ApiError>({
    mutationFn: () =>
      api.post('/spot-checks/{id}/items/{itemId}/review', {
        params: { id: check.id, itemId: item.id },
        body: {
          accept,
          notes: notes
            .split('\n')
            .map((n) => n.trim())
            .filter(Boolean),
        },
      }),
    onSuccess: (r) => {
      message.success(r.findings ? `已记录 ${r.findings} 个问题` : '已记录：未发现问题');
      void client.invalidateQueries({ queryKey: ['spot-checks'] });
      onClose();
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Modal
      open
      title={`检查档案：${item.childName}`}
      okText="保存检查结果"
      cancelText="取消"
      okButtonProps={{ loading: review.isPending }}
      onOk={() => review.mutate()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">系统建议的问题（勾选确认存在的问题）：</Typography.Paragraph>
      {item.suggestions.length ? (
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          value={accept}
          onChange={(v) => setAccept(v as string[])}
          options={item.suggestions.map((s) => ({ value: s.code, label: s.text }))}
        />
      ) : (
        <Typography.Paragraph>系统未发现问题。</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        其他问题（每行一条）：
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="其他问题"
        rows={3}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
    </Modal>
  );
}

function FixButton({ finding }: { finding: SpotCheckFinding }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const fix = useMutation<unknown, ApiError>({
    mutationFn: () => api.post('/spot-checks/findings/{id}/fix', { params: { id: finding.id }, body: {} }),
    onSuccess: () => {
      message.success('已记录整改');
      void client.invalidateQueries({ queryKey: ['spot-checks'] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Button type="link" size="small" loading={fix.isPending} onClick={() => fix.mutate()}>
      标记已整改
    </Button>
  );
}

export function CheckDetail({
  checkId,
  onClose,
  canReview,
  canFix,
}: {
  checkId: string | null;
  onClose: () => void;
  canReview: boolean;
  canFix: boolean;
}) {
  const [reviewing, setReviewing] = useState<SpotCheckItem | null>(null);
  const check = useQuery<SpotCheck, ApiError>({
    queryKey: ['spot-checks', 'check', checkId],
    queryFn: () => api.get('/spot-checks/{id}', { params: { id: checkId! } }),
    enabled: checkId !== null,
  });
  const c = check.data;
  return (
    <Drawer
      open={checkId !== null}
      onClose={onClose}
      size={Math.min(1000, window.innerWidth)}
      title={c ? `${chineseDate(c.drawnOn)} 档案抽查` : '档案抽查'}
    >
      {check.error && <Alert type="error" showIcon title={check.error.message} />}
      {c && (
        <>
          <Typography.Paragraph type="secondary">
            总体 {c.population} 份档案，抽取 {c.sampleSize} 份；随机种子{' '}
            <span className="mono">{c.seed}</span>
            （同一种子、同一总体可重现同一样本）；抽取人 {c.drawnBy ?? '—'}。
          </Typography.Paragraph>
          <Table<SpotCheckItem>
            rowKey="id"
            size="small"
            className="spot-check-items"
            dataSource={c.items}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: '序号', dataIndex: 'position', width: 60 },
              {
                title: '儿童',
                dataIndex: 'childName',
                render: (n: string, i) => <Link to={`/children/${i.childId}`}>{n}</Link>,
              },
              { title: '村（社区）', dataIndex: 'villageName', render: (v, i) => v ?? i.villageCode },
              { title: '风险等级', dataIndex: 'level', render: (l) => <LevelTag level={l} /> },
              {
                title: '问题',
                key: 'problems',
                render: (_, i) =>
                  i.checkedOn ? (
                    i.findings.length ? (
                      <Space orientation="vertical" size={2}>
                        {i.findings.map((f) => (
                          <span key={f.id}>
                            {f.fixedOn ? <Tag color="green">已整改</Tag> : <Tag color="red">待整改</Tag>}
                            {f.text}
                            {!f.fixedOn && canFix && <FixButton finding={f} />}
                          </span>
                        ))}
                      </Space>
                    ) : (
                      <Tag color="green">未发现问题</Tag>
                    )
                  ) : (
                    <Space orientation="vertical" size={2}>
                      {i.suggestions.map((s) => (
                        <Typography.Text key={s.code} type="secondary">
                          建议：{s.text}
                        </Typography.Text>
                      ))}
                      {i.suggestions.length === 0 && (
                        <Typography.Text type="secondary">系统未发现问题</Typography.Text>
                      )}
                    </Space>
                  ),
              },
              {
                title: '检查',
                key: 'checked',
                width: 150,
                render: (_, i) =>
                  i.checkedOn ? (
                    `${chineseDate(i.checkedOn)} ${i.checkerName ?? ''}`
                  ) : canReview ? (
                    <Button size="small" onClick={() => setReviewing(i)}>
                      检查
                    </Button>
                  ) : (
                    <Tag>未检查</Tag>
                  ),
              },
            ]}
          />
          {reviewing && <ReviewModal check={c} item={reviewing} onClose={() => setReviewing(null)} />}
        </>
      )}
    </Drawer>
  );
}
