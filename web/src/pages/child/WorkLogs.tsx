// 工作日志 in the child's file: what was done between visits, newest first, and a short form to add one.
// Without signal the entry goes to the phone's outbox like a visit (issue 17.2) and shows there as 待同步.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import type { ApiAnswer, ApiError } from '../../api/client';
import { api, pathFor } from '../../api/client';
import type { ChildFile } from '../../api/types';
import { can, useSignedIn } from '../../auth/session';
import { sendOrKeep } from '../../offline/outbox';
import { chineseDate, todayInChina } from '../../shared/format';
import { DateInput } from '../../shared/DateInput';

type WorkLog = ApiAnswer<'/children/{id}/work-logs'>['items'][number];

export function WorkLogs({ child }: { child: ChildFile }) {
  const me = useSignedIn();
  const client = useQueryClient();
  const today = todayInChina();
  const [occurredOn, setOccurredOn] = useState(today);
  const [content, setContent] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const logs = useQuery<{ items: WorkLog[] }, ApiError>({
    queryKey: ['child', child.id, 'work-logs'],
    queryFn: () => api.get('/children/{id}/work-logs', { params: { id: child.id } }),
  });

  async function add() {
    if (!content.trim()) return setOutcome({ ok: false, text: '请填写工作内容' });
    setBusy(true);
    try {
      const sent = await sendOrKeep({
        path: pathFor('/children/{id}/work-logs', { id: child.id }),
        body: { occurredOn, content: content.trim() },
        childId: child.id,
        childName: child.name,
        label: '工作日志',
      });
      setContent('');
      setOutcome({ ok: true, text: sent.queued ? '没有网络：已在本机保存，待同步' : '已记录' });
      if (!sent.queued) void client.invalidateQueries({ queryKey: ['child', child.id, 'work-logs'] });
    } catch (error) {
      setOutcome({ ok: false, text: (error as ApiError).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="work-logs" aria-label="工作日志">
      <div className="section-title">工作日志</div>
      {can(me, 'child.write') && child.status === 'active' && (
        <div className="work-log-form">
          <DateInput
            size="large"
            value={occurredOn}
            max={today}
            min={child.birthDate}
            allowClear={false}
            onChange={(value) => setOccurredOn(value || today)}
            aria-label="工作日期"
            style={{ width: 190 }}
          />
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={4000}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            placeholder="做了什么（如：与班主任通话，了解到校情况）"
            aria-label="工作内容"
          />
          <Button size="large" loading={busy} onClick={() => void add()}>
            记工作日志
          </Button>
          {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} />}
        </div>
      )}
      {logs.error && !logs.error.routeMissing && <Alert type="warning" showIcon title={logs.error.message} />}
      <ul className="contact-cards">
        {(logs.data?.items ?? []).map((log) => (
          <li key={log.id} className="contact-card">
            <div className="contact-card-head">
              <strong>{chineseDate(log.occurredOn)}</strong> · {log.authorName}
            </div>
            <div>{log.content}</div>
          </li>
        ))}
        {logs.data?.items.length === 0 && <li className="muted">尚无工作日志</li>}
      </ul>
    </section>
  );
}
