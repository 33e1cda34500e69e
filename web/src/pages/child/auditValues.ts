// Old and new values of the audit trail in words: codes by their Chinese names, dates as 2026年3月1日,
// parents and caregiver summarised, and ID numbers masked (the trail is for seeing what changed, not for
// reading numbers; the full number is one click away on the file, where that read is recorded).
import {
  EXIT_REASON_NAMES,
  factorName,
  GUARDIANSHIP_NAMES,
  HUKOU_NAMES,
  LEVEL_NAMES,
  nameIn,
  PARENT_STATUS_NAMES,
  RESPONSIBLE_SIDE_NAMES,
  SCHOOL_STAGE_NAMES,
} from '../../shared/codes';
import { chineseDate } from '../../shared/format';

const TABLES: Record<string, Record<string, string>> = {
  hukou_type: HUKOU_NAMES,
  guardianship: GUARDIANSHIP_NAMES,
  responsible_side: RESPONSIBLE_SIDE_NAMES,
  school_stage: SCHOOL_STAGE_NAMES,
  exit_reason: EXIT_REASON_NAMES,
  gender: { male: '男', female: '女' },
  status: { active: '在册', exited: '已退出' },
};

export function maskId(id: string): string {
  return id.length >= 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : id;
}

interface StoredParent {
  relation?: string;
  name?: string | null;
  statuses?: string[];
  migrantMonths?: number | null;
}

function parents(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  if (!value.length) return '无';
  return (value as StoredParent[])
    .map((p) => {
      const who = p.relation === 'father' ? '父亲' : p.relation === 'mother' ? '母亲' : '父母';
      const statuses = (p.statuses ?? []).map((s) => nameIn(PARENT_STATUS_NAMES, s)).join('、') || '在家';
      const months = p.migrantMonths ? `${p.migrantMonths}个月` : '';
      return `${who}${p.name ? ` ${p.name}` : ''}（${statuses}${months ? ` ${months}` : ''}）`;
    })
    .join('；');
}

function caregiver(value: unknown): string {
  if (!value || typeof value !== 'object') return '无';
  const c = value as { name?: string; relation?: string | null; agreementSignedOn?: string | null };
  const signed = c.agreementSignedOn ? `确认书${chineseDate(c.agreementSignedOn)}签订` : '未签确认书';
  return `${c.name ?? ''}${c.relation ? `（${c.relation}）` : ''}，${signed}`;
}

export function auditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '空';
  if (field === 'conditions' && Array.isArray(value))
    return value.map((c) => factorName(String(c))).join('、') || '无';
  if (field === 'parents') return parents(value);
  if (field === 'caregiver') return caregiver(value);
  if (/id_number$/.test(field) && typeof value === 'string') return maskId(value);
  if (/level$/.test(field) && typeof value === 'string') return nameIn(LEVEL_NAMES, value);
  const table = TABLES[field];
  if (table && typeof value === 'string') return nameIn(table, value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return chineseDate(value);
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  }
  return String(value);
}
