// Keeping a person's ledger (workforce.manage): the background check, the login account, a training day for
// the training file, the year's evaluation, and the end of a post.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Select, Space } from 'antd';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { PersonFile } from '../../api/workforce';
import { todayInChina } from '../../shared/format';
import { AccountLink } from './AccountLink';
import { DateInput } from '../../shared/DateInput';

function useSave<T>(fn: (v: T) => Promise<unknown>, done: string, reset?: () => void) {
  const { message } = App.useApp();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, T>({
    mutationFn: fn,
    onSuccess: () => {
      message.success(done);
      reset?.();
      for (const key of ['workforce-person', 'workforce-ledger', 'workforce-coverage', 'training-coverage'])
        void client.invalidateQueries({ queryKey: [key] });
    },
    onError: (e) => message.error(e.message),
  });
}

export function PersonActions({ person }: { person: PersonFile }) {
  const [training] = Form.useForm<{ trainedOn: string }>();
  const check = useSave<ApiBody<'/workforce/people/{id}', 'patch'>>(
    (v) => api.patch('/workforce/people/{id}', { params: { id: person.id }, body: v }),
    '已登记入职查询',
  );
  const linked = useSave<string | null>(
    (userId) => api.patch('/workforce/people/{id}', { params: { id: person.id }, body: { userId } }),
    '已更新关联账号',
  );
  const trained = useSave<{ trainedOn: string }>(
    (v) => api.post('/workforce/people/{id}/trainings', { params: { id: person.id }, body: v }),
    '已记入培训档案',
    () => training.resetFields(),
  );
  const evaluate = useSave<{ year: number } & ApiBody<'/workforce/people/{id}/evaluations/{year}', 'put'>>(
    (v) =>
      api.put('/workforce/people/{id}/evaluations/{year}', {
        params: { id: person.id, year: v.year },
        body: { result: v.result },
      }),
    '已保存年度评价',
  );
  const end = useSave<{ postId: string; endedOn: string }>(
    (v) => api.post('/workforce/posts/{id}/end', { params: { id: v.postId }, body: { endedOn: v.endedOn } }),
    '已登记离任',
  );
  const today = todayInChina();
  const openPosts = person.posts.filter((p) => p.active);

  return (
    <Card size="small" title="维护台账" style={{ marginTop: 20 }} className="person-actions">
      <Form
        layout="inline"
        style={{ rowGap: 8, marginBottom: 12 }}
        initialValues={{
          backgroundCheckedOn: person.backgroundCheck?.checkedOn ?? today,
          backgroundCheckResult: person.backgroundCheck?.result ?? 'passed',
        }}
        onFinish={(v) => check.mutate(v)}
      >
        <Form.Item
          name="backgroundCheckedOn"
          label="入职查询日期"
          rules={[{ required: true, message: '请填写日期' }]}
        >
          <DateInput max={today} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="backgroundCheckResult" label="查询结果">
          <Select
            aria-label="查询结果"
            style={{ width: 170 }}
            options={[
              { value: 'passed', label: '通过（无从业限制）' },
              { value: 'restricted', label: '存在从业限制' },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit" loading={check.isPending}>
          保存入职查询
        </Button>
      </Form>
      <AccountLink
        key={person.user?.id ?? 'none'}
        person={person}
        link={(id) => linked.mutate(id)}
        saving={linked.isPending}
      />
      <Form
        form={training}
        layout="inline"
        style={{ rowGap: 8, marginBottom: 12 }}
        onFinish={(v) => trained.mutate(v)}
      >
        <Form.Item name="trainedOn" label="培训日期" rules={[{ required: true, message: '请填写培训日期' }]}>
          <DateInput max={today} style={{ width: 150 }} />
        </Form.Item>
        <Button htmlType="submit" loading={trained.isPending}>
          记入培训档案
        </Button>
      </Form>
      <Form
        layout="inline"
        style={{ rowGap: 8, marginBottom: openPosts.length ? 12 : 0 }}
        initialValues={{ year: Number(today.slice(0, 4)) }}
        onFinish={(v) => evaluate.mutate(v)}
      >
        <Form.Item name="year" label="年度">
          <InputNumber min={2000} max={2100} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="result" label="年度评价" rules={[{ required: true, message: '请选择评价' }]}>
          <Select
            aria-label="年度评价"
            style={{ width: 120 }}
            options={[
              { value: 'excellent', label: '优秀' },
              { value: 'competent', label: '称职' },
              { value: 'basically_competent', label: '基本称职' },
              { value: 'incompetent', label: '不称职' },
            ]}
          />
        </Form.Item>
        <Button htmlType="submit" loading={evaluate.isPending}>
          保存评价
        </Button>
      </Form>
      {openPosts.length > 0 && (
        <Form
          layout="inline"
          style={{ rowGap: 8 }}
          initialValues={{ postId: openPosts[0]!.id, endedOn: today }}
          onFinish={(v) => end.mutate(v)}
        >
          <Form.Item name="postId" label="离任">
            <Select
              style={{ width: 200 }}
              options={openPosts.map((p) => ({
                value: p.id,
                label: `${p.regionName ?? p.regionCode} ${p.roleName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="endedOn" label="离任日期" rules={[{ required: true, message: '请填写离任日期' }]}>
            <DateInput style={{ width: 150 }} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" danger loading={end.isPending}>
              登记离任
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
