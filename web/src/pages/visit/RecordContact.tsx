// 记录走访或联系 on the phone: how (visit, phone, video), when (today unless changed), the seven areas
// (all 正常 until tapped otherwise), situations found or resolved, a note; save, then the next due dates.
import { CheckCircleFilled, DownOutlined, UpOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { pathFor, type ApiError } from '../../api/client';
import { readThrough } from '../../offline/cache';
import { ChoiceButtons } from '../../shared/ChoiceButtons';
import { sendOrKeep, type Sent } from '../../offline/outbox';
import type {
  ChildFile,
  ContactFindings,
  ContactInput,
  ContactKind,
  ContactRecordedFull as ContactRecorded,
} from '../../api/types';
import { CONTACT_KIND_NAMES, FINDING_AREAS } from '../../shared/contactNames';
import { DueText } from '../../shared/DueText';
import { todayInChina } from '../../shared/format';
import { LevelTag } from '../../shared/LevelTag';
import { ConditionChanges } from './ConditionChanges';
import { FindingRow } from './FindingRow';
import type { RecordedVisit } from './redNextSteps';
import { DateInput } from '../../shared/DateInput';

// Loaded only when a visit makes a child red: the referral form and the report steps stay off the visit page.
const RedNextSteps = lazy(() => import('./RedNextSteps').then((m) => ({ default: m.RedNextSteps })));

const ALL_NORMAL = Object.fromEntries(
  FINDING_AREAS.map(([key]) => [key, { status: 'normal' }]),
) as unknown as ContactFindings;

function Saved({
  child,
  result,
  visit,
}: {
  child: ChildFile;
  result: ContactRecorded;
  visit: RecordedVisit;
}) {
  // The visit made the child red (or opened its mandatory report): say so and offer the next steps.
  const madeRed = result.mandatoryReportOpened || (result.level === 'red' && result.previousLevel !== 'red');
  return (
    <div className="saved" role="status">
      <CheckCircleFilled className="saved-icon" />
      <div className="saved-title">已保存{CONTACT_KIND_NAMES[visit.kind]}记录</div>
      <div className="saved-dues" data-testid="saved-dues">
        <div>
          {child.name} <LevelTag level={result.level} />
        </div>
        <div>
          下次走访：
          <strong>
            <DueText due={result.nextVisitDue} />
          </strong>
        </div>
        <div>
          下次联系：
          <strong>
            <DueText due={result.nextContactDue} />
          </strong>
        </div>
      </div>
      {madeRed && (
        <Suspense fallback={<Spin />}>
          <RedNextSteps child={child} result={result} visit={visit} />
        </Suspense>
      )}
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

/** Saved on the phone only: no due dates yet, the server works them out when the record reaches it. */
function Kept({ child, kind }: { child: ChildFile; kind: ContactKind }) {
  return (
    <div className="saved" role="status">
      <CheckCircleFilled className="saved-icon" />
      <div className="saved-title">已在本机保存{CONTACT_KIND_NAMES[kind]}记录，待同步</div>
      <div className="saved-dues" data-testid="kept-offline">
        {child.name}：没有网络，记录已保存在本机，恢复网络后自动上传；下次到期日届时重新计算。
      </div>
      <Link to="/visit">
        <Button type="primary" size="large" block>
          返回我的儿童
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
    queryFn: () => readThrough('/children/{id}', { params: { id: childId } }),
  });
  // Without signal the record goes to the phone's outbox and is sent when the network returns (issue 17.2).
  const save = useMutation<Sent<ContactRecorded>, ApiError, ContactInput>({
    mutationFn: (body) =>
      sendOrKeep<ContactRecorded>({
        path: pathFor('/children/{id}/contacts', { id: childId }),
        body: { ...body },
        childId,
        childName: file.data?.name ?? '',
        label: CONTACT_KIND_NAMES[body.kind],
      }),
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
  if (save.data?.queued) return <Kept child={child} kind={kind} />;
  if (save.data)
    return (
      <Saved
        child={child}
        result={save.data.result}
        visit={{ kind, occurredOn, findings, conditionsAdded: added, note }}
      />
    );

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
      <ChoiceButtons<ContactKind>
        aria-label="联系方式"
        value={kind}
        onChange={setKind}
        options={(['visit', 'phone', 'video'] as const).map((k) => ({
          value: k,
          label: CONTACT_KIND_NAMES[k],
        }))}
      />
      <div className="date-row">
        <span>日期</span>
        <DateInput
          size="large"
          value={occurredOn}
          max={today}
          min={child.birthDate}
          allowClear={false}
          onChange={(value) => setOccurredOn(value || today)}
          aria-label="走访日期"
          style={{ width: 190 }}
        />
      </div>

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
