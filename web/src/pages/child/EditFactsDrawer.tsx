// 修改档案: the facts that grade the child and the details around them. The new level shows before saving;
// saving sends the version it was based on, and a 409 says someone else changed the file meanwhile.
import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import { todayInChina } from '../../shared/format';
import { FOUR_COLOUR_FACTORS } from '../../../../src/policies/four-colour.ts';
import type { ApiError } from '../../api/client';
import { api, pathFor } from '../../api/client';
import type { ChildFile, VersionLevel } from '../../api/types';
import {
  CONDITION_NAMES,
  CONDITIONS,
  GUARDIANSHIP_NAMES,
  GUARDIANSHIP_QUALITIES,
  HUKOU_NAMES,
  PARENT_STATUS_NAMES,
  PARENT_STATUSES,
  SCHOOL_STAGE_NAMES,
} from '../../shared/codes';
import { LevelTag } from '../../shared/LevelTag';
import { keepInOutbox } from '../../offline/outbox';
import { formValues, mergeBody, patchBody, previewFacts, type FactsFormValues } from './factsForm';
import { LevelPreview } from './LevelPreview';
import { DateInput } from '../../shared/DateInput';

const FACTOR_LEVEL = new Map(FOUR_COLOUR_FACTORS.map((f) => [f.code as string, f.level]));
const CONDITION_GROUPS = (['red', 'yellow', 'blue', null] as const).map((level) => ({
  level,
  codes: CONDITIONS.filter((c) => (FACTOR_LEVEL.get(c) ?? null) === level),
}));

const options = (table: Record<string, string>, codes: readonly string[]) =>
  codes.map((c) => ({ value: c, label: table[c] ?? c }));

function ParentFields({ name, title }: { name: 'father' | 'mother'; title: string }) {
  const statuses = Form.useWatch([name, 'statuses']) as string[] | undefined;
  const migrant = statuses?.includes('migrant');
  return (
    <div className="parent-fields">
      <Divider titlePlacement="start" plain>
        {title}
      </Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[name, 'name']} label="姓名">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={[name, 'phone']} label="联系电话">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[name, 'statuses']} label="状况">
        <Select
          mode="multiple"
          allowClear
          placeholder="在家（无特殊状况）"
          options={options(PARENT_STATUS_NAMES, PARENT_STATUSES)}
        />
      </Form.Item>
      {migrant && (
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name={[name, 'migrantMonths']} label="连续外出（月）">
              <InputNumber min={0} max={600} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item name={[name, 'crossCounty']} label="跨县务工" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name={[name, 'coreUrbanBoth']}
              label="同市中心城区"
              valuePropName="checked"
              tooltip="工作地与户籍地同属一个设区市的中心城区（不计为外出务工）"
            >
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={[name, 'workPlace']} label="务工地点">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </div>
  );
}

function FactsForm({
  child,
  full,
  onClose,
  onSaved,
  onConflict,
}: {
  child: ChildFile;
  full: ChildFile;
  onClose: () => void;
  onSaved: (result: VersionLevel) => void;
  onConflict: (message: string) => void;
}) {
  const [form] = Form.useForm<FactsFormValues>();
  const { message } = App.useApp();
  const values = Form.useWatch([], form) as FactsFormValues | undefined;
  const save = useMutation<VersionLevel | null, ApiError, FactsFormValues>({
    mutationFn: async (v) => {
      try {
        return await api.patch('/children/{id}', {
          params: { id: child.id },
          body: patchBody(v, full, full.version),
        });
      } catch (error) {
        if ((error as ApiError).status !== 0) throw error;
        // No signal: the changed fields wait in the outbox with the values they had, and are merged field
        // by field when the phone syncs (issue 17.2); a field someone else changed meanwhile is hers to choose.
        const body = mergeBody(v, full);
        if (!Object.keys(body.changes).length) return null;
        await keepInOutbox({
          path: pathFor('/children/{id}/merge', { id: child.id }),
          body,
          childId: child.id,
          childName: child.name,
          label: '修改档案',
        });
        return null;
      }
    },
    onSuccess: (result) => {
      if (result) return onSaved(result);
      message.info('没有信号：修改已保存在手机上，待同步');
      onClose();
    },
    onError: (e) => {
      if (e.status === 409 && e.field === 'version') return onConflict(e.message);
      message.error(e.message);
    },
  });
  return (
    <Form<FactsFormValues>
      form={form}
      layout="vertical"
      initialValues={formValues(full)}
      onFinish={(v) => save.mutate(v)}
      className="facts-form"
    >
      <div className="preview-box">
        {values ? (
          <LevelPreview
            villageCode={child.villageCode}
            facts={previewFacts({ ...formValues(full), ...values }, full)}
            currentLevel={child.level}
            manualLevel={child.manualLevel}
          />
        ) : null}
      </div>
      <Divider titlePlacement="start">基本信息</Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="联系电话">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label="住址">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="schoolName" label="学校">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="schoolStage" label="学段">
            <Select allowClear options={options(SCHOOL_STAGE_NAMES, Object.keys(SCHOOL_STAGE_NAMES))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="hukouType" label="户籍类型">
            <Select allowClear options={options(HUKOU_NAMES, ['rural', 'urban'])} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="guardianship" label="监护状况">
            <Select allowClear options={options(GUARDIANSHIP_NAMES, GUARDIANSHIP_QUALITIES)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="healthStatus" label="健康状况">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">情形（分级分色因素及其他）</Divider>
      <Form.Item name="conditions">
        <Checkbox.Group className="condition-groups">
          {CONDITION_GROUPS.map((group) => (
            <div key={group.level ?? 'other'} className="condition-group">
              <div className="condition-group-title">
                {group.level ? <LevelTag level={group.level} /> : '其他情形'}
              </div>
              {group.codes.map((c) => (
                <Checkbox key={c} value={c}>
                  {CONDITION_NAMES[c]}
                </Checkbox>
              ))}
            </div>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <ParentFields name="father" title="父亲" />
      <ParentFields name="mother" title="母亲" />
      <Divider titlePlacement="start">委托照护人</Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={['caregiver', 'name']} label="姓名">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['caregiver', 'relation']} label="与儿童关系">
            <Input maxLength={30} placeholder="如：祖母" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['caregiver', 'phone']} label="联系电话">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['caregiver', 'agreementSignedOn']} label="《委托监护责任确认书》签订日期">
            <DateInput style={{ width: '100%' }} max={todayInChina()} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['caregiver', 'assessment']} label="照护能力评估">
            <Select allowClear options={options(GUARDIANSHIP_NAMES, GUARDIANSHIP_QUALITIES)} />
          </Form.Item>
        </Col>
      </Row>
      <Space className="drawer-actions">
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      </Space>
    </Form>
  );
}

export function EditFactsDrawer({
  child,
  open,
  onClose,
  onSaved,
  onConflict,
}: {
  child: ChildFile;
  open: boolean;
  onClose: () => void;
  onSaved: (result: VersionLevel) => void;
  onConflict: (message: string) => void;
}) {
  // The form is built on the file as shown, masked ID numbers and all: the server keeps a stored number
  // that comes back masked, so editing never needs full numbers revealed (docs/privacy.md).
  return (
    <Drawer title={`修改档案：${child.name}`} open={open} onClose={onClose} size={760} destroyOnHidden>
      <FactsForm
        key={child.version}
        child={child}
        full={child}
        onClose={onClose}
        onSaved={onSaved}
        onConflict={onConflict}
      />
    </Drawer>
  );
}
