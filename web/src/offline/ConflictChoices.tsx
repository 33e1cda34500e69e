// An edit of a child's file made without signal met another person's edit of the same field: both values,
// side by side, and her choice — 用我的 (her value is written) or 用现在的 (the file stays as it is). Nothing is
// lost until she chooses. Its own chunk: loaded only when a conflict is there to show.
import { Button } from 'antd';
import { useState } from 'react';
import {
  CONDITION_NAMES,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  PARENT_STATUS_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
} from '../shared/codes';
import { resolveConflict, type OutboxItem } from './outbox';

const CODED: Record<string, Record<string, string>> = {
  hukouType: HUKOU_NAMES,
  guardianship: GUARDIANSHIP_NAMES,
  schoolStage: SCHOOL_STAGE_NAMES,
  responsibleSide: RESPONSIBLE_SIDE_NAMES,
};
const RELATION = { father: '父亲', mother: '母亲' } as Record<string, string>;

function parentText(p: Record<string, unknown>): string {
  const statuses = ((p.statuses as string[]) ?? []).map((s) => PARENT_STATUS_NAMES[s as never] ?? s);
  const parts = [
    p.name,
    p.phone,
    statuses.length ? statuses.join('、') : '在家',
    p.migrantMonths != null ? `外出${String(p.migrantMonths)}个月` : null,
    p.workPlace,
  ].filter(Boolean);
  return `${RELATION[String(p.relation)] ?? ''}：${parts.join('，')}`;
}

/** A field's value in words: code names, lists joined, 空 for nothing. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'conditions' && Array.isArray(value))
    return value.length ? value.map((c: string) => CONDITION_NAMES[c as never] ?? c).join('、') : '（无）';
  if (field === 'parents' && Array.isArray(value))
    return value.length ? value.map((p) => parentText(p as Record<string, unknown>)).join('；') : '（无）';
  if (field === 'caregiver' && typeof value === 'object') {
    const c = value as Record<string, unknown>;
    return [c.name, c.relation, c.phone].filter(Boolean).join('，');
  }
  if (CODED[field]) return CODED[field][String(value)] ?? String(value);
  return String(value);
}

export default function ConflictChoices({ item }: { item: OutboxItem }) {
  const [busy, setBusy] = useState<string | null>(null);
  async function choose(field: string, choice: 'mine' | 'theirs') {
    setBusy(field);
    try {
      await resolveConflict(item.clientId, field, choice);
    } finally {
      setBusy(null);
    }
  }
  return (
    <div className="outbox-conflicts" role="group" aria-label="修改冲突">
      <div className="outbox-error">以下内容在您离线期间已被他人修改，请选择保留哪个：</div>
      {item.conflicts!.map((c) => (
        <div key={c.field} className="conflict" aria-label={`冲突：${c.label}`}>
          <div className="conflict-label">{c.label}</div>
          <div>
            我的：<span className="conflict-mine">{valueText(c.field, c.mine)}</span>
          </div>
          <div>
            现在：<span className="conflict-theirs">{valueText(c.field, c.theirs)}</span>
          </div>
          <div className="conflict-actions">
            <Button
              size="large"
              type="primary"
              loading={busy === c.field}
              onClick={() => void choose(c.field, 'mine')}
            >
              用我的
            </Button>
            <Button size="large" disabled={busy === c.field} onClick={() => void choose(c.field, 'theirs')}>
              用现在的
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
