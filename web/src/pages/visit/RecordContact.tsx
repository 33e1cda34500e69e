// 记录走访或联系 on the phone: how (visit, phone, video), when (today unless changed), the seven areas
// (all 正常 until tapped otherwise), situations found or resolved, a note; save, then the next due dates.
import { CheckCircleFilled, DownOutlined, UpOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Segmented, Spin } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { get, post } from '../../api/client';
import type {
  ChildFile,
  ContactFindings,
  ContactInput,
  ContactKind,
  ContactRecordedFull as ContactRecorded,
} from '../../api/types';
import { CONTACT_KIND_NAMES, FINDING_AREAS } from '../../shared/contactNames';
import { DueText } from '../../shared/DueText';
import { chineseDate, todayInChina } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { ConditionChanges } from './ConditionChanges';
import { FindingRow } from './FindingRow';

const ALL_NORMAL = Object.fromEntries(
  FINDING_AREAS.map(([key]) => [key, { status: 'normal' }]),
) as unknown as ContactFindings;

function Saved({ child, result, kind }: { child: ChildFile; result: ContactRecorded; kind: ContactKind }) {
  return (
    <div className="saved" role="status">
      <CheckCircleFilled className="saved-icon" />
      <div className="saved-title">已保存{CONTACT_KIND_NAMES[kind]}记录</div>
      <div className="saved-dues" data-testid="saved-dues">
        <div>
          {child.name} <LevelTag level={result.level} />
        </div>
        <div>
          下次走访：<strong>{chineseDate(result.nextVisitDue)}</strong>
        </div>
        <div>
          下次联系：<strong>{chineseDate(result.nextContactDue)}</strong>
        </div>
      </div>
      <Link to="/visit">
        <Button type="primary" size="large" block>
          返回我的儿童
        </Button>
      </Link>
      <Link to={`/children/${child.id}`}>
        <Button size="large" block>
          查看档案
        </Button>
      </Link>
    </div>
  );
}

export function RecordContact({ childId }: { childId: string }) {
  const client = useQueryClient();
  const today = todayInChina();
  const [kind, setKind] = useState<ContactKind>('visit');
  const [occurredOn, setOccurredOn] = useState(today);
  const [findings, setFindings] = useState<ContactFindings>(ALL_NORMAL);
  const [added, setAdded] = useState<string[]>([]);
  const [cleared, setCleared] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [showConditions, setShowConditions] = useState(false);

  const file = useQuery<ChildFile, ApiError>({
    queryKey: ['child', childId],
    queryFn: () => get<ChildFile>(`/children/${childId}`),
  });
  const save = useMutation<ContactRecorded, ApiError, ContactInput>({
    mutationFn: (body) => post<ContactRecorded>(`/children/${childId}/contacts`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['children'] });
      void client.invalidateQueries({ queryKey: ['child', childId] });
      void client.invalidateQueries({ queryKey: ['worklist'] });
      window.scrollTo({ top: 0 });
    },
  });

  if (file.isPending)
    return (
      <div className="center">
        <Spin />
      </div>
    );
  if (file.error)
    return (
      <div className="record">
        <Alert
          type={file.error.status === 404 ? 'warning' : 'error'}
          showIcon
          title={file.error.status === 404 ? '未找到该儿童档案' : '无法打开档案'}
          description={file.error.status === 404 ? '档案不存在，或不在您的辖区内。' : file.error.message}
        />
        <Link to="/visit">返回我的儿童</Link>
      </div>
    );
  const child = file.data;
  if (save.data) return <Saved child={child} result={save.data} kind={kind} />;

  function submit() {
    const trimmed = Object.fromEntries(
      Object.entries(findings).map(([key, f]) => [
        key,
        f.status === 'normal' || !f.note?.trim()
          ? { status: f.status }
          : { status: f.status, note: f.note.trim() },
      ]),
    ) as unknown as ContactFindings;
    save.mutate({
      kind,
      occurredOn,
      findings: trimmed,
      conditionsAdded: added,
      conditionsCleared: cleared,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  return (
    <div className="record">
      <div className="record-child">
        <div className="record-child-name">
          {child.name} <LevelTag level={child.level} />
        </div>
        <div className="record-child-sub">
          {child.age}岁 · {child.townshipName}
          {child.villageName}
        </div>
        <div className="record-child-dues">
          <span>
            下次走访：
            <DueText due={child.nextVisitDue} />
          </span>
          <span>
            下次联系：
            <DueText due={child.nextContactDue} />
          </span>
        </div>
      </div>
      {child.immediate && <Alert type="error" showIcon title="高风险：须立即介入处置，并落实强制报告" />}

      <div className="section-title">方式</div>
      <Segmented<ContactKind>
        block
        size="large"
        value={kind}
        onChange={setKind}
        options={(['visit', 'phone', 'video'] as const).map((k) => ({
          value: k,
          label: CONTACT_KIND_NAMES[k],
        }))}
      />
      <label className="date-row">
        <span>日期：{chineseDate(occurredOn)}</span>
        <input
          type="date"
          value={occurredOn}
          max={today}
          min={child.birthDate}
          onChange={(e) => setOccurredOn(e.target.value || today)}
          aria-label="走访日期"
        />
      </label>

      <div className="section-title">发现情况</div>
      {FINDING_AREAS.map(([key, label]) => (
        <FindingRow
          key={key}
          label={label}
          value={findings[key]}
          onChange={(next) => setFindings((current) => ({ ...current, [key]: next }))}
        />
      ))}

      <Button
        type="link"
        size="large"
        className="toggle"
        icon={showConditions ? <UpOutlined /> : <DownOutlined />}
        onClick={() => setShowConditions((v) => !v)}
      >
        情形变化{added.length + cleared.length ? `（${added.length + cleared.length}项）` : ''}
      </Button>
      {showConditions && (
        <ConditionChanges
          current={child.conditions}
          added={added}
          cleared={cleared}
          onAdded={setAdded}
          onCleared={setCleared}
        />
      )}

      <div className="section-title">备注</div>
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="其他情况（选填）"
        aria-label="备注"
      />

      {save.error && (
        <Alert
          type="error"
          showIcon
          title={save.error.routeMissing ? '走访记录功能尚未开通，暂时无法保存' : save.error.message}
          role="alert"
        />
      )}
      <div className="save-bar">
        <Button type="primary" size="large" block loading={save.isPending} onClick={submit}>
          保存{CONTACT_KIND_NAMES[kind]}记录
        </Button>
      </div>
    </div>
  );
}
