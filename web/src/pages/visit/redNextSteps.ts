// What a referral sent from a red visit's saved screen carries: the finding the recorded situations suggest
// (the same rule the server routes by) and a situation text written from the findings just recorded.
import type { ChildFile, ContactFindings, ContactKind } from '../../api/types';
import { suggestFindings } from '../../../../src/domain/referral-routing.ts';
import type { SendValues } from '../departments/ChildReferralsTab';
import { CONDITION_NAMES } from '../../shared/codes';
import { CONTACT_KIND_NAMES, FINDING_AREAS, FINDING_STATUS_NAMES } from '../../shared/contactNames';
import { chineseDate } from '../../shared/format';

export interface RecordedVisit {
  kind: ContactKind;
  occurredOn: string;
  findings: ContactFindings;
  conditionsAdded: string[];
  note: string;
}

export function referralDraft(
  child: ChildFile,
  visit: RecordedVisit,
): Partial<SendValues> & { detail: string } {
  const conditions = [...new Set([...child.conditions, ...visit.conditionsAdded])];
  const [finding] = suggestFindings({
    conditions,
    inSchool: !!child.schoolName,
    hasDisabilityCertificate: !!child.disabilityCertificate,
  });
  const areas = FINDING_AREAS.flatMap(([key, label]) => {
    const f = visit.findings[key];
    if (!f || f.status === 'normal') return [];
    return [`${label}：${FINDING_STATUS_NAMES[f.status]}${f.note?.trim() ? `（${f.note.trim()}）` : ''}`];
  });
  const names = (CONDITION_NAMES as Record<string, string>) ?? {};
  const parts = [
    `${chineseDate(visit.occurredOn)}${CONTACT_KIND_NAMES[visit.kind]}发现：`,
    ...(visit.conditionsAdded.length
      ? [`${visit.conditionsAdded.map((c) => names[c] ?? c).join('、')}。`]
      : []),
    ...(areas.length ? [`${areas.join('；')}。`] : []),
    ...(visit.note.trim() ? [visit.note.trim()] : []),
  ];
  // The domain's rule names its findings as strings; they are the referral API's finding codes.
  return { ...(finding ? { finding: finding as SendValues['finding'] } : {}), detail: parts.join('') };
}
