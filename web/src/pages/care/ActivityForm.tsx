// 记录关爱活动: name (never one that labels a child), kind, date, where it was held, who organised it, the
// children or families it reached (picked from the register) and the people counted without names.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { todayInChina } from '../../shared/format';
import type { ApiError } from '../../api/client';
import { api } from '../../api/client';
import { CARE_KIND_NAMES, type CareKind } from '../../api/care';
import type { Department } from '../../api/departments';
import { useSignedIn } from '../../auth/session';
import { RegionCascader } from '../../shared/RegionCascader';
import { ChildPicker, type PickedChild } from './ChildPicker';
import { DateInput } from '../../shared/DateInput';

interface Values {
  title: string;
  kind: CareKind;
  heldOn: string;
  place: string;
  region?: string[];
  organiserKind: 'department' | 'county' | 'township' | 'village';
  departmentId?: string;
  children?: PickedChild[];
  families?: PickedChild[];
  anonymousCount?: number;
  note?: string;
}

const ORGANISERS = [
  { value: 'village', label: '村（居）委会' },
  { value: 'township', label: '乡镇（街道）' },
  { value: 'county', label: '县（区）民政局' },
  { value: 'department', label: '部门（教育、公安、团委、妇联……）' },
];

/** Words an activity's name must not carry (003 §七(四)): the server refuses them too. */
const LABELLING = /留守|困境/;

export function ActivityForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const organiserKind = Form.useWatch('organiserKind', form);
  const kind = Form.useWatch('kind', form);
  const county = me.regionCode.slice(0, 6);
  const departments = useQuery<{ items: Department[] }, ApiError>({
    queryKey: ['departments', county],
    queryFn: () => api.get('/departments', { query: { county } }),
    enabled: open && organiserKind === 'department',
  });
  const save = useMutation<{ id: string }, ApiError, Values>({
    mutationFn: (v) =>
      api.post('/care-activities', {
        body: {
          title: v.title,
          kind: v.kind,
          heldOn: v.heldOn,
          place: v.place,
          regionCode: v.region?.at(-1) ?? me.regionCode,
          organiser: { kind: v.organiserKind, departmentId: v.departmentId ?? null },
          reached: [
            ...(v.families ?? []).map((c) => ({ childId: c.id, as: 'family' as const })),
            ...(v.children ?? []).map((c) => ({ childId: c.id, as: 'child' as const })),
          ],
          anonymousCount: v.anonymousCount ?? 0,
          note: v.note || null,
        },
      }),
    onSuccess: () => {
      message.success('已记录关爱活动');
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['care'] });
      onClose();
    },
    onError: (e) => {
      const field =
        e.field === 'regionCode' ? 'region' : e.field === 'organiser.departmentId' ? 'departmentId' : e.field;
      if (field && ['title', 'heldOn', 'place', 'region', 'departmentId', 'kind'].includes(field))
        form.setFields([{ name: field as keyof Values, errors: [e.message] }]);
      message.error(e.message);
    },
  });
  const village = me.role === 'director';
  return (
    <Drawer title="记录关爱活动" open={open} onClose={onClose} size="large" destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          heldOn: todayInChina(),
          kind: 'safety',
          organiserKind: village ? 'village' : 'county',
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="title"
          label="活动名称"
          extra="名称会出现在横幅、通知上，不要出现“留守”“困境”等字眼（普宁 003 §七(四)）。"
          rules={[
            { required: true, whitespace: true, message: '请填写活动名称' },
            {
              validator: (_, v: string | undefined) =>
                v && LABELLING.test(v)
                  ? Promise.reject(new Error('活动名称不得出现“留守”“困境”等字眼'))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input maxLength={100} placeholder="如：防溺水安全知识进村、亲子共读家庭教育讲座" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="kind" label="活动类型" rules={[{ required: true }]}>
            <Select
              style={{ width: 200 }}
              options={Object.entries(CARE_KIND_NAMES).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="heldOn" label="活动日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DateInput max={todayInChina()} />
          </Form.Item>
        </Space>
        <Form.Item
          name="place"
          label="活动地点"
          rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
        >
          <Input maxLength={200} placeholder="如：村党群服务中心、镇中心小学" />
        </Form.Item>
        {!village && (
          <Form.Item name="region" label="举办地（村、乡镇，或不选即本辖区）">
            <RegionCascader root={me.regionCode} placeholder={me.regionName ?? '本辖区'} />
          </Form.Item>
        )}
        <Form.Item name="organiserKind" label="组织单位">
          <Radio.Group options={village ? ORGANISERS.filter((o) => o.value !== 'county') : ORGANISERS} />
        </Form.Item>
        {organiserKind === 'department' && (
          <Form.Item name="departmentId" label="部门" rules={[{ required: true, message: '请选择部门' }]}>
            <Select
              loading={departments.isPending}
              options={departments.data?.items
                .filter((d) => !d.disabled)
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="families"
          label="覆盖的家庭（按儿童选择，其父母或监护人参加）"
          extra={
            kind === 'family_education'
              ? '家庭教育指导按家庭统计（普宁 003 §五.4：每年不少于一次）。'
              : undefined
          }
        >
          <ChildPicker />
        </Form.Item>
        <Form.Item name="children" label="参加的儿童">
          <ChildPicker />
        </Form.Item>
        <Form.Item name="anonymousCount" label="其他参加人数（不记名）">
          <InputNumber min={0} max={1000000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          活动覆盖的儿童会记入其档案，并在变更记录中留痕。
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Form>
    </Drawer>
  );
}
