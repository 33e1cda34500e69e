// 登记培训: a course (date, title, kind, organiser level) and who attended, picked from the ledger's people in post.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import type { ApiBody, ApiError } from '../../api/client';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import type { Ledger } from '../../api/workforce';
import { todayInChina } from '../../shared/format';
import { DateInput } from '../../shared/DateInput';

type TrainingBody = ApiBody<'/workforce/trainings', 'post'>;

interface Values {
  heldOn: string;
  title: string;
  kind: TrainingBody['kind'];
  organiserLevel: TrainingBody['organiserLevel'];
  personIds?: string[];
}

/** The ledger's people in post, one option each (a person with two posts once), for picking attendees. */
export function usePeopleInPost() {
  const people = useQuery<Ledger, ApiError>({
    queryKey: ['workforce-ledger', 'attendees'],
    queryFn: () => api.get('/workforce/ledger', { query: { status: 'active', pageSize: 500 } }),
  });
  const options = [...new Map((people.data?.items ?? []).map((p) => [p.personId, p])).values()].map((p) => ({
    value: p.personId,
    label: `${p.name}（${p.regionName ?? p.regionCode} ${p.roleName}）`,
  }));
  return { options, loading: people.isPending };
}

/** What a training changes: the courses, the coverage and the people's training files. */
export const TRAINING_QUERIES = [
  'trainings',
  'training-coverage',
  'workforce-ledger',
  'workforce-person',
  'workforce-coverage',
];

export function TrainingForm({ me }: { me: Me }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const people = usePeopleInPost();
  const create = useMutation<{ id: string; attendees: number }, ApiError, Values>({
    mutationFn: (v) =>
      api.post('/workforce/trainings', {
        body: {
          heldOn: v.heldOn,
          title: v.title,
          kind: v.kind,
          organiserLevel: v.organiserLevel,
          regionCode: me.regionCode,
          attendees: { personIds: v.personIds ?? [] },
        },
      }),
    onSuccess: (r) => {
      message.success(`已登记培训，参加 ${r.attendees} 人`);
      form.resetFields();
      for (const key of TRAINING_QUERIES) void client.invalidateQueries({ queryKey: [key] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Card size="small" title="登记培训" style={{ marginTop: 16 }} className="training-form">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'full_coverage', organiserLevel: 'county', heldOn: todayInChina() }}
        onFinish={(v) => create.mutate(v)}
      >
        <Space wrap>
          <Form.Item name="heldOn" label="培训日期" rules={[{ required: true, message: '请填写培训日期' }]}>
            <DateInput style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="title" label="培训名称" rules={[{ required: true, message: '请填写培训名称' }]}>
            <Input style={{ width: 280 }} maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label="类别">
            <Select
              aria-label="类别"
              style={{ width: 140 }}
              options={[
                { value: 'demonstration', label: '示范培训' },
                { value: 'full_coverage', label: '全覆盖培训' },
                { value: 'contest', label: '技能大赛' },
                { value: 'other', label: '其他培训' },
              ]}
            />
          </Form.Item>
          <Form.Item name="organiserLevel" label="组织层级">
            <Select
              aria-label="组织层级"
              style={{ width: 110 }}
              options={[
                { value: 'county', label: '县级' },
                { value: 'city', label: '市级' },
                { value: 'province', label: '省级' },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item name="personIds" label="参加人员">
          <Select
            aria-label="参加人员"
            mode="multiple"
            loading={people.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={people.options}
            placeholder="从台账中选择在岗人员"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          登记培训
        </Button>
      </Form>
    </Card>
  );
}
